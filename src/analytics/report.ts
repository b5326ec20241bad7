/** The whole cohort model from a fold: what the CSV files, the one-page summary and `<spoc-cohort-report>` show. */
import type { CourseProgress } from '../course/progress-model.js';
import type { LocalizedText } from '../internal/validation.js';
import { cohortFigures, type CohortFigures } from './cohort.js';
import type { CourseIndex } from './course-index.js';
import type { FoldCounts, FoldState, LearnerState } from './fold.js';
import { itemAnalysis, type ItemFigures } from './item-analysis.js';
import { type LearnerReport, learnerProgress, learnerReport, learnerStates, type RosterEntry } from './learners.js';
import { prePost, type PrePostFigures } from './prepost.js';
import { satisfaction, type SatisfactionFigures } from './satisfaction.js';
import { type SliceOptions, eachInSlices } from './slices.js';
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

/** Per fold, its learners' progress, kept while no statement is folded into it. */
const progressMemo = new WeakMap<FoldState, { folded: number; index: CourseIndex; progress: WeakMap<LearnerState, CourseProgress> }>();

/**
 * The progress of a learner of the fold (`learnerProgress`), remembered: a new roster, "now" or
 * inactivity threshold rebuilds the report without running the progress model again. Folding any
 * statement into the state (a refresh) forgets it all.
 */
function progressOf(index: CourseIndex, state: FoldState): (learner: LearnerState) => CourseProgress {
  let memo = progressMemo.get(state);
  if (!memo || memo.folded !== state.counts.folded || memo.index !== index) {
    progressMemo.set(state, (memo = { folded: state.counts.folded, index, progress: new WeakMap() }));
  }
  const { progress } = memo;
  return (learner) => {
    let known = progress.get(learner);
    if (!known) progress.set(learner, (known = learnerProgress(index.definition, learner, index.courseId)));
    return known;
  };
}

export function buildReport(index: CourseIndex, state: FoldState, options: ReportOptions = {}): CohortReport {
  const now = options.now ?? Date.now();
  const rows = learnerStates(state.learners, options.roster);
  const progress = progressOf(index, state);
  const learners = rows.map((row) => learnerReport(index, row.state, row.enrolled, row.name, { now, inactiveDays: options.inactiveDays, progress: progress(row.state) }));
  const figures: Partial<Figures> = {};
  for (const part of figureParts(index, state, options, now, learners)) part(figures);
  return assemble(index, state, now, learners, figures as Figures);
}

/**
 * `buildReport` in slices (a few learners' progress, one figure at a time) with pauses between
 * them (slices.ts), so that a browser stays responsive while a large cohort is summed up; the
 * same report comes out.
 */
export async function buildReportInSlices(index: CourseIndex, state: FoldState, options: ReportOptions & SliceOptions = {}): Promise<CohortReport> {
  const now = options.now ?? Date.now();
  const rows = learnerStates(state.learners, options.roster);
  const progress = progressOf(index, state);
  const learners: LearnerReport[] = [];
  await eachInSlices(rows, (row) => learners.push(learnerReport(index, row.state, row.enrolled, row.name, { now, inactiveDays: options.inactiveDays, progress: progress(row.state) })), options);
  const figures: Partial<Figures> = {};
  await eachInSlices(figureParts(index, state, options, now, learners), (part) => part(figures), options);
  return assemble(index, state, now, learners, figures as Figures);
}

type Figures = Pick<CohortReport, 'cohort' | 'items' | 'videos' | 'satisfaction' | 'prePost'>;

/** The cohort's figures, one call each. */
function figureParts(index: CourseIndex, state: FoldState, options: ReportOptions, now: number, learners: LearnerReport[]): Array<(figures: Partial<Figures>) => void> {
  const enrolled = new Set(learners.filter((l) => l.enrolled).map((l) => l.key));
  const keys = options.roster ? enrolled : undefined;
  return [
    (figures) => (figures.cohort = cohortFigures(index, learners, state.learners, now)),
    (figures) => (figures.items = itemAnalysis(index, state, keys)),
    (figures) => (figures.videos = videoFigures(index, state, { parts: options.videoParts, learnerKeys: keys })),
    (figures) => (figures.satisfaction = satisfaction(index, state, keys)),
    (figures) => (figures.prePost = prePost(index, state, keys)),
  ];
}

function assemble(index: CourseIndex, state: FoldState, now: number, learners: LearnerReport[], figures: Figures): CohortReport {
  const report: CohortReport = {
    courseId: index.courseId,
    title: index.definition.title,
    generatedAt: new Date(now).toISOString(),
    counts: { folded: state.counts.folded, ignored: { ...state.counts.ignored } },
    cohort: figures.cohort,
    learners,
    items: figures.items,
    videos: figures.videos,
    satisfaction: figures.satisfaction,
    prePost: figures.prePost,
  };
  if (state.cursor) report.cursor = state.cursor;
  return report;
}
