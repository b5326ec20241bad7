/**
 * Per learner: the progress model's answer (`computeProgress`, the very function `<spoc-progress>`
 * uses, run on the fold's summary), last activity, days inactive, quiz attempts, share of the
 * course's contents opened, and why the learner may need a nudge.
 */
import type { CourseDefinition } from '../course/course.schema.js';
import { type CourseProgress, computeProgress, isDone } from '../course/progress-model.js';
import { agentKey, mailtoIri } from '../xapi/actor.js';
import { isoDuration } from '../xapi/ids.js';
import type { Account, Agent, Statement } from '../xapi/statement.js';
import { VERBS } from '../xapi/vocabulary.js';
import type { CourseIndex } from './course-index.js';
import type { LearnerState } from './fold.js';
import { DAY_MS } from './stats.js';

/** One roster line: a name and the identifier the learner's statements carry. */
export interface RosterEntry {
  name?: string | undefined;
  /** An email or a `mailto:` IRI. */
  mbox?: string | undefined;
  account?: Account | undefined;
}

export type AttentionReason =
  | { code: 'not-started' }
  | { code: 'inactive'; days: number }
  /** A quiz that must be passed, failed, with no attempt started since. */
  | { code: 'failed-quiz'; activity: string; module: string }
  /** Required modules past their `dueAt` and not done, in course order. */
  | { code: 'behind-schedule'; modules: string[] };

export interface LearnerReport {
  /** The actor's identifier as the statements carry it (`mailto:…`, `<homePage>::<name>`). */
  key: string;
  name?: string;
  /** Email (without `mailto:`) or account name: what a trainer recognises. */
  identifier: string;
  /** On the roster (always `true` without a roster). */
  enrolled: boolean;
  progress: CourseProgress;
  firstActivity?: string;
  lastActivity?: string;
  /** Whole days since the last activity. */
  daysInactive?: number;
  /** Quiz attempts started (`attempted` on the course's quizzes). */
  attempts: number;
  /** Share of the course's activities opened (any statement that is not player bookkeeping), 0–1. */
  consulted: number;
  needsAttention: AttentionReason[];
}

export interface LearnerOptions {
  /** "Now" for days inactive and schedules (default the current time). */
  now?: number | undefined;
  /** Days without activity before a learner is flagged (default 7). */
  inactiveDays?: number | undefined;
  /** The learner's progress when already known (`learnerProgress` of the same state); computed otherwise. */
  progress?: CourseProgress | undefined;
}

/** The roster entry as an Agent (for keys and display). */
export function rosterAgent(entry: RosterEntry): Agent {
  const agent: Agent = { objectType: 'Agent' };
  if (entry.name) agent.name = entry.name;
  if (entry.mbox) agent.mbox = mailtoIri(entry.mbox);
  else if (entry.account) agent.account = entry.account;
  return agent;
}

const identifierOf = (agent: Agent) => agent.mbox?.replace(/^mailto:/i, '') ?? agent.account?.name ?? agent.openid ?? agent.mbox_sha1sum ?? '';

const SUMMARY_VERB = {
  touched: 'https://w3id.org/spoc-elements/analytics/touched',
  time: 'https://w3id.org/spoc-elements/analytics/time/',
} as const;

/**
 * The fold's summary of a learner as the few statements that make `computeProgress` reach the
 * same result as the raw ones: per activity, each verb at its first time with its duration sum,
 * the first touch carrying the best score, and durations seen only through context.
 */
export function summaryStatements(learner: LearnerState): Statement[] {
  const statements: Statement[] = [];
  let n = 0;
  const push = (verb: string, object: string, timestamp: string, result?: Statement['result']) => {
    const statement: Statement = { id: `summary-${n++}`, actor: learner.actor, verb: { id: verb }, object: { objectType: 'Activity', id: object }, timestamp };
    if (result) statement.result = result;
    statements.push(statement);
  };
  for (const [iri, tally] of learner.activities) {
    if (tally.touched) push(SUMMARY_VERB.touched, iri, tally.touched, tally.best === undefined ? undefined : { score: { scaled: tally.best } });
    for (const [verb, v] of tally.verbs) {
      const duration = v.ms ? { duration: isoDuration(v.ms) } : undefined;
      if (v.first) push(verb, iri, v.first, duration);
      else if (duration && tally.touched) push(`${SUMMARY_VERB.time}${encodeURIComponent(verb)}`, iri, tally.touched, duration);
    }
  }
  return statements;
}

/** `computeProgress` on the fold's summary of a learner (all registrations together). */
export function learnerProgress(definition: CourseDefinition, learner: LearnerState, courseId: string): CourseProgress {
  return computeProgress(definition, summaryStatements(learner), { courseId, actor: learner.actor });
}

const emptyLearner = (agent: Agent): LearnerState => ({ key: agentKey(agent), actor: agent, activities: new Map(), answers: new Map(), videos: new Map() });

/**
 * Learners of the report: the roster when given (those never seen are not started), else every
 * actor seen (by name). Actors seen but not on the roster come last (`enrolled: false`).
 */
export function learnerStates(learners: ReadonlyMap<string, LearnerState>, roster?: readonly RosterEntry[]): Array<{ state: LearnerState; enrolled: boolean; name?: string | undefined }> {
  // Those seen are listed by name, then identifier, whatever order the statements came in.
  const seen = [...learners.values()].sort((a, b) => (a.actor.name ?? '').localeCompare(b.actor.name ?? '') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (!roster) return seen.map((state) => ({ state, enrolled: true, name: state.actor.name }));
  const listed = new Set<string>();
  const rows = roster.map((entry) => {
    const agent = rosterAgent(entry);
    const key = agentKey(agent);
    listed.add(key);
    return { state: learners.get(key) ?? emptyLearner(agent), enrolled: true, name: entry.name ?? learners.get(key)?.actor.name };
  });
  for (const state of seen) if (!listed.has(state.key)) rows.push({ state, enrolled: false, name: state.actor.name });
  return rows;
}

export function learnerReport(index: CourseIndex, state: LearnerState, enrolled: boolean, name: string | undefined, options: LearnerOptions = {}): LearnerReport {
  const now = options.now ?? Date.now();
  const inactiveDays = options.inactiveDays ?? 7;
  const progress = options.progress ?? learnerProgress(index.definition, state, index.courseId);
  let attempts = 0;
  let opened = 0;
  const needsAttention: AttentionReason[] = [];
  for (const [iri, indexed] of index.activities) {
    const tally = state.activities.get(iri);
    if (tally?.touched) opened += 1;
    if (indexed.activity.type !== 'quiz' || !tally) continue;
    const attempted = tally.verbs.get(VERBS.attempted.id);
    attempts += attempted?.count ?? 0;
    const failed = tally.verbs.get(VERBS.failed.id)?.last;
    // A failed quiz matters when passing it is required (a diagnostic usually is only to be taken).
    const mustPass = (indexed.activity.requirement ?? 'passed') === 'passed';
    if (mustPass && failed && !tally.verbs.get(VERBS.passed.id)?.first && (!attempted?.last || attempted.last <= failed)) {
      needsAttention.push({ code: 'failed-quiz', activity: indexed.activity.id, module: indexed.moduleId });
    }
  }
  const report: LearnerReport = {
    key: state.key,
    identifier: identifierOf(state.actor),
    enrolled,
    progress,
    attempts,
    consulted: index.activities.size ? opened / index.activities.size : 0,
    needsAttention,
  };
  if (name) report.name = name;
  if (state.first) report.firstActivity = state.first;
  if (state.last) {
    report.lastActivity = state.last;
    report.daysInactive = Math.max(0, Math.floor((now - Date.parse(state.last)) / DAY_MS));
  }
  if (progress.status === 'not-started') needsAttention.unshift({ code: 'not-started' });
  else if (!progress.completed && report.daysInactive !== undefined && report.daysInactive > inactiveDays) needsAttention.unshift({ code: 'inactive', days: report.daysInactive });
  const late = index.definition.modules.filter((module, m) => {
    const row = progress.modules[m];
    return module.dueAt !== undefined && row?.required && !isDone(row.status) && Date.parse(module.dueAt) < now;
  });
  if (late.length) needsAttention.push({ code: 'behind-schedule', modules: late.map((module) => module.id) });
  return report;
}
