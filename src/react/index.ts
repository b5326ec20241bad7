/**
 * React wrappers for every spoc element (`spoc-elements/react`), made with @lit/react: props are
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
import React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { SpocCapsule as SpocCapsuleElement } from '../components/capsule/capsule.js';
import { SpocCertificate as SpocCertificateElement } from '../components/certificate/certificate.js';
import { SpocCourse as SpocCourseElement } from '../components/course/course.js';
import { SpocFeedback as SpocFeedbackElement } from '../components/feedback/feedback.js';
import { SpocPeerReview as SpocPeerReviewElement } from '../components/peer-review/peer-review.js';
import { SpocProgress as SpocProgressElement } from '../components/progress/progress.js';
import { SpocQuiz as SpocQuizElement } from '../components/quiz/quiz.js';
import { SpocResource as SpocResourceElement } from '../components/resource/resource.js';
import { SpocScenario as SpocScenarioElement } from '../components/scenario/scenario.js';
import type { SpocAnswerEvent } from '../events/spoc-answer.js';
import type { SpocCompleteEvent } from '../events/spoc-complete.js';
import type { SpocEarnedEvent } from '../events/spoc-earned.js';
import type { SpocErrorEvent } from '../events/spoc-error.js';
import type { SpocProgressChangeEvent } from '../events/spoc-progress-change.js';
import type { SpocReviewSubmitEvent } from '../events/spoc-review-submit.js';
import type { SpocStatementEvent } from '../events/spoc-statement.js';
import type { SpocSyncEvent } from '../events/spoc-sync.js';
import type { SpocWatchedEvent } from '../events/spoc-watched.js';

// Every element reports statements and problems.
const common = {
  onSpocStatement: 'spoc-statement' as EventName<SpocStatementEvent>,
  onSpocError: 'spoc-error' as EventName<SpocErrorEvent>,
};
const onSpocComplete = 'spoc-complete' as EventName<SpocCompleteEvent>;

/** One wrapper: the element's class gives the props, `events` the `onSpoc…` props. */
function wrap<I extends HTMLElement, E extends Record<string, EventName | string>>(
  displayName: string,
  tagName: string,
  elementClass: new () => I,
  events: E,
): ReactWebComponent<I, E> {
  return createComponent({ react: React, displayName, tagName, elementClass, events });
}

/** `<spoc-course>`: the learner, course and LRS for every element inside it. */
export const SpocCourse = wrap('SpocCourse', 'spoc-course', SpocCourseElement, {
  ...common,
  onSpocSync: 'spoc-sync' as EventName<SpocSyncEvent>,
});

/** `<spoc-quiz>`: a quiz from JSON. */
export const SpocQuiz = wrap('SpocQuiz', 'spoc-quiz', SpocQuizElement, {
  ...common,
  onSpocComplete,
  onSpocAnswer: 'spoc-answer' as EventName<SpocAnswerEvent>,
});

/** `<spoc-capsule>`: a video capsule with its own accessible controls. */
export const SpocCapsule = wrap('SpocCapsule', 'spoc-capsule', SpocCapsuleElement, {
  ...common,
  onSpocComplete,
  onSpocWatched: 'spoc-watched' as EventName<SpocWatchedEvent>,
});

/** `<spoc-peer-review>`: rubric-based review of a peer's work. */
export const SpocPeerReview = wrap('SpocPeerReview', 'spoc-peer-review', SpocPeerReviewElement, {
  ...common,
  onSpocComplete,
  onSpocReviewSubmit: 'spoc-review-submit' as EventName<SpocReviewSubmitEvent>,
});

/** `<spoc-progress>`: where the learner stands in the course. */
export const SpocProgress = wrap('SpocProgress', 'spoc-progress', SpocProgressElement, {
  onSpocError: common.onSpocError,
  onSpocProgressChange: 'spoc-progress-change' as EventName<SpocProgressChangeEvent>,
});

/** `<spoc-certificate>`: the certificate, locked until earned. */
export const SpocCertificate = wrap('SpocCertificate', 'spoc-certificate', SpocCertificateElement, {
  ...common,
  onSpocEarned: 'spoc-earned' as EventName<SpocEarnedEvent>,
});

/** `<spoc-feedback>`: hot feedback on a module or the course (the standard set with no JSON). */
export const SpocFeedback = wrap('SpocFeedback', 'spoc-feedback', SpocFeedbackElement, {
  ...common,
  onSpocComplete,
});

/** `<spoc-scenario>`: a branching role-play or situation. */
export const SpocScenario = wrap('SpocScenario', 'spoc-scenario', SpocScenarioElement, {
  ...common,
  onSpocComplete,
});

/** `<spoc-resource>`: a tracked job aid. */
export const SpocResource = wrap('SpocResource', 'spoc-resource', SpocResourceElement, common);
