export type { SpocErrorEvent, SpocErrorDetail, SpocIssue } from './spoc-error.js';
export type { SpocStatementEvent, SpocStatementDetail } from './spoc-statement.js';
export type { SpocProgressChangeEvent, SpocProgressChangeDetail } from './spoc-progress-change.js';
