/**
 * spoc-elements: one `<script type="module">` registers every element.
 */
export { SpocElement } from './internal/spoc-element.js';
export { SpocCourse } from './components/course/course.js';
export { SpocQuiz } from './components/quiz/quiz.js';
export { SpocPeerReview } from './components/peer-review/peer-review.js';
export { SpocCertificate } from './components/certificate/certificate.js';
export { SpocCapsule } from './components/capsule/capsule.js';
export { SpocFeedback } from './components/feedback/feedback.js';
export type { FeedbackDefinition, FeedbackItem } from './components/feedback/feedback.schema.js';
export { SpocScenario } from './components/scenario/scenario.js';
export { SpocResource } from './components/resource/resource.js';
export type { CapsuleDefinition } from './components/capsule/capsule.schema.js';
export type { CertificateDefinition } from './components/certificate/certificate.schema.js';
export type { OpenBadgeCredential } from './components/certificate/credential.js';
export type { PeerReviewDefinition } from './components/peer-review/peer-review.schema.js';
export type { QuizDefinition, Question } from './components/quiz/quiz.schema.js';
export type { ScenarioDefinition, ScenarioNode } from './components/scenario/scenario.schema.js';
export type { CourseDefinition, CourseModule, CourseActivity } from './course/course.schema.js';
export { courseContext, type CourseContext } from './context/course-context.js';
export { SpocProgress } from './components/progress/progress.js';
export * from './course/progress-model.js';
export { SpocProgressChangeEvent } from './events/spoc-progress-change.js';
export { registerTranslation, translationFor, type Translation } from './i18n/index.js';
// The whole built-in catalogs, to start a new language from (`registerTranslation({ ...en, $code: 'de', … })`).
export { en } from './i18n/en.js';
export { fr } from './i18n/fr.js';
export { SpocErrorEvent } from './events/spoc-error.js';
export type * from './events/events.js';
export * from './xapi/index.js';
