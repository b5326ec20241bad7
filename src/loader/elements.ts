/**
 * Every element the library defines and the module that defines it. The autoloader imports a
 * module the first time its tag appears; the bundler turns each import into its own chunk.
 */
export const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'spoc-course': () => import('../components/course/course.js'),
  'spoc-quiz': () => import('../components/quiz/quiz.js'),
  'spoc-capsule': () => import('../components/capsule/capsule.js'),
  'spoc-peer-review': () => import('../components/peer-review/peer-review.js'),
  'spoc-progress': () => import('../components/progress/progress.js'),
  'spoc-certificate': () => import('../components/certificate/certificate.js'),
  'spoc-feedback': () => import('../components/feedback/feedback.js'),
  'spoc-scenario': () => import('../components/scenario/scenario.js'),
  'spoc-resource': () => import('../components/resource/resource.js'),
  // For trainers: a learner page never has this tag, so it never downloads the report.
  'spoc-cohort-report': () => import('../components/cohort-report/cohort-report.js'),
};
