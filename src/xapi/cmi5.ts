/**
 * cmi5 (Quartz) Assignable Unit flow: launch parameters in the page URL → one POST to `fetch`
 * for the session token → `LMS.LaunchData` → `cmi5LearnerPreferences` → `initialized` → the
 * elements' statements as cmi5-allowed (context template) → the cmi5-defined `completed` /
 * `passed` / `failed` once → `terminated`. The launch exchanges are in `Cmi5Http`; statements go
 * through the library's durable `Outbox` (kept in IndexedDB until the LMS's LRS stored them).
 */
import { isoDuration } from './ids.js';
import { CourseOutcome, type OutcomeCourse } from './lms-outcome.js';
import { LrsClient } from './lrs-client.js';
import { Outbox } from './outbox.js';
import type { Activity, Context, PartialStatement, Result, Statement } from './statement.js';
import type { LocalStore } from './local-store.js';
import type { Sink, Tracker } from './tracker.js';
import { CATEGORIES, EXTENSIONS, VERBS, type VerbDef } from './vocabulary.js';
import type { Cmi5Launch } from './lms-detect.js';

// Reading the launch is cheap and needed before this module is loaded (see lms-detect.ts).
export { readCmi5Launch, type Cmi5Launch } from './lms-detect.js';

export type LaunchMode = 'Normal' | 'Browse' | 'Review';

/** The `LMS.LaunchData` state document (cmi5 §10). */
export interface LaunchData {
  contextTemplate: Context;
  launchMode: LaunchMode;
  moveOn: string;
  masteryScore?: number | undefined;
  returnURL?: string | undefined;
  launchParameters?: string | undefined;
}

/** Why a launch could not go on; the page keeps working on the local store. */
export type Cmi5ErrorCode = 'cmi5-fetch-failed' | 'cmi5-launch-data' | 'cmi5-network' | 'cmi5-session-ended' | 'cmi5-statements-failed';

export class Cmi5Error extends Error {
  constructor(
    readonly code: Cmi5ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const LAUNCH_MODES: readonly string[] = ['Normal', 'Browse', 'Review'];
const MOVE_ON: readonly string[] = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'];

/** Checks the LaunchData document; throws `cmi5-launch-data` with the reason. */
export function parseLaunchData(text: string): LaunchData {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Cmi5Error('cmi5-launch-data', 'LMS.LaunchData is not JSON');
  }
  const problems: string[] = [];
  if (!data || typeof data !== 'object') throw new Cmi5Error('cmi5-launch-data', 'LMS.LaunchData is not an object');
  if (!data['contextTemplate'] || typeof data['contextTemplate'] !== 'object') problems.push('contextTemplate');
  if (!LAUNCH_MODES.includes(data['launchMode'] as string)) problems.push('launchMode');
  if (!MOVE_ON.includes(data['moveOn'] as string)) problems.push('moveOn');
  const mastery = data['masteryScore'];
  if (mastery !== undefined && (typeof mastery !== 'number' || mastery < 0 || mastery > 1)) problems.push('masteryScore');
  if (data['returnURL'] !== undefined && typeof data['returnURL'] !== 'string') problems.push('returnURL');
  if (problems.length) throw new Cmi5Error('cmi5-launch-data', `LMS.LaunchData: invalid ${problems.join(', ')}`);
  return data as unknown as LaunchData;
}

/** Every HTTP exchange of the AU: the token fetch, State and Agent Profile reads, statements. */
export class Cmi5Http {
  private auth: string | undefined;

  constructor(private readonly launch: Cmi5Launch) {}

  private get tokenKey(): string {
    return `spoc-elements:cmi5-token:${this.launch.fetch}`;
  }

  /**
   * The session's token: POSTed for once; kept in sessionStorage so a reload of the page does
   * not spend the one-time URL again. An `error-code` answer throws `cmi5-fetch-failed`.
   */
  async fetchToken(): Promise<{ token: string; reused: boolean }> {
    const kept = this.readKept();
    if (kept) {
      this.auth = `Basic ${kept}`;
      return { token: kept, reused: true };
    }
    const response = await this.request(this.launch.fetch, { method: 'POST' });
    const body = (await response.json().catch(() => ({}))) as Record<string, string>;
    const token = body['auth-token'];
    if (!response.ok || !token) {
      const code = body['error-code'] ?? String(response.status);
      throw new Cmi5Error('cmi5-fetch-failed', `fetch: error ${code}${body['error-text'] ? ` (${body['error-text']})` : ''}`);
    }
    try {
      sessionStorage.setItem(this.tokenKey, token);
    } catch {
      // storage blocked: a reload will ask again
    }
    this.auth = `Basic ${token}`;
    return { token, reused: false };
  }

  /** The `LMS.LaunchData` document, as text (parsed by `parseLaunchData`). */
  async launchData(): Promise<string> {
    const { activityId, actor, registration } = this.launch;
    const query = new URLSearchParams({ stateId: 'LMS.LaunchData', activityId, agent: JSON.stringify(actor), registration });
    const response = await this.request(`${this.launch.endpoint}activities/state?${query}`, { headers: this.headers() });
    if (!response.ok) throw new Cmi5Error('cmi5-launch-data', `LMS.LaunchData: HTTP ${response.status}`);
    return response.text();
  }

  /** `cmi5LearnerPreferences` (agent profile); `undefined` when absent or unreadable. */
  async learnerPreferences(): Promise<{ languagePreference?: string; audioPreference?: string } | undefined> {
    const query = new URLSearchParams({ profileId: 'cmi5LearnerPreferences', agent: JSON.stringify(this.launch.actor) });
    const response = await this.request(`${this.launch.endpoint}agents/profile?${query}`, { headers: this.headers() }).catch(() => undefined);
    if (!response?.ok) return undefined;
    return (await response.json().catch(() => undefined)) as { languagePreference?: string } | undefined;
  }

  private readKept(): string | undefined {
    try {
      return sessionStorage.getItem(this.tokenKey) ?? undefined;
    } catch {
      return undefined;
    }
  }

  private headers(): Record<string, string> {
    return { 'X-Experience-API-Version': '1.0.3', ...(this.auth ? { Authorization: this.auth } : {}) };
  }

  private async request(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, { cache: 'no-store', ...init });
    } catch (error) {
      throw new Cmi5Error('cmi5-network', `${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

export interface Cmi5SessionOptions {
  course: () => OutcomeCourse;
  /** A failure after start (statements refused, network); the page goes on locally. */
  onError: (error: Cmi5Error) => void;
  http?: Cmi5Http | undefined;
  /** Where the cmi5-defined statements' `spoc-statement` events are dispatched (spoc-course). */
  target?: EventTarget | undefined;
}

interface SessionRecord {
  initializedAt?: number;
  terminated?: boolean;
  /** Left by a reload: the session continues in the reloaded page. */
  suspendedAt?: number;
}

interface Sent {
  completed?: boolean;
  passed?: boolean;
}

/** The AU session: a tracker sink that carries statements to the LMS's LRS in cmi5 order. */
export class Cmi5Session implements Sink {
  readonly name = 'cmi5';
  readonly http: Cmi5Http;
  launchData: LaunchData | undefined;
  /** First language of `cmi5LearnerPreferences.languagePreference`, if any. */
  language: string | undefined;
  private tracker: Tracker | undefined;
  private readonly outcome: CourseOutcome;
  private pending: Statement[] = [];
  /** The LMS's LRS behind a durable outbox: a network blip or a reload loses nothing. */
  private outbox: Outbox | undefined;
  private starting: Promise<unknown> = Promise.resolve();
  private state: 'starting' | 'open' | 'failed' | 'terminated' = 'starting';
  private initializedAt = 0;
  /** cmi5-defined verbs sent in this session. */
  private readonly sessionVerbs = new Set<string>();
  private unsubscribeStore: (() => void) | undefined;
  /** Settles once the record of earlier sessions has been read. */
  private restoring: Promise<void> = Promise.resolve();

  constructor(
    readonly launch: Cmi5Launch,
    private readonly options: Cmi5SessionOptions,
  ) {
    this.http = options.http ?? new Cmi5Http(launch);
    this.outcome = new CourseOutcome(options.course);
  }

  get launchMode(): LaunchMode | undefined {
    return this.launchData?.launchMode;
  }

  /** Whether the session is open (initialized sent, not terminated). */
  get open(): boolean {
    return this.state === 'open';
  }

  /**
   * Runs the launch sequence on `tracker` (whose actor and registration are the launch's).
   * Statements the elements make meanwhile wait and go after `initialized`. Rejects with a
   * `Cmi5Error`; the tracker then simply keeps its local store.
   */
  start(tracker: Tracker): Promise<LaunchData> {
    const launched = this.launchOn(tracker);
    this.starting = launched;
    return launched;
  }

  private async launchOn(tracker: Tracker): Promise<LaunchData> {
    this.tracker = tracker;
    tracker.addSink(this);
    try {
      const { token, reused } = await this.http.fetchToken();
      const session = this.sessionRecord();
      // Reloaded after `terminated` (page hide): the session is over; the LMS launches a new one.
      if (reused && session.terminated) throw new Cmi5Error('cmi5-session-ended', 'this cmi5 session has ended');
      const launchData = parseLaunchData(await this.http.launchData());
      this.outbox = new Outbox({
        client: new LrsClient({ endpoint: this.launch.endpoint, auth: `Basic ${token}` }),
        // One queue per session (the fetch URL is unique to it): statements of one session never
        // leave with another session's token, while a reload within the session finds its queue.
        name: `spoc-elements-cmi5:${this.launch.registration}:${this.launch.activityId}:${this.launch.fetch}`,
        store: tracker.store,
        onProblem: (problem) => this.options.onError(new Cmi5Error('cmi5-statements-failed', problem.message)),
      });
      // The record of earlier sessions is read meanwhile; verdicts wait for it, `initialized` does not.
      this.restoring = this.restoreRecord(tracker, token).catch(() => undefined);
      const preferences = await this.http.learnerPreferences();
      this.language = preferences?.languagePreference?.split(',')[0]?.trim() || undefined;
      this.launchData = launchData;
      tracker.setContextTemplate(launchData.contextTemplate);
      if (reused && session.initializedAt) {
        // A reload within the session (best practice #17): no second `initialized`.
        this.initializedAt = session.initializedAt;
        this.state = 'open';
      } else {
        this.initializedAt = Date.now();
        this.writeSessionRecord({ initializedAt: this.initializedAt });
        this.state = 'open';
        this.sendDefined(VERBS.initialized);
      }
      const waiting = this.pending;
      this.pending = [];
      // Statements made before the template was known: completed again (same id), after `initialized`.
      for (const statement of waiting) this.accept(tracker.complete({ ...statement, timestamp: undefined }));
      // Earlier sessions may already meet the criteria (the last quiz was passed on another machine).
      this.judgeSoon();
      this.unsubscribeStore = tracker.store?.subscribe((statements) => {
        // Records of this registration saved by another tab: they count for success and score.
        if (this.state !== 'open') return;
        let changed = false;
        for (const statement of statements) changed = this.fold(statement) || changed;
        if (changed) this.judgeSoon();
      });
      return launchData;
    } catch (error) {
      this.state = 'failed';
      tracker.removeSink(this);
      tracker.setContextTemplate(undefined);
      this.pending = [];
      throw error instanceof Cmi5Error ? error : new Cmi5Error('cmi5-network', String(error));
    }
  }

  /**
   * The learner's whole record for the registration counts, not only this session: what this
   * browser kept and what the LMS's LRS has (another machine, an earlier session). The LRS's
   * statements are kept locally too (the course's progress reads them), and the cmi5-defined
   * `completed` / `passed` already recorded are not sent again.
   */
  private async restoreRecord(tracker: Tracker, token: string): Promise<void> {
    const { actor, registration, endpoint } = this.launch;
    const local = (await tracker.store?.query({ agent: actor, registration }).catch(() => undefined)) ?? [];
    let remote: Statement[] = [];
    try {
      remote = await new LrsClient({ endpoint, auth: `Basic ${token}`, timeout: 8000 }).getStatements({ agent: actor, registration }, 5000);
    } catch {
      remote = []; // an LMS that does not let the AU read statements: this browser's record only
    }
    const known = new Set(local.map((statement) => statement.id));
    const missing = remote.filter((statement) => !known.has(statement.id));
    if (missing.length) await tracker.store?.save(missing).catch(() => undefined);
    for (const statement of [...local, ...missing]) this.fold(statement);
  }

  /** One statement of the record: a cmi5-defined one marks what was sent; the others build the outcome. */
  private fold(statement: Statement): boolean {
    if (statement.context?.registration !== this.launch.registration) return false;
    if (this.isDefined(statement)) {
      const object = statement.object as Activity;
      if (object.id !== this.launch.activityId) return false;
      const sent = this.registrationRecord();
      if (statement.verb.id === VERBS.completed.id && !sent.completed) this.writeRegistrationRecord({ ...sent, completed: true });
      if (statement.verb.id === VERBS.passed.id && !sent.passed) this.writeRegistrationRecord({ ...sent, passed: true });
      return false;
    }
    return this.outcome.update(statement);
  }

  /** Moves an open session to a new tracker (the course rebuilt its context). */
  attach(tracker: Tracker): void {
    if (!this.tracker || tracker === this.tracker) return;
    this.tracker.removeSink(this);
    this.tracker = tracker;
    tracker.addSink(this);
    if (this.launchData) tracker.setContextTemplate(this.launchData.contextTemplate);
  }

  /** Sink: forwards the elements' statements (cmi5-allowed) and judges completion/success. */
  accept(statement: Statement): void | Promise<void> {
    if (this.state === 'starting') {
      this.pending.push(statement);
      return;
    }
    if (this.state !== 'open') return;
    const defined = this.isDefined(statement);
    const queued = defined || this.launchMode === 'Normal' ? this.outbox?.accept(statement) : undefined;
    if (!defined && this.launchMode === 'Normal' && this.outcome.update(statement)) this.judgeSoon();
    return queued;
  }

  /**
   * While a Normal session is open every statement goes to the LMS: the outbox keeps it in the
   * local store and queues it in one IndexedDB transaction, and the tracker does not write it again.
   */
  get keeps(): LocalStore | undefined {
    return this.state === 'open' && this.launchMode === 'Normal' ? this.tracker?.store : undefined;
  }

  /** Judges once the record of earlier sessions is read (a verdict already sent is not sent again). */
  private judgeSoon(): void {
    void this.restoring.then(() => {
      if (this.state === 'open' && this.launchMode === 'Normal') this.judge(false);
    });
  }

  /**
   * Ends the session: a pending `failed` verdict, then `terminated`. Resolves once the outbox has
   * tried to deliver; on page hide, what is pending leaves with `fetch` keepalive.
   */
  terminate(): Promise<void> {
    // Left while the launch is still under way (an early `exitCourse()`): end it once open.
    if (this.state === 'starting') return this.starting.then(() => this.terminate(), () => undefined);
    if (this.state !== 'open') return this.outbox?.flush() ?? Promise.resolve();
    if (this.launchMode === 'Normal') this.judge(true);
    this.sendDefined(VERBS.terminated, { duration: isoDuration(Date.now() - this.initializedAt) });
    this.state = 'terminated';
    this.unsubscribeStore?.();
    this.writeSessionRecord({ ...this.sessionRecord(), terminated: true });
    return this.outbox?.flush() ?? Promise.resolve();
  }

  /**
   * The page is being reloaded: the session goes on in the reloaded page (cmi5 best practice #17),
   * so no `terminated` now; what is pending leaves with `fetch` keepalive (the outbox does it on page
   * hide), the reloaded page reuses the token and sends no second `initialized`.
   */
  suspend(): void {
    if (this.state === 'open') this.writeSessionRecord({ ...this.sessionRecord(), suspendedAt: Date.now() });
  }

  private isDefined(statement: Statement): boolean {
    const category = statement.context?.contextActivities?.category ?? [];
    return category.some((activity) => activity.id === CATEGORIES.cmi5);
  }

  /** completed once per registration; passed once per registration; at most one of passed/failed per session. */
  private judge(final: boolean): void {
    const sent = this.registrationRecord();
    const { outcome } = this;
    const duration = { duration: isoDuration(Date.now() - this.initializedAt) };
    if (outcome.completed && !sent.completed) {
      this.sendDefined(VERBS.completed, { ...duration, completion: true });
      this.writeRegistrationRecord({ ...sent, completed: true });
    }
    if (sent.passed || this.sessionVerbs.has(VERBS.passed.id) || this.sessionVerbs.has(VERBS.failed.id)) return;
    const mastery = this.launchData?.masteryScore;
    const scaled = outcome.scaled;
    let verdict = outcome.success;
    if (mastery !== undefined) {
      const ready = verdict !== undefined || outcome.completed || final;
      verdict = scaled !== undefined && ready ? (scaled >= mastery ? 'passed' : 'failed') : undefined;
    }
    if (verdict === 'failed' && !(final || outcome.completed)) return; // a retry may still pass
    if (!verdict) return;
    const result: Result = { ...duration, success: verdict === 'passed' };
    if (scaled !== undefined) result.score = { scaled: Math.round(Math.max(0, Math.min(1, scaled)) * 10000) / 10000 };
    this.sendDefined(verdict === 'passed' ? VERBS.passed : VERBS.failed, result);
    if (verdict === 'passed') this.writeRegistrationRecord({ ...this.registrationRecord(), passed: true });
  }

  /** A cmi5-defined statement on the launch activity, through the tracker (DOM event, local store, this sink). */
  private sendDefined(verb: VerbDef, result?: Result): void {
    const category: Activity[] = [{ id: CATEGORIES.cmi5 }];
    if (result && ('success' in result || 'completion' in result)) category.push({ id: CATEGORIES.moveOn });
    const mastery = this.launchData?.masteryScore;
    const judged = verb === VERBS.passed || verb === VERBS.failed;
    const partial: PartialStatement = {
      verb: { id: verb.id, display: { ...verb.display } },
      object: { objectType: 'Activity', id: this.launch.activityId },
      context: {
        contextActivities: { category },
        ...(judged && mastery !== undefined ? { extensions: { [EXTENSIONS.cmi5.masteryScore]: mastery } } : {}),
      },
    };
    if (result) partial.result = result;
    this.sessionVerbs.add(verb.id);
    this.tracker!.send(partial, this.options.target);
  }

  // Small records in sessionStorage (this session) and localStorage (this registration).
  private get sessionKey() {
    return `spoc-elements:cmi5-session:${this.launch.fetch}`;
  }

  private get registrationKey() {
    return `spoc-elements:cmi5:${this.launch.registration}:${this.launch.activityId}`;
  }

  private sessionRecord(): SessionRecord {
    return read(sessionStorage, this.sessionKey);
  }

  private writeSessionRecord(record: SessionRecord): void {
    write(sessionStorage, this.sessionKey, record);
  }

  private registrationRecord(): Sent {
    return read(localStorage, this.registrationKey);
  }

  private writeRegistrationRecord(record: Sent): void {
    write(localStorage, this.registrationKey, record);
  }
}

function read<T extends object>(storage: Storage, key: string): T {
  try {
    return (JSON.parse(storage.getItem(key) ?? '{}') as T) ?? ({} as T);
  } catch {
    return {} as T;
  }
}

function write(storage: Storage, key: string, value: object): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // storage blocked: the LMS still has the statements
  }
}
