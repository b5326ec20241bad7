/**
 * The SCORM 1.2 / 2004 bridge: finds the LMS's runtime object the standard way, opens the session
 * and mirrors what the elements report (a tracker sink) into the CMI data model: interactions,
 * score, progress, completion and success, location, session time and resume data. A runtime
 * error never throws: it is handed to `onError` (spoc-course turns it into a `spoc-error`).
 */
import { agentKey } from './actor.js';
import { parseIsoDuration } from './ids.js';
import { CourseOutcome, type OutcomeCourse } from './lms-outcome.js';
import {
  ELEMENTS,
  LIMITS,
  decodeSuspendData,
  encodeSuspendData,
  formatResponse,
  interactionId,
  interactionResult,
  interactionType,
  sessionTime,
  timeOf,
  type ScormVersion,
} from './scorm-format.js';
import type { Activity, LanguageMap, Statement } from './statement.js';
import { isActivity } from './statement.js';
import type { Sink, Tracker } from './tracker.js';
import { ACTIVITY_TYPES, VERBS } from './vocabulary.js';

export type { ScormVersion } from './scorm-format.js';
// Finding the runtime is cheap and needed before this module is loaded (see lms-detect.ts).
export { findScormApi, type Scorm12Api, type Scorm2004Api, type ScormApi, type ScormError } from './lms-detect.js';
import type { ScormApi, ScormError } from './lms-detect.js';

/** The version-neutral calls, each checked with GetLastError. */
class ScormRuntime {
  constructor(
    private readonly ref: ScormApi,
    private readonly onError: (error: ScormError) => void,
  ) {}

  initialize(): boolean {
    return this.call(this.ref.version === '1.2' ? 'LMSInitialize' : 'Initialize', () =>
      this.ref.version === '1.2' ? this.ref.api.LMSInitialize('') : this.ref.api.Initialize(''),
    );
  }

  terminate(): boolean {
    return this.call(this.ref.version === '1.2' ? 'LMSFinish' : 'Terminate', () =>
      this.ref.version === '1.2' ? this.ref.api.LMSFinish('') : this.ref.api.Terminate(''),
    );
  }

  commit(): boolean {
    return this.call(this.ref.version === '1.2' ? 'LMSCommit' : 'Commit', () =>
      this.ref.version === '1.2' ? this.ref.api.LMSCommit('') : this.ref.api.Commit(''),
    );
  }

  set(element: string, value: string | number): boolean {
    const text = String(value);
    return this.call(
      this.ref.version === '1.2' ? 'LMSSetValue' : 'SetValue',
      () => (this.ref.version === '1.2' ? this.ref.api.LMSSetValue(element, text) : this.ref.api.SetValue(element, text)),
      element,
    );
  }

  /** A value, or '' when unset (2004's 403 "not initialized" is not an error) or unreadable. */
  get(element: string): string {
    let value = '';
    try {
      value = String((this.ref.version === '1.2' ? this.ref.api.LMSGetValue(element) : this.ref.api.GetValue(element)) ?? '');
    } catch (error) {
      this.onError({ call: 'GetValue', element, code: 0, text: error instanceof Error ? error.message : String(error) });
      return '';
    }
    const code = this.lastError();
    if (code !== 0 && !(this.ref.version === '2004' && code === 403)) this.report('GetValue', element, code);
    return code === 0 ? value : '';
  }

  private lastError(): number {
    try {
      return Number((this.ref.version === '1.2' ? this.ref.api.LMSGetLastError() : this.ref.api.GetLastError()) ?? 0) || 0;
    } catch {
      return 0;
    }
  }

  private call(name: string, run: () => string, element?: string): boolean {
    let answer: string;
    try {
      answer = String(run());
    } catch (error) {
      this.onError({ call: name, element, code: 0, text: error instanceof Error ? error.message : String(error) });
      return false;
    }
    const code = this.lastError();
    if (answer === 'true' && code === 0) return true;
    this.report(name, element, code);
    return false;
  }

  private report(call: string, element: string | undefined, code: number): void {
    let text = '';
    try {
      text = String(this.ref.version === '1.2' ? this.ref.api.LMSGetErrorString(String(code)) : this.ref.api.GetErrorString(String(code)));
    } catch {
      // keep the code alone
    }
    this.onError({ call, element, code, text });
  }
}

/** What the bridge keeps in `cmi.suspend_data`. */
export interface ScormResume {
  v: 1;
  /** The registration the records and documents belong to (kept across machines). */
  registration?: string | undefined;
  /** Resume documents: `[activityId, stateId, document]`. */
  states: Array<[string, string, unknown]>;
  /** The latest milestone statements (completed, passed, failed, progressed …), actor left out. */
  records: Array<Omit<Statement, 'actor'>>;
}

export interface ScormLearner {
  id: string;
  name: string;
}

export interface ScormBridgeOptions {
  /** The course id and definition, read when needed (the definition may load later). */
  course: () => OutcomeCourse;
  /** Every runtime error; never thrown. */
  onError: (error: ScormError) => void;
  /** Delay before committing after a small change (a milestone commits at once). */
  commitDelay?: number | undefined;
  /**
   * Delay before resume documents are written to `cmi.suspend_data` after the last change (a draft
   * typed key by key is serialized, and deflated on 1.2, once, not on every keystroke). A milestone,
   * a commit and the end of the session write it at once. Default 1 000 ms.
   */
  resumeDelay?: number | undefined;
}

const MILESTONES = new Set<string>([VERBS.completed.id, VERBS.passed.id, VERBS.failed.id, VERBS.progressed.id, VERBS.earned.id, VERBS.reviewed.id]);
const STARTED = new Set(['', 'not attempted', 'incomplete', 'browsed', 'unknown']);

const firstText = (map: LanguageMap | undefined) => (map ? (Object.values(map)[0] ?? '') : '');

export class ScormBridge implements Sink {
  readonly name = 'scorm';
  readonly version: ScormVersion;
  /** The learner as the LMS knows them (`student_id`/`learner_id`, `…_name`). */
  readonly learner: ScormLearner | undefined;
  /** The resume data found in `cmi.suspend_data` at start, if any of ours. */
  readonly resume: ScormResume | undefined;
  /**
   * Where the learner was when the last session ended (`cmi.core.lesson_location` / `cmi.location`:
   * the id of the module they last worked in), if the LMS kept one.
   */
  readonly location: string | undefined;
  /** The LMS's passing score, 0–1 (1.2 `cmi.student_data.mastery_score` / 100, 2004 `cmi.scaled_passing_score`). */
  readonly masteryScore: number | undefined;
  private readonly runtime: ScormRuntime;
  private readonly outcome: CourseOutcome;
  private readonly elements: (typeof ELEMENTS)[ScormVersion];
  private readonly states = new Map<string, [string, string, unknown]>();
  private readonly records = new Map<string, Omit<Statement, 'actor'>>();
  private readonly started = Date.now();
  private readonly readOnly: boolean;
  private readonly commitDelay: number;
  private interactions = 0;
  private registration: string | undefined;
  private status: string;
  private completion: string;
  private commitTimer: ReturnType<typeof setTimeout> | undefined;
  private resumeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly resumeDelay: number;
  private detach: Array<() => void> = [];
  private terminated = false;

  private constructor(
    ref: ScormApi,
    runtime: ScormRuntime,
    private readonly options: ScormBridgeOptions,
  ) {
    this.version = ref.version;
    this.runtime = runtime;
    this.elements = ELEMENTS[ref.version];
    this.outcome = new CourseOutcome(options.course);
    this.commitDelay = options.commitDelay ?? 3000;
    this.resumeDelay = options.resumeDelay ?? 1000;
    const id = runtime.get(this.elements.learnerId);
    this.learner = id ? { id, name: runtime.get(this.elements.learnerName) } : undefined;
    this.readOnly = runtime.get(this.elements.mode) === 'review';
    this.interactions = Number(runtime.get(this.elements.interactionCount)) || 0;
    const data = decodeSuspendData(runtime.get(this.elements.suspendData)) as ScormResume | undefined;
    this.resume = data?.v === 1 && Array.isArray(data.states) && Array.isArray(data.records) ? data : undefined;
    this.location = runtime.get(this.elements.location) || undefined;
    let mastery: number | undefined;
    if (ref.version === '1.2') {
      this.status = runtime.get('cmi.core.lesson_status');
      this.completion = this.status;
      const text = runtime.get('cmi.student_data.mastery_score');
      mastery = text === '' ? undefined : Number(text) / 100;
    } else {
      this.status = runtime.get('cmi.success_status');
      this.completion = runtime.get('cmi.completion_status');
      const text = runtime.get('cmi.scaled_passing_score');
      mastery = text === '' ? undefined : Number(text);
    }
    this.masteryScore = mastery !== undefined && Number.isFinite(mastery) && mastery >= -1 && mastery <= 1 ? mastery : undefined;
    this.outcome.mastery = this.masteryScore;
    if (!this.readOnly) {
      // Committed at once: an LMS that goes down before the first answer still knows the learner started.
      this.markStarted();
      this.runtime.commit();
    }
  }

  /**
   * Opens the session on a found runtime (`LMSInitialize` / `Initialize`) and reads the learner
   * and resume data; `undefined` when the runtime refuses (reported through `onError`).
   */
  static connect(ref: ScormApi, options: ScormBridgeOptions): ScormBridge | undefined {
    const runtime = new ScormRuntime(ref, options.onError);
    if (!runtime.initialize()) return undefined;
    return new ScormBridge(ref, runtime, options);
  }

  /**
   * Starts mirroring a tracker: restores the resume data into its store (the LMS's copy wins),
   * then follows its statements (as a sink) and resume documents. Re-attaching moves to a new tracker.
   */
  attach(tracker: Tracker): void {
    for (const stop of this.detach) stop();
    this.registration = tracker.registration;
    this.detach = [
      tracker.subscribeState((activityId, stateId, document) => {
        this.states.set(JSON.stringify([activityId, stateId]), [activityId, stateId, document]);
        this.scheduleResume();
      }),
    ];
    const restored: Statement[] = [];
    if (this.resume) {
      for (const [activityId, stateId, document] of this.resume.states) void tracker.setState(activityId, stateId, document);
      const records = this.resume.records.map((record) => ({ ...record, actor: tracker.actor }) as Statement);
      void tracker.store?.save(records).catch(() => undefined);
      for (const record of records) this.remember(record);
      restored.push(...records);
    }
    this.detach.push(tracker.addSink(this));
    // Success and score come from the learner's whole record for the registration: what the LMS
    // gave back, and what this browser kept (earlier sessions, other tabs).
    this.review(restored);
    const store = tracker.store;
    if (store) {
      const learner = agentKey(tracker.actor);
      const mine = (statements: Statement[]) =>
        statements.filter((s) => s.context?.registration === tracker.registration && agentKey(s.actor) === learner);
      // Later too: records another tab saves, or that an LRS gives back (another machine).
      const unsubscribe = store.subscribe((statements) => this.review(mine(statements)));
      this.detach.push(() => void unsubscribe());
      void store
        .query({ agent: tracker.actor, registration: tracker.registration })
        .then((stored) => {
          if (this.registration === tracker.registration) this.review(stored);
        })
        .catch(() => undefined);
    }
  }

  /** Folds records of earlier sessions into the outcome; writes and commits when it changed. */
  private review(statements: Statement[]): void {
    if (this.terminated || this.readOnly) return;
    let changed = false;
    for (const statement of statements) changed = this.outcome.update(statement) || changed;
    if (changed) {
      this.writeOutcome();
      this.commit();
    }
  }

  /** Sink: maps one statement into the data model. */
  accept(statement: Statement): void {
    if (this.terminated || this.readOnly) return;
    if (statement.verb.id === VERBS.answered.id) this.recordInteraction(statement);
    const milestone = this.remember(statement);
    if (milestone) this.writeResume();
    if (this.outcome.update(statement) || milestone) {
      this.writeOutcome();
      this.commit();
    } else {
      this.scheduleCommit();
    }
  }

  /** Commits now (`LMSCommit` / `Commit`), with the latest resume data. */
  commit(): void {
    clearTimeout(this.commitTimer);
    this.commitTimer = undefined;
    if (this.resumeTimer !== undefined) this.writeResume();
    if (!this.terminated) this.runtime.commit();
  }

  /**
   * Ends the session: session time, exit mode, last resume data, then `LMSFinish` / `Terminate`
   * (which commits). Called on page hide; a second call does nothing.
   */
  terminate(): void {
    if (this.terminated) return;
    if (this.resumeTimer !== undefined) this.writeResume();
    clearTimeout(this.commitTimer);
    for (const stop of this.detach) stop();
    this.detach = [];
    const done = this.completion === 'completed' || this.completion === 'passed' || this.status === 'passed';
    this.runtime.set(this.elements.sessionTime, sessionTime(Date.now() - this.started, this.version));
    if (!this.readOnly) {
      this.runtime.set(this.elements.exit, done ? (this.version === '1.2' ? '' : 'normal') : 'suspend');
    }
    this.terminated = true;
    this.runtime.terminate();
  }

  private markStarted(): void {
    if (this.version === '1.2') {
      if (this.status === 'not attempted' || this.status === '') this.setStatus12('incomplete');
    } else if (this.completion === 'not attempted' || this.completion === 'unknown' || this.completion === '') {
      this.completion = 'incomplete';
      this.runtime.set('cmi.completion_status', 'incomplete');
    }
  }

  private remember(statement: Statement): boolean {
    if (!MILESTONES.has(statement.verb.id) || !isActivity(statement.object)) return false;
    const { actor: _actor, ...record } = statement;
    this.records.set(`${statement.verb.id} ${statement.object.id}`, record);
    return true;
  }

  private recordInteraction(statement: Statement): void {
    const object = statement.object as Activity;
    const definition = object.definition;
    const type = definition?.interactionType;
    if (!isActivity(statement.object) || !type || (definition.type && definition.type !== ACTIVITY_TYPES.interaction)) return;
    const { version } = this;
    const result = statement.result;
    const n = `cmi.interactions.${this.interactions++}.`;
    const set = (name: string, value: string | number) => this.runtime.set(n + name, value);
    set('id', interactionId(object.id, version));
    set('type', interactionType(type, version));
    set(this.elements.timestamp, timeOf(statement.timestamp, version));
    set('weighting', result?.score?.max ?? 1);
    if (result?.response !== undefined) set(this.elements.response, formatResponse(type, result.response, version));
    set('result', interactionResult(result?.success, version));
    if (result?.duration) set('latency', sessionTime(parseIsoDuration(result.duration), version));
    const description = firstText(definition.description) || firstText(definition.name);
    if (version === '2004' && description) set('description', description.slice(0, 250));
    let k = 0;
    for (const pattern of definition.correctResponsesPattern ?? []) {
      const text = formatResponse(type, pattern, version, true);
      if (text !== '') set(`correct_responses.${k++}.pattern`, text); // '' = what the version cannot say
    }
  }

  private writeOutcome(): void {
    const { outcome, version } = this;
    const scaled = outcome.scaled;
    if (scaled !== undefined) {
      const percent = Math.round(Math.max(0, Math.min(1, scaled)) * 10000) / 100;
      // real(10,7): seven decimals, which also drops the noise of a mean (0.8500000000000001).
      if (version === '2004') this.runtime.set('cmi.score.scaled', Math.round(Math.max(-1, Math.min(1, scaled)) * 1e7) / 1e7);
      this.runtime.set(this.elements.scoreRaw, percent);
      this.runtime.set(this.elements.scoreMin, 0);
      this.runtime.set(this.elements.scoreMax, 100);
    }
    if (outcome.module) this.runtime.set(this.elements.location, outcome.module.slice(0, LIMITS[version].location));
    const success = outcome.success;
    if (version === '1.2') {
      const hasDefinition = !!this.options.course().definition;
      if (success === 'failed') this.setStatus12('failed');
      else if (success === 'passed' && (outcome.completed || !hasDefinition)) this.setStatus12('passed');
      else if (outcome.completed) this.setStatus12('completed');
      return;
    }
    if (outcome.progress !== undefined) this.runtime.set('cmi.progress_measure', outcome.progress / 100);
    if (outcome.completed && this.completion !== 'completed') {
      this.completion = 'completed';
      this.runtime.set('cmi.completion_status', 'completed');
    }
    if (success && success !== this.status) {
      this.status = success;
      this.runtime.set('cmi.success_status', success);
    }
  }

  /** 1.2 has one status for both; never goes back to `incomplete` once past it. */
  private setStatus12(status: string): void {
    if (status === this.status || (status === 'incomplete' && !STARTED.has(this.status))) return;
    this.status = status;
    this.completion = status;
    this.runtime.set('cmi.core.lesson_status', status);
  }

  /** A resume document changed: written after `resumeDelay` without another change. */
  private scheduleResume(): void {
    if (this.terminated || this.readOnly) return;
    clearTimeout(this.resumeTimer);
    this.resumeTimer = setTimeout(() => this.writeResume(), this.resumeDelay);
  }

  /** Writes the resume data within the version's limit (see encodeSuspendData), trimming if it must. */
  private writeResume(): void {
    clearTimeout(this.resumeTimer);
    this.resumeTimer = undefined;
    if (this.terminated || this.readOnly) return;
    const limit = LIMITS[this.version].suspendData;
    const records = [...this.records.values()].sort((a, b) => (a.timestamp < b.timestamp ? -1 : 1));
    const states = [...this.states.values()];
    const registration = this.registration;
    let text = encodeSuspendData({ v: 1, registration, states, records } satisfies ScormResume, limit);
    // Too big even deflated: oldest records go first, then the largest documents.
    while (text === undefined && (records.length || states.length)) {
      if (records.length) records.shift();
      else states.sort((a, b) => JSON.stringify(a).length - JSON.stringify(b).length).pop();
      text = encodeSuspendData({ v: 1, registration, states, records } satisfies ScormResume, limit);
    }
    if (text !== undefined) this.runtime.set(this.elements.suspendData, text);
    this.scheduleCommit();
  }

  private scheduleCommit(): void {
    if (this.commitTimer !== undefined || this.terminated) return;
    this.commitTimer = setTimeout(() => this.commit(), this.commitDelay);
  }
}
