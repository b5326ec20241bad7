/**
 * React wrappers for every spoc element (`spoc-elements/react`; one element alone: `spoc-elements/react/quiz` …), made with @lit/react: props are
 * set as element properties (objects such as `definition` pass as they are, not as strings) and
 * each `spoc-*` event is an `onSpoc…` prop with its typed event.
 *
 * ```tsx
 * import { SpocCourse, SpocQuiz } from 'spoc-elements/react';
 *
 * <SpocCourse courseId="https://learn.example.com/courses/optimanager" learnerEmail="ana@example.com">
 *   <SpocQuiz src="/quiz-m1.json" module="m1" onSpocComplete={(e) => save(e.detail.score)} />
 * </SpocCourse>
 * ```
 *
 * React (17, 18 or 19) is the page's own: it is a peer dependency, never bundled.
 */
export { SpocCourse } from './course.js';
export { SpocQuiz } from './quiz.js';
export { SpocCapsule } from './capsule.js';
export { SpocPeerReview } from './peer-review.js';
export { SpocProgress } from './progress.js';
export { SpocCertificate } from './certificate.js';
export { SpocFeedback } from './feedback.js';
export { SpocScenario } from './scenario.js';
export { SpocResource } from './resource.js';
