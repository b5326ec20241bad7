/** The whole cohort model from a fold: what the CSV files, the one-page summary and `<spoc-cohort-report>` show. */
import type { LocalizedText } from '../internal/validation.js';
import { cohortFigures, type CohortFigures } from './cohort.js';
import type { CourseIndex } from './course-index.js';
import type { FoldCounts, FoldState } from './fold.js';
import { itemAnalysis, type ItemFigures } from './item-analysis.js';
import { type LearnerReport, learnerReport, learnerStates, type RosterEntry } from './learners.js';
import { prePost, type PrePostFigures } from './prepost.js';
import { satisfaction, type SatisfactionFigures } from './satisfaction.js';
import { videoFigures, type VideoFigures } from './video.js';

export interface ReportOptions {
  roster?: readonly RosterEntry[] | undefined;
  /** "Now" (ms since 1970) for days inactive and schedules; default the current time. */
  now?: number | undefined;
  /** Days without activity before a learner is flagged (default 7). */
  inactiveDays?: number | undefined;
  /** Parts of each video's retention curve (default 20). */
  videoParts?: number | undefined;
}

export interface CohortReport {
  courseId: string;
  title: LocalizedText;
  generatedAt: string;
  /** Statements folded and ignored (by reason). */
  counts: FoldCounts;
  /** The `since` of the next refresh. */
  cursor?: string;
  cohort: CohortFigures;
  learners: LearnerReport[];
  items: ItemFigures[];
  videos: VideoFigures[];
  satisfaction: SatisfactionFigures;
  prePost: PrePostFigures[];
}

export function buildReport(index: CourseIndex, state: FoldState, options: ReportOptions = {}): CohortReport {
  const now = options.now ?? Date.now();
  const rows = learnerStates(state.learners, options.roster);
  const learners = rows.map((row) => learnerReport(index, row.state, row.enrolled, row.name, { now, inactiveDays: options.inactiveDays }));
  const enrolled = new Set(learners.filter((l) => l.enrolled).map((l) => l.key));
  const keys = options.roster ? enrolled : undefined;
  const report: CohortReport = {
    courseId: index.courseId,
    title: index.definition.title,
    generatedAt: new Date(now).toISOString(),
    counts: { folded: state.counts.folded, ignored: { ...state.counts.ignored } },
    cohort: cohortFigures(index, learners, state.learners, now),
    learners,
    items: itemAnalysis(index, state, keys),
    videos: videoFigures(index, state, { parts: options.videoParts, learnerKeys: keys }),
    satisfaction: satisfaction(index, state, keys),
    prePost: prePost(index, state, keys),
  };
  if (state.cursor) report.cursor = state.cursor;
  return report;
}
