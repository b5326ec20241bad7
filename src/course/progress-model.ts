/**
 * The course progress model: from a course definition and a learner's statements, where the
 * learner stands — per activity, per module and for the whole course. Framework-free (no Lit, no
 * DOM): `<spoc-course>`, `<spoc-progress>`, the certificate and a server script can all use it.
 *
 * Rules (documented in the README):
 * - Only statements of the given actor and registration count; a statement id counts once;
 *   voided statements do not count; statements are folded in timestamp order, whatever order
 *   they arrive in.
 * - An activity's requirement: `completed` → a `completed` statement on it; `passed` → a `passed`
 *   statement (a failed then passed quiz is passed; `failed` while no attempt passed);
 *   `reviewed` → a `http://id.tincanapi.com/verb/reviewed` statement on it or whose
 *   context parent/grouping is it (the object may be the reviewed submission); `attempted` →
 *   any statement on it or on a part of it (context parent/grouping); `experienced` → an
 *   `experienced` (or tincan `downloaded`) statement on it (a resource that was opened).
 * - Score: the best scaled score the activity reached (`scaled`, else raw within min..max), from
 *   statements about the activity itself. The reviewer's `reviewed` statement is not one: its
 *   `result.score` is the grade the learner gave someone else's work, which says nothing about the
 *   learner's own achievement, so it never counts in the learner's activity, module or course score
 *   (a peer review meets its requirement, it adds no score).
 * - Percentages shown or sent are whole numbers rounded one way everywhere: `roundPercent`
 *   (`Math.round` of the percentage; 2 of 3 activities is 67), for the bar and ring as for the
 *   course's `progressed` statement (which stays at 99 at most until the course is complete).
 * - Time spent on an activity: the largest per-verb sum of `result.duration` over its statements,
 *   so one attempt's `completed` and `passed`, which carry the same duration, count once, and a
 *   capsule's registration-wide `completed` duration is not added to its `terminated` ones.
 *   A module's time is the sum over its activities; the course's the sum over its modules.
 * - A module is done when every activity of `completedBy` (default: all of them) is met:
 *   `passed` when one of those is a passed assessment, else `completed`; `failed` when one of
 *   them failed and is not met; `in-progress` once the learner did anything (a player's `initialized` / `terminated` do not count); else `not-started`.
 *   A module with no activity to meet cannot be tracked: it is never required.
 * - The course percentage is the share of met activities over the required modules' required
 *   activities; the course is complete when every required (non-optional) module is done.
 * - `next`: the first required module not done whose `requires` are done, else the first
 *   optional one; none once everything is done.
 */
import type { CourseActivity, CourseDefinition } from './course.schema.js';
import type { LocalizedText } from '../internal/validation.js';
import { activityIdFor } from '../xapi/activity-id.js';
import { agentKey } from '../xapi/actor.js';
import { parseIsoDuration } from '../xapi/ids.js';
import type { Agent, Statement } from '../xapi/statement.js';
import { isActivity, scaledOf } from '../xapi/statement.js';
import { EXTENSIONS, VERBS } from '../xapi/vocabulary.js';

export type ProgressStatus = 'not-started' | 'in-progress' | 'completed' | 'passed' | 'failed';
export type Requirement = NonNullable<CourseActivity['requirement']>;

export interface ActivityProgress {
  /** The activity's id in the definition (`quiz-m1`). */
  id: string;
  type: CourseActivity['type'];
  /** Its xAPI activity IRI. */
  activityId: string;
  requirement: Requirement;
  status: ProgressStatus;
  /** Whether the requirement is met. */
  met: boolean;
  /** Best scaled score, 0–1. */
  score?: number;
}

export interface ModuleProgress {
  id: string;
  title: LocalizedText;
  url?: string;
  /** Needed to complete the course (not `optional`, and has something to meet). */
  required: boolean;
  status: ProgressStatus;
  /** Share of the module's required activities met, 0–1. */
  percent: number;
  /** Seconds. */
  timeSpent: number;
  /** Mean of its activities' scores, 0–1. */
  score?: number;
  activities: ActivityProgress[];
}

export interface CourseProgress {
  courseId: string;
  status: 'not-started' | 'in-progress' | 'completed';
  /** 0–1. */
  percent: number;
  completed: boolean;
  /** When the last required activity was met (ISO timestamp). */
  completedAt?: string;
  /** Mean of the scored activities' scores in required modules, 0–1. */
  score?: number;
  /** Seconds. */
  timeSpent: number;
  /** Id of the module to do next. */
  next?: string;
  modules: ModuleProgress[];
}

export interface ProgressOptions {
  courseId: string;
  /** Only this learner's statements count (compared by identifier: mbox, account…). */
  actor?: Agent | undefined;
  /** Only this registration's statements count. */
  registration?: string | undefined;
}

const DEFAULT_REQUIREMENT: Record<CourseActivity['type'], Requirement> = {
  capsule: 'completed',
  activity: 'completed',
  quiz: 'passed',
  'peer-review': 'reviewed',
  feedback: 'completed',
  scenario: 'completed',
  resource: 'experienced',
};

const DONE: ReadonlySet<ProgressStatus> = new Set(['completed', 'passed']);
/** Whether a module (or activity) status means done. */
export const isDone = (status: ProgressStatus) => DONE.has(status);

/** The statements that count, deduplicated, without voided ones, in timestamp order. */
export function relevantStatements(statements: readonly Statement[], options: Omit<ProgressOptions, 'courseId'>): Statement[] {
  const learner = options.actor ? agentKey(options.actor) : undefined;
  const byId = new Map<string, Statement>();
  const voided = new Set<string>();
  for (const statement of statements) {
    if (learner !== undefined && agentKey(statement.actor) !== learner) continue;
    if (options.registration !== undefined && statement.context?.registration !== options.registration) continue;
    if (statement.verb.id === 'http://adlnet.gov/expapi/verbs/voided' && statement.object.objectType === 'StatementRef') {
      voided.add(statement.object.id);
      continue;
    }
    if (!byId.has(statement.id)) byId.set(statement.id, statement);
  }
  const kept = [...byId.values()].filter((statement) => !voided.has(statement.id));
  return kept.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
}

/** A share (0–1) as a whole percentage, the one rounding rule of the library: `Math.round`. */
export const roundPercent = (share: number) => Math.round(share * 100);

/** What is known about one activity, folded from its statements. */
interface ActivityRecord {
  /** Timestamp of the first statement about it (or a part of it). */
  touched?: string;
  /** First time each verb was seen (on the object itself, or via context for `reviewed`). */
  firstSeen: Map<string, string>;
  best?: number;
  /** Per-verb sums of durations, in milliseconds. */
  durations: Map<string, number>;
}

const newRecord = (): ActivityRecord => ({ firstSeen: new Map(), durations: new Map() });

// A player's session bookkeeping (the Video Profile's `initialized` when the video's metadata
// loads, `terminated` when the page is left) says nothing the learner did: it does not start an activity.
const BOOKKEEPING = new Set([VERBS.initialized.id, VERBS.terminated.id]);

function fold(record: ActivityRecord, statement: Statement, direct: boolean): void {
  const verb = statement.verb.id;
  if (!BOOKKEEPING.has(verb)) record.touched ??= statement.timestamp;
  if (direct || verb === VERBS.reviewed.id) {
    if (!record.firstSeen.has(verb)) record.firstSeen.set(verb, statement.timestamp);
    // A reviewer's grade of someone else's work is not the reviewer's score.
    const scaled = verb === VERBS.reviewed.id ? undefined : scaledOf(statement.result?.score);
    if (scaled !== undefined) record.best = Math.max(record.best ?? -Infinity, scaled);
  }
  const duration = statement.result?.duration;
  if (duration) record.durations.set(verb, (record.durations.get(verb) ?? 0) + parseIsoDuration(duration));
}

/** When the requirement was met (timestamp), if it was. */
function metAt(record: ActivityRecord, requirement: Requirement): string | undefined {
  switch (requirement) {
    case 'attempted':
      return record.touched;
    case 'completed':
      return record.firstSeen.get(VERBS.completed.id);
    case 'passed':
      return record.firstSeen.get(VERBS.passed.id);
    case 'reviewed':
      return record.firstSeen.get(VERBS.reviewed.id);
    case 'experienced':
      return record.firstSeen.get(VERBS.experienced.id) ?? record.firstSeen.get(VERBS.downloaded.id);
  }
}

function activityStatus(record: ActivityRecord, met: boolean): ProgressStatus {
  if (record.firstSeen.has(VERBS.passed.id)) return 'passed';
  if (met) return 'completed';
  if (record.firstSeen.has(VERBS.failed.id)) return 'failed';
  return record.touched ? 'in-progress' : 'not-started';
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined);
const maxOf = (values: Iterable<number>) => Math.max(0, ...values);

/** Computes where the learner stands in the course. */
export function computeProgress(
  definition: CourseDefinition,
  statements: readonly Statement[],
  options: ProgressOptions,
): CourseProgress {
  const { courseId } = options;
  const records = new Map<string, ActivityRecord>();
  for (const module of definition.modules) {
    for (const activity of module.activities) {
      records.set(activityIdFor({ activityId: activity.activityId, courseId, kind: activity.type, id: activity.id }), newRecord());
    }
  }
  for (const statement of relevantStatements(statements, options)) {
    const objectId = isActivity(statement.object) ? statement.object.id : undefined;
    const direct = objectId === undefined ? undefined : records.get(objectId);
    if (direct) fold(direct, statement, true);
    const groups = statement.context?.contextActivities;
    const related = new Set([...(groups?.parent ?? []), ...(groups?.grouping ?? [])].map((a) => a.id));
    for (const id of related) {
      const record = id === objectId ? undefined : records.get(id);
      if (record) fold(record, statement, false);
    }
  }

  const metTimes: string[] = [];
  /** The required modules' activities that count toward completion. */
  const requiredActivities: ActivityProgress[] = [];
  const modules = definition.modules.map((module): ModuleProgress => {
    const requiredIds = module.completedBy ? new Set(module.completedBy) : undefined;
    let timeSpent = 0;
    const rows = module.activities.map((activity) => {
      const activityId = activityIdFor({ activityId: activity.activityId, courseId, kind: activity.type, id: activity.id });
      const record = records.get(activityId)!;
      const requirement = activity.requirement ?? DEFAULT_REQUIREMENT[activity.type];
      const at = metAt(record, requirement);
      timeSpent += maxOf(record.durations.values()) / 1000;
      const progress: ActivityProgress = { id: activity.id, type: activity.type, activityId, requirement, status: activityStatus(record, at !== undefined), met: at !== undefined };
      if (record.best !== undefined) progress.score = record.best;
      return { progress, at, counts: !requiredIds || requiredIds.has(activity.id) };
    });
    const counted = rows.filter((row) => row.counts);
    const metCount = counted.filter((row) => row.progress.met).length;
    const required = !module.optional && counted.length > 0;
    if (required) requiredActivities.push(...counted.map((row) => row.progress));
    let status: ProgressStatus;
    if (counted.length > 0 && metCount === counted.length) {
      status = counted.some((row) => row.progress.status === 'passed') ? 'passed' : 'completed';
      if (required) metTimes.push(...counted.map((row) => row.at!));
    } else if (counted.some((row) => row.progress.status === 'failed')) status = 'failed';
    else if (rows.some((row) => row.progress.status !== 'not-started')) status = 'in-progress';
    else status = 'not-started';
    const progress: ModuleProgress = {
      id: module.id,
      title: module.title,
      required,
      status,
      percent: counted.length ? metCount / counted.length : 0,
      timeSpent,
      activities: rows.map((row) => row.progress),
    };
    if (module.url !== undefined) progress.url = module.url;
    const score = mean(rows.flatMap((row) => (row.progress.score === undefined ? [] : [row.progress.score])));
    if (score !== undefined) progress.score = score;
    return progress;
  });

  const required = modules.filter((module) => module.required);
  const metCount = requiredActivities.filter((activity) => activity.met).length;
  const completed = required.length > 0 && required.every((module) => isDone(module.status));
  const touched = modules.some((module) => module.status !== 'not-started');
  const progress: CourseProgress = {
    courseId,
    status: completed ? 'completed' : touched ? 'in-progress' : 'not-started',
    percent: requiredActivities.length ? metCount / requiredActivities.length : 0,
    completed,
    timeSpent: modules.reduce((sum, module) => sum + module.timeSpent, 0),
    modules,
  };
  if (completed) progress.completedAt = metTimes.reduce((a, b) => (a > b ? a : b));
  const score = mean(required.flatMap((module) => module.activities.flatMap((a) => (a.score === undefined ? [] : [a.score]))));
  if (score !== undefined) progress.score = score;
  const next = nextModule(definition, modules);
  if (next) progress.next = next;
  return progress;
}

function nextModule(definition: CourseDefinition, modules: ModuleProgress[]): string | undefined {
  const done = new Set(modules.filter((module) => isDone(module.status)).map((module) => module.id));
  const open = (module: ModuleProgress) => {
    const source = definition.modules.find((m) => m.id === module.id);
    return !done.has(module.id) && (source?.requires ?? []).every((id) => id === module.id || done.has(id));
  };
  return (modules.find((module) => module.required && open(module)) ?? modules.find((module) => !module.required && module.activities.length > 0 && open(module)))?.id;
}

/**
 * Progress known only from the course's own statements (`progressed` with the cmi5 progress
 * extension, `completed`): what a page that has a course id but not its definition can show.
 */
export function progressFromCourseStatements(statements: readonly Statement[], options: ProgressOptions): CourseProgress {
  let percent = 0;
  let completedAt: string | undefined;
  for (const statement of relevantStatements(statements, options)) {
    if (!isActivity(statement.object) || statement.object.id !== options.courseId) continue;
    if (statement.verb.id === VERBS.completed.id) completedAt ??= statement.timestamp;
    const reported = statement.result?.extensions?.[EXTENSIONS.cmi5.progress];
    if (statement.verb.id === VERBS.progressed.id && typeof reported === 'number') percent = Math.min(100, Math.max(0, reported)) / 100;
  }
  const progress: CourseProgress = {
    courseId: options.courseId,
    status: completedAt ? 'completed' : percent > 0 ? 'in-progress' : 'not-started',
    percent: completedAt ? 1 : percent,
    completed: completedAt !== undefined,
    timeSpent: 0,
    modules: [],
  };
  if (completedAt) progress.completedAt = completedAt;
  return progress;
}
