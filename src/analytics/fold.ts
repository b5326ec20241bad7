/**
 * The incremental fold: statements in, a learners × activities summary out. Memory grows with
 * learners × activities (and questions, videos, feedback items), never with the number of
 * statements, so an LRS can be streamed page by page. Partial folds merge associatively (and
 * commutatively): shards or pages folded in parallel combine into the same state.
 *
 * What is kept per learner and activity is exactly what the progress model needs (first time of
 * each verb, best score, per-verb duration sums, first touch), so `computeProgress` run on the
 * summary gives the same answer as on the raw statements (see learners.ts).
 *
 * Ignored and counted, never thrown: what is not an xAPI statement, statements of other courses,
 * voided statements (and the voiding ones), unknown verbs, Group actors. The source is trusted
 * to deliver a statement once (an LRS does, and `since` is exclusive; keeping every id seen would
 * make memory grow with the statements), and an LRS hides voided statements from queries: a
 * statement voided after it was folded stays folded until a full refresh.
 */
import { agentKey } from '../xapi/actor.js';
import { parseIsoDuration } from '../xapi/ids.js';
import type { ActivityDefinition, Agent, Statement } from '../xapi/statement.js';
import { isActivity, scaledOf } from '../xapi/statement.js';
import { ACTIVITY_TYPES, EXTENSIONS, VERBS } from '../xapi/vocabulary.js';
import { type CourseIndex, inCourse } from './course-index.js';
import { type SliceOptions, sliceClock } from './slices.js';

export type IgnoreReason = 'invalid' | 'other-course' | 'voided' | 'unknown-verb' | 'group-actor';
export const IGNORE_REASONS: readonly IgnoreReason[] = ['invalid', 'other-course', 'voided', 'unknown-verb', 'group-actor'];

/** One verb on one activity for one learner. */
export interface VerbTally {
  /** First and last timestamps of statements with this verb on the activity itself (or `reviewed` via context). */
  first?: string;
  last?: string;
  count: number;
  /** Sum of `result.duration` of every statement with this verb on it or on a part of it, ms. */
  ms: number;
}

export interface ActivityTally {
  /** First statement about it or a part of it that is not player bookkeeping. */
  touched?: string;
  verbs: Map<string, VerbTally>;
  /** Best scaled score of a statement on it. */
  best?: number;
  /** The scaled score of the first finished attempt (`completed` with the lowest attempt number, then the earliest). */
  firstScore?: { attempt: number; timestamp: string; scaled: number };
}

/** A learner's answer to a quiz question on the lowest attempt number seen (then the earliest). */
export interface AnswerTally {
  quiz: string;
  attempt: number;
  timestamp: string;
  id: string;
  /** Points and maximum (`result.score.raw` / `max`; else scaled, out of 1). */
  raw: number;
  max: number;
  success?: boolean;
  response?: string;
}

/** The latest `played-segments` of a learner on a capsule (the capsule sends them cumulated across sessions). */
export interface VideoTally {
  timestamp: string;
  segments: string;
  length?: number;
}

export interface LearnerState {
  key: string;
  actor: Agent;
  /** First and last statement that is not player bookkeeping. */
  first?: string;
  last?: string;
  activities: Map<string, ActivityTally>;
  answers: Map<string, AnswerTally>;
  videos: Map<string, VideoTally>;
}

export interface QuestionInfo {
  iri: string;
  quiz: string;
  definition?: ActivityDefinition;
}

/** A rating (`http://id.tincanapi.com/verb/rated`) or a survey answer, the rater's latest per object. */
export interface RatingTally {
  object: string;
  raw: number;
  min: number;
  max: number;
  timestamp: string;
  anonymous: boolean;
}

export interface SurveyAnswerTally {
  item: string;
  survey: string;
  interactionType?: string;
  response: string;
  timestamp: string;
  anonymous: boolean;
}

export interface FoldCounts {
  /** Statements that counted. */
  folded: number;
  ignored: Record<IgnoreReason, number>;
}

export interface FoldState {
  courseId: string;
  learners: Map<string, LearnerState>;
  questions: Map<string, QuestionInfo>;
  /** Keyed `<rater>|<object>`: a rater's latest rating of each module or course. */
  ratings: Map<string, RatingTally>;
  /** Keyed `<rater>|<item>`. */
  survey: Map<string, SurveyAnswerTally>;
  surveyItems: Map<string, ActivityDefinition>;
  /** Ids voided by a voiding statement seen so far (statements arriving later with these ids are dropped). */
  voided: Set<string>;
  counts: FoldCounts;
  /** The latest `stored` (else `timestamp`) folded: the `since` of the next refresh. */
  cursor?: string;
  /**
   * The LRS's `more` link where a stream broke off (lrs-source.ts): the next refresh continues
   * from it. Statements POSTed in one batch share one `stored` time, so `since` alone could skip
   * the rest of a batch.
   */
  resume?: string;
}

const zeroIgnored = (): Record<IgnoreReason, number> => ({ invalid: 0, 'other-course': 0, voided: 0, 'unknown-verb': 0, 'group-actor': 0 });

export function emptyFold(courseId: string): FoldState {
  return {
    courseId,
    learners: new Map(),
    questions: new Map(),
    ratings: new Map(),
    survey: new Map(),
    surveyItems: new Map(),
    voided: new Set(),
    counts: { folded: 0, ignored: zeroIgnored() },
  };
}

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';
const KNOWN_VERBS: ReadonlySet<string> = new Set(Object.values(VERBS).map((verb) => verb.id));
const BOOKKEEPING: ReadonlySet<string> = new Set([VERBS.initialized.id, VERBS.terminated.id]);
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const minOf = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : a < b ? a : b);
const maxOf = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : a > b ? a : b);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Just enough shape to be read safely (the LRS validated the rest). */
function isStatement(value: unknown): value is Statement {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.timestamp !== 'string' || !TIMESTAMP.test(value.timestamp)) return false;
  const { actor, verb, object } = value;
  return isObject(actor) && isObject(verb) && typeof verb.id === 'string' && isObject(object) && typeof object.id === 'string';
}

const hasIdentifier = (actor: Statement['actor']) => !!(actor.mbox || actor.mbox_sha1sum || actor.openid || actor.account);

/**
 * Activity ids the statement is about besides its object: context parent and grouping (what the
 * progress model folds into an activity).
 */
function relatedIds(statement: Statement): string[] {
  const ids: string[] = [];
  const groups = statement.context?.contextActivities;
  if (!groups) return ids;
  addIds(ids, groups.parent);
  addIds(ids, groups.grouping);
  return ids;
}

/** Context `other` activities: they tell which course a statement is of, nothing more. */
function otherIds(statement: Statement): string[] {
  const ids: string[] = [];
  addIds(ids, statement.context?.contextActivities?.other);
  return ids;
}

function addIds(ids: string[], list: unknown): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const activity = list[i] as { id?: unknown } | null;
    if (activity && typeof activity.id === 'string' && !ids.includes(activity.id)) ids.push(activity.id);
  }
}

const objectActivityId = (statement: Statement): string | undefined => (isActivity(statement.object) ? statement.object.id : undefined);

const attemptOf = (statement: Statement) => {
  const value = statement.context?.extensions?.[EXTENSIONS.spoc.attempt];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
};

function newLearner(key: string, actor: Agent): LearnerState {
  const { objectType: _type, ...identity } = actor;
  return { key, actor: { objectType: 'Agent', ...identity }, activities: new Map(), answers: new Map(), videos: new Map() };
}

function tallyOf(learner: LearnerState, iri: string): ActivityTally {
  let tally = learner.activities.get(iri);
  if (!tally) learner.activities.set(iri, (tally = { verbs: new Map() }));
  return tally;
}

function verbOf(tally: ActivityTally, verb: string): VerbTally {
  let v = tally.verbs.get(verb);
  if (!v) tally.verbs.set(verb, (v = { count: 0, ms: 0 }));
  return v;
}

/** The progress model's per-activity fold, kept as a summary. */
function foldActivity(tally: ActivityTally, statement: Statement, direct: boolean): void {
  const verb = statement.verb.id;
  const at = statement.timestamp;
  if (!BOOKKEEPING.has(verb)) tally.touched = minOf(tally.touched, at);
  const duration = statement.result?.duration;
  const ms = typeof duration === 'string' ? parseIsoDuration(duration) : 0;
  if (direct || verb === VERBS.reviewed.id) {
    const v = verbOf(tally, verb);
    v.first = minOf(v.first, at);
    v.last = maxOf(v.last, at);
    v.count += 1;
    v.ms += ms;
    const scaled = scaledOf(statement.result?.score);
    if (scaled !== undefined) {
      tally.best = Math.max(tally.best ?? -Infinity, scaled);
      if (direct && verb === VERBS.completed.id) {
        const candidate = { attempt: attemptOf(statement), timestamp: at, scaled };
        if (!tally.firstScore || earlier(candidate, tally.firstScore)) tally.firstScore = candidate;
      }
    }
  } else if (ms) {
    verbOf(tally, verb).ms += ms;
  }
}

const earlier = (a: { attempt: number; timestamp: string; id?: string }, b: { attempt: number; timestamp: string; id?: string }) =>
  a.attempt !== b.attempt ? a.attempt < b.attempt : a.timestamp !== b.timestamp ? a.timestamp < b.timestamp : (a.id ?? '') < (b.id ?? '');

function foldAnswer(state: FoldState, learner: LearnerState, statement: Statement, iri: string, quiz: string): void {
  if (!state.questions.has(iri)) {
    const info: QuestionInfo = { iri, quiz };
    const definition = (statement.object as { definition?: ActivityDefinition }).definition;
    if (isObject(definition)) info.definition = definition;
    state.questions.set(iri, info);
  }
  const score = statement.result?.score;
  let raw: number;
  let max: number;
  if (score && typeof score.raw === 'number' && typeof score.max === 'number' && score.max > (score.min ?? 0)) {
    raw = score.raw - (score.min ?? 0);
    max = score.max - (score.min ?? 0);
  } else {
    const scaled = scaledOf(score) ?? (statement.result?.success === undefined ? undefined : statement.result.success ? 1 : 0);
    if (scaled === undefined) return;
    raw = scaled;
    max = 1;
  }
  const answer: AnswerTally = { quiz, attempt: attemptOf(statement), timestamp: statement.timestamp, id: statement.id, raw, max };
  if (typeof statement.result?.success === 'boolean') answer.success = statement.result.success;
  if (typeof statement.result?.response === 'string') answer.response = statement.result.response;
  const kept = learner.answers.get(iri);
  if (!kept || earlier(answer, kept)) learner.answers.set(iri, answer);
}

function foldVideo(learner: LearnerState, statement: Statement, iri: string): void {
  const segments = statement.result?.extensions?.[EXTENSIONS.video.playedSegments];
  if (typeof segments !== 'string') return;
  const kept = learner.videos.get(iri);
  if (kept && kept.timestamp >= statement.timestamp) return;
  const length = statement.context?.extensions?.[EXTENSIONS.video.length];
  const tally: VideoTally = { timestamp: statement.timestamp, segments };
  if (typeof length === 'number' && length > 0) tally.length = length;
  else if (kept?.length) tally.length = kept.length;
  learner.videos.set(iri, tally);
}

/** Feedback statements: `rated` with a score, `answered` under a survey (`…/feedback/<id>/item/<item>`). */
function foldFeedback(state: FoldState, statement: Statement, rater: string, anonymous: boolean, index: CourseIndex): boolean {
  const objectId = objectActivityId(statement);
  if (!objectId) return false;
  const verb = statement.verb.id;
  if (verb === VERBS.rated.id) {
    const score = statement.result?.score;
    if (!score || typeof score.raw !== 'number') return true;
    const rating: RatingTally = { object: objectId, raw: score.raw, min: score.min ?? 0, max: score.max ?? 5, timestamp: statement.timestamp, anonymous };
    const key = `${rater}|${objectId}`;
    const kept = state.ratings.get(key);
    if (!kept || kept.timestamp <= rating.timestamp) state.ratings.set(key, rating);
    return true;
  }
  const survey = surveyOf(statement, objectId, index);
  if (!survey) return false;
  if (verb !== VERBS.answered.id) return true;
  const response = statement.result?.response;
  if (typeof response !== 'string') return true;
  const definition = (statement.object as { definition?: ActivityDefinition }).definition;
  if (definition && !state.surveyItems.has(objectId)) state.surveyItems.set(objectId, definition);
  const answer: SurveyAnswerTally = { item: objectId, survey, response, timestamp: statement.timestamp, anonymous };
  if (definition?.interactionType) answer.interactionType = definition.interactionType;
  const key = `${rater}|${objectId}`;
  const kept = state.survey.get(key);
  if (!kept || kept.timestamp <= answer.timestamp) state.survey.set(key, answer);
  return true;
}

function anyInCourse(index: CourseIndex, ids: readonly string[]): boolean {
  for (let i = 0; i < ids.length; i++) if (inCourse(index, ids[i]!)) return true;
  return false;
}

/** A cheap first look: only these can be feedback statements. */
function mayBeFeedback(statement: Statement, verb: string, objectId: string | undefined, index: CourseIndex): boolean {
  if (objectId === undefined) return false;
  if (verb === VERBS.rated.id) return true;
  if (verb !== VERBS.answered.id && verb !== VERBS.completed.id) return false;
  if (objectId.startsWith(index.feedbackBase) || (statement.object as { definition?: ActivityDefinition }).definition?.type === ACTIVITY_TYPES.survey) return true;
  const parents = statement.context?.contextActivities?.parent;
  return Array.isArray(parents) && parents.some((parent) => parent?.definition?.type === ACTIVITY_TYPES.survey || parent?.id?.startsWith(index.feedbackBase));
}

/** The survey activity a feedback statement belongs to, if it is one. */
function surveyOf(statement: Statement, objectId: string, index: CourseIndex): string | undefined {
  const { feedbackBase } = index;
  const parents = statement.context?.contextActivities?.parent ?? [];
  for (const parent of Array.isArray(parents) ? parents : []) {
    if (parent?.definition?.type === ACTIVITY_TYPES.survey || parent?.id?.startsWith(feedbackBase)) return parent.id;
  }
  const object = statement.object as { definition?: ActivityDefinition };
  if (object.definition?.type === ACTIVITY_TYPES.survey) return objectId;
  const match = /^(.*)\/item\/[^/]+$/.exec(objectId);
  if (match && objectId.startsWith(feedbackBase)) return match[1];
  if (objectId.startsWith(feedbackBase)) return objectId;
  const indexed = index.activities.get(objectId);
  return indexed?.activity.type === 'feedback' ? objectId : undefined;
}

/** Notes the targets of the voiding statements among `batch` (statements folded after with those ids are dropped). */
function noteVoided(state: FoldState, batch: readonly unknown[]): void {
  for (const value of batch) {
    // The verb first: the full shape check only for the few voiding statements.
    const verb = isObject(value) && isObject(value.verb) ? value.verb.id : undefined;
    if (verb === VOIDED && isStatement(value) && value.object.objectType === 'StatementRef') state.voided.add(value.object.id);
  }
}

/**
 * Folds statements into the state (mutated and returned). Anything may come in: what is not a
 * statement of this course is counted in `state.counts.ignored`, never thrown.
 */
export function foldStatements(state: FoldState, statements: Iterable<unknown>, index: CourseIndex): FoldState {
  const batch = Array.isArray(statements) ? (statements as unknown[]) : [...statements];
  const ignored = state.counts.ignored;
  // Voiding statements first, so a target anywhere in the batch is dropped.
  noteVoided(state, batch);
  const voided = state.voided;
  let lastActor: Statement['actor'] | undefined;
  let lastKey = '';
  for (const value of batch) {
    if (!isStatement(value)) {
      ignored.invalid += 1;
      continue;
    }
    const statement = value;
    const verb = statement.verb.id;
    if (verb === VOIDED || (voided.size > 0 && voided.has(statement.id))) {
      ignored.voided += 1;
      continue;
    }
    if (!KNOWN_VERBS.has(verb)) {
      ignored['unknown-verb'] += 1;
      continue;
    }
    const objectId = objectActivityId(statement);
    const related = relatedIds(statement);
    if (!(objectId !== undefined && inCourse(index, objectId)) && !anyInCourse(index, related) && !anyInCourse(index, otherIds(statement))) {
      ignored['other-course'] += 1;
      continue;
    }
    const actor = statement.actor;
    if (actor.objectType === 'Group' || !hasIdentifier(actor)) {
      ignored[actor.objectType === 'Group' ? 'group-actor' : 'invalid'] += 1;
      continue;
    }
    state.cursor = maxOf(state.cursor, typeof statement.stored === 'string' ? statement.stored : statement.timestamp);
    state.counts.folded += 1;
    // Consecutive statements are mostly one learner's (an LRS stores them batch by batch).
    const key = actor === lastActor || (actor.mbox !== undefined && actor.mbox === lastActor?.mbox) ? lastKey : agentKey(actor);
    lastActor = actor;
    lastKey = key;
    const anonymous = !statement.context?.registration && !!actor.account && !actor.mbox;
    const feedback = mayBeFeedback(statement, verb, objectId, index) && foldFeedback(state, statement, key, anonymous, index);
    // Anonymous feedback carries no learner identity: it never becomes a learner.
    if (feedback && anonymous) continue;
    let learner = state.learners.get(key);
    if (!learner) state.learners.set(key, (learner = newLearner(key, actor as Agent)));
    else if (!learner.actor.name && actor.name) learner.actor.name = actor.name;
    if (!BOOKKEEPING.has(verb)) {
      learner.first = minOf(learner.first, statement.timestamp);
      learner.last = maxOf(learner.last, statement.timestamp);
    }
    if (objectId !== undefined && index.activities.has(objectId)) foldActivity(tallyOf(learner, objectId), statement, true);
    for (let i = 0; i < related.length; i++) {
      const id = related[i]!;
      if (id !== objectId && index.activities.has(id)) foldActivity(tallyOf(learner, id), statement, false);
    }
    if (objectId === undefined) continue;
    if (verb === VERBS.answered.id) {
      const parents = statement.context?.contextActivities?.parent;
      const quiz = Array.isArray(parents) ? parents.find((p) => index.activities.get(p?.id)?.activity.type === 'quiz')?.id : undefined;
      if (quiz) foldAnswer(state, learner, statement, objectId, quiz);
    }
    if (index.activities.get(objectId)?.activity.type === 'capsule') foldVideo(learner, statement, objectId);
  }
  return state;
}

// --- merge

function mergeVerb(a: VerbTally, b: VerbTally): VerbTally {
  const v: VerbTally = { count: a.count + b.count, ms: a.ms + b.ms };
  const first = minOf(a.first, b.first);
  const last = maxOf(a.last, b.last);
  if (first !== undefined) v.first = first;
  if (last !== undefined) v.last = last;
  return v;
}

function mergeActivity(a: ActivityTally, b: ActivityTally): ActivityTally {
  const verbs = new Map(a.verbs);
  for (const [verb, v] of b.verbs) verbs.set(verb, verbs.has(verb) ? mergeVerb(verbs.get(verb)!, v) : { ...v });
  const tally: ActivityTally = { verbs };
  const touched = minOf(a.touched, b.touched);
  if (touched !== undefined) tally.touched = touched;
  if (a.best !== undefined || b.best !== undefined) tally.best = Math.max(a.best ?? -Infinity, b.best ?? -Infinity);
  const firstScore = !a.firstScore ? b.firstScore : !b.firstScore ? a.firstScore : earlier(b.firstScore, a.firstScore) ? b.firstScore : a.firstScore;
  if (firstScore) tally.firstScore = firstScore;
  return tally;
}

function mergeMaps<K, V>(a: Map<K, V>, b: Map<K, V>, combine: (x: V, y: V) => V): Map<K, V> {
  const merged = new Map(a);
  for (const [key, value] of b) merged.set(key, merged.has(key) ? combine(merged.get(key)!, value) : value);
  return merged;
}

const latest = <T extends { timestamp: string }>(x: T, y: T) => (y.timestamp > x.timestamp ? y : x);

function mergeLearner(a: LearnerState, b: LearnerState): LearnerState {
  const learner: LearnerState = {
    key: a.key,
    actor: { ...b.actor, ...a.actor },
    activities: mergeMaps(a.activities, b.activities, mergeActivity),
    answers: mergeMaps(a.answers, b.answers, (x, y) => (earlier(y, x) ? y : x)),
    videos: mergeMaps(a.videos, b.videos, (x, y) => {
      const kept = latest(x, y);
      const length = kept.length ?? (kept === x ? y.length : x.length);
      return length === undefined ? kept : { ...kept, length };
    }),
  };
  const first = minOf(a.first, b.first);
  const last = maxOf(a.last, b.last);
  if (first !== undefined) learner.first = first;
  if (last !== undefined) learner.last = last;
  return learner;
}

/**
 * Combines two partial folds of the same course (pages, shards, cohorts) into a new state;
 * associative and commutative. The result may share entries with its inputs: keep folding into
 * the result, not into the inputs.
 */
export function merge(a: FoldState, b: FoldState): FoldState {
  if (a.courseId !== b.courseId) throw new TypeError(`Cannot merge folds of two courses (${a.courseId}, ${b.courseId}).`);
  const ignored = zeroIgnored();
  for (const reason of IGNORE_REASONS) ignored[reason] = a.counts.ignored[reason] + b.counts.ignored[reason];
  const state: FoldState = {
    courseId: a.courseId,
    learners: mergeMaps(a.learners, b.learners, mergeLearner),
    questions: mergeMaps(a.questions, b.questions, (x, y) => (x.definition ? x : y)),
    ratings: mergeMaps(a.ratings, b.ratings, latest),
    survey: mergeMaps(a.survey, b.survey, latest),
    surveyItems: mergeMaps(a.surveyItems, b.surveyItems, (x) => x),
    voided: new Set([...a.voided, ...b.voided]),
    counts: { folded: a.counts.folded + b.counts.folded, ignored },
  };
  const cursor = maxOf(a.cursor, b.cursor);
  if (cursor !== undefined) state.cursor = cursor;
  return state;
}

/** Statements per `foldStatements` call in `foldInSlices`: well under a millisecond of work, a few ms before the code is optimized. */
const FOLD_SLICE = 100;

/**
 * `foldStatements` of a whole array, in slices with pauses between them (slices.ts) so a browser
 * stays responsive; the same state comes out. The voiding statements of the whole array are read
 * first, as one call would.
 */
export async function foldInSlices(state: FoldState, statements: readonly unknown[], index: CourseIndex, options: SliceOptions = {}): Promise<FoldState> {
  noteVoided(state, statements);
  const due = sliceClock(options);
  for (let start = 0; start < statements.length; start += FOLD_SLICE) {
    foldStatements(state, statements.slice(start, start + FOLD_SLICE), index);
    const pausing = due();
    if (pausing) await pausing;
  }
  return state;
}

/** Folds an array (or any iterable) into a fresh state. */
export function foldAll(statements: Iterable<unknown>, index: CourseIndex): FoldState {
  return foldStatements(emptyFold(index.courseId), statements, index);
}
