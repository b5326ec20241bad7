export type { SpocErrorEvent, SpocErrorDetail, SpocIssue } from './spoc-error.js';
export type { SpocStatementEvent, SpocStatementDetail } from './spoc-statement.js';
export type { SpocAnswerEvent, SpocAnswerDetail } from './spoc-answer.js';
export type { SpocCompleteEvent, SpocCompleteDetail } from './spoc-complete.js';
export type { SpocProgressChangeEvent, SpocProgressChangeDetail } from './spoc-progress-change.js';
export type { SpocReviewSubmitEvent, SpocReviewSubmitDetail } from './spoc-review-submit.js';
export type { SpocEarnedEvent, SpocEarnedDetail } from './spoc-earned.js';
export type { SpocWatchedEvent, SpocWatchedDetail } from './spoc-watched.js';
export type { SpocSyncEvent, SpocSyncDetail } from './spoc-sync.js';
