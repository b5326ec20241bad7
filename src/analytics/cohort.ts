/**
 * Cohort figures: enrolled / started / completed and the completion rate, a per-module funnel,
 * time per module (median and interquartile range), score per quiz, contents consulted, and the
 * modules where learners stall.
 */
import { isDone } from '../course/progress-model.js';
import type { LocalizedText } from '../internal/validation.js';
import { VERBS } from '../xapi/vocabulary.js';
import type { CourseIndex } from './course-index.js';
import type { LearnerState } from './fold.js';
import type { LearnerReport } from './learners.js';
import { DAY_MS, type Spread, mean, median, spread } from './stats.js';

export interface ModuleFigures {
  id: string;
  title: LocalizedText;
  required: boolean;
  dueAt?: string;
  /** Learners who did anything in it. */
  started: number;
  /** Learners who finished it. */
  done: number;
  /** Started but not finished. */
  stalled: number;
  /** Seconds spent by the learners who spent any time there. */
  time?: Spread;
  /** Days from first touch to finish, for those who finished. */
  daysToFinish?: Spread;
  /** Median days since last touching it, for those stalled there. */
  stalledDays?: number;
}

export interface QuizFigures {
  id: string;
  title?: LocalizedText;
  module: string;
  activityId: string;
  role?: 'diagnostic' | 'final';
  competency?: string;
  /** Learners with at least one finished attempt. */
  learners: number;
  /** Mean and median of each learner's best scaled score (what the progress model keeps), 0–1. */
  mean?: number;
  median?: number;
  /** Share of those learners who passed (a pass mark must be set). */
  passRate?: number;
  /** Attempts started, and per learner who attempted. */
  attempts: number;
  meanAttempts?: number;
}

export interface CohortFigures {
  enrolled: number;
  started: number;
  completed: number;
  /** completed / enrolled, 0–1. */
  completionRate: number;
  /** Mean of the learners' course percentages, 0–1. */
  meanProgress: number;
  /** Mean share of the course's activities each enrolled learner opened, 0–1. */
  contentsConsulted: number;
  /** Learners with at least one reason to be followed up. */
  needAttention: number;
  modules: ModuleFigures[];
  quizzes: QuizFigures[];
  /** Module ids, those where most learners stall first (then the longest stall). */
  stickingPoints: string[];
}

export function cohortFigures(index: CourseIndex, learners: readonly LearnerReport[], states: ReadonlyMap<string, LearnerState>, now = Date.now()): CohortFigures {
  const enrolled = learners.filter((learner) => learner.enrolled);
  const modules = index.definition.modules.map((module, m): ModuleFigures => {
    let started = 0;
    let done = 0;
    const times: number[] = [];
    const toFinish: number[] = [];
    const stalledSince: number[] = [];
    const iris = [...index.activities.values()].filter((a) => a.moduleId === module.id).map((a) => a.iri);
    for (const learner of enrolled) {
      const row = learner.progress.modules[m]!;
      if (row.timeSpent > 0) times.push(row.timeSpent);
      if (row.status === 'not-started') continue;
      started += 1;
      const tallies = iris.map((iri) => states.get(learner.key)?.activities.get(iri)).filter((t) => t !== undefined);
      const touched = tallies.map((t) => t.touched).filter((t): t is string => !!t).sort()[0];
      const last = tallies.flatMap((t) => [...t.verbs.values()].map((v) => v.last).filter((l): l is string => !!l)).sort().at(-1);
      if (isDone(row.status)) {
        done += 1;
        if (touched && last) toFinish.push((Date.parse(last) - Date.parse(touched)) / DAY_MS);
      } else if (last ?? touched) stalledSince.push((now - Date.parse((last ?? touched)!)) / DAY_MS);
    }
    const figures: ModuleFigures = { id: module.id, title: module.title, required: learners[0]?.progress.modules[m]?.required ?? !module.optional, started, done, stalled: started - done };
    if (module.dueAt) figures.dueAt = module.dueAt;
    const time = spread(times);
    if (time) figures.time = time;
    const days = spread(toFinish);
    if (days) figures.daysToFinish = days;
    const stalledDays = median(stalledSince);
    if (stalledDays !== undefined) figures.stalledDays = stalledDays;
    return figures;
  });

  const quizzes: QuizFigures[] = [];
  for (const indexed of index.activities.values()) {
    if (indexed.activity.type !== 'quiz') continue;
    const best: number[] = [];
    let passedCount = 0;
    let verdicts = 0;
    let attempts = 0;
    let attempters = 0;
    for (const learner of enrolled) {
      const tally = states.get(learner.key)?.activities.get(indexed.iri);
      if (!tally) continue;
      const attempted = tally.verbs.get(VERBS.attempted.id)?.count ?? 0;
      attempts += attempted;
      if (attempted) attempters += 1;
      const finished = tally.verbs.has(VERBS.completed.id) || tally.verbs.has(VERBS.passed.id) || tally.verbs.has(VERBS.failed.id);
      if (!finished) continue;
      if (tally.best !== undefined) best.push(tally.best);
      if (tally.verbs.get(VERBS.passed.id)?.first) passedCount += 1;
      if (tally.verbs.get(VERBS.passed.id)?.first || tally.verbs.get(VERBS.failed.id)?.first) verdicts += 1;
    }
    const figures: QuizFigures = { id: indexed.activity.id, module: indexed.moduleId, activityId: indexed.iri, learners: best.length, attempts };
    if (indexed.activity.title) figures.title = indexed.activity.title;
    if (indexed.activity.role) figures.role = indexed.activity.role;
    if (indexed.activity.competency) figures.competency = indexed.activity.competency;
    const m = mean(best);
    if (m !== undefined) {
      figures.mean = m;
      figures.median = median(best)!;
    }
    if (verdicts) figures.passRate = passedCount / verdicts;
    if (attempters) figures.meanAttempts = attempts / attempters;
    quizzes.push(figures);
  }

  const completed = enrolled.filter((learner) => learner.progress.completed).length;
  const stickingPoints = modules
    .filter((module) => module.stalled > 0)
    .sort((a, b) => b.stalled - a.stalled || (b.stalledDays ?? 0) - (a.stalledDays ?? 0))
    .map((module) => module.id);
  return {
    enrolled: enrolled.length,
    started: enrolled.filter((learner) => learner.progress.status !== 'not-started').length,
    completed,
    completionRate: enrolled.length ? completed / enrolled.length : 0,
    meanProgress: mean(enrolled.map((learner) => learner.progress.percent)) ?? 0,
    contentsConsulted: mean(enrolled.map((learner) => learner.consulted)) ?? 0,
    needAttention: enrolled.filter((learner) => learner.needsAttention.length > 0).length,
    modules,
    quizzes,
    stickingPoints,
  };
}
