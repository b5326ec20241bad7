/**
 * `spoc-elements/analytics.js`: cohort analytics for trainers and HR, framework-free (no Lit, no
 * DOM: the browser and Node). Fold statements (an array, the local store, an LRS page by page)
 * into a learners × activities state, then build the report: per-learner progress (the progress
 * model `<spoc-progress>` uses), cohort KPIs, quiz item analysis, video retention, satisfaction,
 * before / after; export it as CSV, JSON or a one-page HTML summary.
 */
export * from './course-index.js';
export * from './fold.js';
export * from './learners.js';
export * from './cohort.js';
export * from './item-analysis.js';
export { parseSegments, viewsPerPart, videoFigures, type VideoFigures } from './video.js';
export {
  satisfaction,
  MIN_GROUP,
  type RatingFigures,
  type SatisfactionFigures,
  type ItemFigures as SurveyItemFigures,
} from './satisfaction.js';
export * from './prepost.js';
export * from './csv.js';
export * from './roster.js';
export * from './lrs-source.js';
export * from './store-source.js';
export * from './report.js';
export { yieldToMain, type SliceOptions } from './slices.js';
export * from './stats.js';
export * from './exports.js';
export { summaryHtml, escapeHtml } from './summary-html.js';
export { analyticsStrings, type AnalyticsStrings } from './analytics.strings.js';
