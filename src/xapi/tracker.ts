/**
 * The tracker turns the partial statement an element reports into a complete xAPI statement
 * (id, timestamp, actor, registration, context) and fans it out: the `spoc-statement` DOM event,
 * then every configured sink (local store, LRS outbox, SCORM …). A failing sink never stops the
 * others and never throws into the element.
 */
import { uuid, timestamp } from './ids.js';
import type { LocalStore, StateKey } from './local-store.js';
import type { Activity, Agent, Context, ContextActivities, PartialStatement, Statement, XapiVersion } from './statement.js';
import { isActivity } from './statement.js';
import { PLATFORM } from './vocabulary.js';


/** How long a caller that cannot take a late document (no `onLate`) waits for the LRS State resource. */
export const REMOTE_STATE_WAIT_MS = 400;
/** Somewhere statements go. `accept` may be async; its rejection is reported, not thrown. */
export interface Sink {
  readonly name: string;
  /**
   * Also takes statements whose actor is not the tracker's learner (anonymous survey answers, see
   * `deliverAnonymous`): an LRS outbox does; an LMS bridge, which records everything as the
   * launched learner, does not.
   */
  readonly anyActor?: boolean;
  accept(statement: Statement): void | Promise<void>;
  /**
   * This sink also keeps each statement in this local store (an LRS outbox writing the record and
   * its queue entry in one transaction): the tracker then does not write it a second time.
   */
  readonly keeps?: LocalStore | undefined;
}

/**
 * Where resume documents are also kept, behind the local store: an LRS's State resource
 * (`lrsStateStore`). Its failures never reach an element: the local store is the first source.
 */
export interface RemoteStateStore {
  getState<T = unknown>(key: StateKey): Promise<T | undefined>;
  setState(key: StateKey, document: unknown): Promise<void>;
}

export interface TrackerOptions {
  actor: Agent;
  registration: string;
  /** RFC 5646 language of the content (context.language) when the element gives none. */
  language?: string | undefined;
  /** A context every statement starts from (cmi5's contextTemplate); its values are never overwritten. */
  contextTemplate?: Context | undefined;
  xapiVersion?: XapiVersion | undefined;
  /** The embedded store, when statements are kept locally (the default). */
  store?: LocalStore | undefined;
  sinks?: Sink[] | undefined;
  /** Called when a sink fails; defaults to a `spoc-error` event on the element that reported. */
  onSinkError?: ((error: unknown, sink: Sink, statement: Statement) => void) | undefined;
}

export type StateListener = (activityId: string, stateId: string, document: unknown) => void;

export const STATEMENT_EVENT = 'spoc-statement';

type ActivityList = Activity | Activity[] | undefined;
const asList = (value: ActivityList): Activity[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Template first, then the element's activities, without repeating an id. */
function mergeActivities(template: ContextActivities | undefined, own: ContextActivities | undefined): ContextActivities | undefined {
  const merged: ContextActivities = {};
  for (const key of ['parent', 'grouping', 'category', 'other'] as const) {
    const list: Activity[] = [];
    for (const activity of [...asList(template?.[key]), ...asList(own?.[key])]) {
      if (!list.some((a) => a.id === activity.id)) list.push(activity);
    }
    if (list.length) merged[key] = list;
  }
  return Object.keys(merged).length ? merged : undefined;
}

export class Tracker {
  readonly actor: Agent;
  readonly registration: string;
  readonly language: string | undefined;
  readonly xapiVersion: XapiVersion;
  readonly store: LocalStore | undefined;
  private contextTemplate: Context | undefined;
  private readonly sinks: Sink[];
  private readonly listeners = new Set<(statement: Statement) => void>();
  private remoteState: RemoteStateStore | undefined;
  private remoteWrites: Promise<void> = Promise.resolve();
  private readonly stateListeners = new Set<StateListener>();
  private readonly onSinkError: TrackerOptions['onSinkError'];
  private readonly storeSink: Sink | undefined;

  constructor(options: TrackerOptions) {
    this.actor = options.actor;
    this.registration = options.registration;
    this.language = options.language;
    this.xapiVersion = options.xapiVersion ?? '1.0.3';
    this.store = options.store;
    this.contextTemplate = options.contextTemplate;
    this.onSinkError = options.onSinkError;
    const store = options.store;
    // A sink that keeps the statement in this store itself (an LRS outbox, in one transaction) spares the second write.
    this.storeSink = store
      ? { name: 'local-store', accept: (statement) => (this.sinks.some((sink) => sink.keeps === store) ? undefined : store.save(statement)) }
      : undefined;
    this.sinks = [...(this.storeSink ? [this.storeSink] : []), ...(options.sinks ?? [])];
  }

  /** Adds a sink (an LRS outbox, a SCORM bridge …); returns a function that removes it. */
  addSink(sink: Sink): () => void {
    this.sinks.push(sink);
    return () => this.removeSink(sink);
  }

  removeSink(sink: Sink): void {
    const index = this.sinks.indexOf(sink);
    if (index >= 0) this.sinks.splice(index, 1);
  }

  /** Replaces the context template (a cmi5 launch learns it after the page started). */
  setContextTemplate(template: Context | undefined): void {
    this.contextTemplate = template;
  }

  /** Listens to every statement this tracker completes; returns the unsubscribe function. */
  subscribe(listener: (statement: Statement) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Reads a resume document (an element's saved state) for this learner and registration.
   * Kept in the local store; an LRS, when configured, adds its State resource behind this.
   *
   * With `onLate`, only the local store is waited for: when it has nothing, the element renders at
   * once from what it has and the LRS's document (another device's resume data) is handed to
   * `onLate` when it arrives — unless a document for the same key was saved here meanwhile (newer
   * local answers win; the LRS's copy is then not kept either). Without `onLate` (no way to take a
   * late answer), the LRS is given `REMOTE_STATE_WAIT_MS`.
   */
  async getState<T = unknown>(activityId: string, stateId: string, onLate?: (document: T) => void): Promise<T | undefined> {
    const key = this.stateKey(activityId, stateId);
    const remote = this.remoteState;
    // Saves made here while the LRS is asked (the listener is told synchronously, before any write).
    let savedHere = false;
    const stopWatching = remote
      ? this.subscribeState((savedActivity, savedState) => {
          if (savedActivity === activityId && savedState === stateId) savedHere = true;
        })
      : () => undefined;
    const local = await this.store?.getState<T>(key).catch(() => undefined);
    if (local !== undefined || !remote) {
      stopWatching();
      return local;
    }
    const fromRemote = remote.getState<T>(key).catch(() => undefined);
    /**
     * The LRS's document, unless a document for this key was saved here since the read began (by
     * this page: told synchronously; by another tab: found in the store); kept locally from now on
     * and handed over in the same turn as the last check, so a save after it is ordered after it.
     */
    const adopt = async (document: T | undefined, handOver?: (document: T) => void): Promise<T | undefined> => {
      const stored = document === undefined || savedHere ? undefined : await this.store?.getState<T>(key).catch(() => undefined);
      stopWatching();
      if (document === undefined || savedHere || stored !== undefined) return undefined;
      const kept = this.store?.setState(key, document).catch(() => undefined);
      handOver?.(document);
      await kept;
      return document;
    };
    if (onLate) {
      // An element failing to take it must not end in an unhandled rejection: it keeps what it has.
      void fromRemote.then((document) => adopt(document, onLate)).catch(() => undefined);
      return undefined;
    }
    const late = Symbol('late');
    const first = await Promise.race([fromRemote, new Promise<typeof late>((resolve) => setTimeout(() => resolve(late), REMOTE_STATE_WAIT_MS))]);
    if (first !== late) return adopt(first);
    void fromRemote.then((document) => adopt(document));
    return undefined;
  }

  /** Saves a resume document locally (awaited) and, with an LRS, to its State resource in the background, in order. */
  async setState(activityId: string, stateId: string, document: unknown): Promise<void> {
    for (const listener of this.stateListeners) listener(activityId, stateId, document);
    const key = this.stateKey(activityId, stateId);
    await this.store?.setState(key, document);
    const remote = this.remoteState;
    if (remote) this.remoteWrites = this.remoteWrites.then(() => remote.setState(key, document)).catch(() => undefined);
  }

  /** Keeps resume documents in a remote store too (an LRS's State resource); `undefined` stops it. */
  setRemoteState(remote: RemoteStateStore | undefined): void {
    this.remoteState = remote;
  }

  /** Resolves once every remote state write started so far has settled. */
  get remoteStateSettled(): Promise<void> {
    return this.remoteWrites;
  }

  /** Listens to every resume document saved through `setState` (an LMS bridge mirrors them). */
  subscribeState(listener: StateListener): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  private stateKey(activityId: string, stateId: string): StateKey {
    return { activityId, agent: this.actor, registration: this.registration, stateId };
  }

  /** Completes a partial statement with id, timestamp, actor and context (no side effect). */
  complete(partial: PartialStatement): Statement {
    const template = this.contextTemplate;
    const own = partial.context;
    const context: Context = {
      ...own,
      ...template,
      registration: template?.registration ?? own?.registration ?? this.registration,
    };
    const contextActivities = mergeActivities(template?.contextActivities, own?.contextActivities);
    if (contextActivities) context.contextActivities = contextActivities;
    else delete context.contextActivities;
    const extensions = { ...own?.extensions, ...template?.extensions };
    if (Object.keys(extensions).length) context.extensions = extensions;
    // `platform` and `revision` are only allowed when the object is an Activity.
    if (isActivity(partial.object)) context.platform ??= PLATFORM;
    const language = own?.language ?? this.language;
    if (language) context.language = language;

    const statement: Statement = {
      id: partial.id ?? uuid(),
      actor: partial.actor ?? this.actor,
      verb: partial.verb,
      object: partial.object,
      timestamp: partial.timestamp ?? timestamp(),
      context,
    };
    if (partial.result && Object.keys(partial.result).length) statement.result = partial.result;
    return statement;
  }

  /**
   * Completes and delivers a statement: `spoc-statement` on `target` (bubbles, composed), then
   * every sink. Returns the complete statement and a promise settled once every sink has it.
   */
  send(partial: PartialStatement, target?: EventTarget): { statement: Statement; delivered: Promise<void> } {
    const statement = this.complete(partial);
    target?.dispatchEvent(
      new CustomEvent(STATEMENT_EVENT, { bubbles: true, composed: true, detail: { statement } }),
    );
    for (const listener of this.listeners) listener(statement);
    return { statement, delivered: this.fanOut(statement, this.sinks, target) };
  }

  /** Hands a statement to each sink; a failing sink is reported and never stops the others. */
  private fanOut(statement: Statement, sinks: readonly Sink[], target: EventTarget | undefined): Promise<void> {
    return Promise.all(
      sinks.map(async (sink) => {
        try {
          await sink.accept(statement);
        } catch (error) {
          this.reportSinkError(error, sink, statement, target);
        }
      }),
    ).then(() => undefined);
  }

  /**
   * Delivers a statement that is complete as given (an anonymous survey answer): no actor,
   * registration, context template or language is added from the learner. It fires
   * `spoc-statement` on `target`, then goes to the local store and to the sinks that take any actor
   * (an LRS outbox), never to an LMS bridge; the tracker's subscribers, who follow the learner, are
   * not told.
   */
  deliverAnonymous(statement: Statement, target?: EventTarget): { statement: Statement; delivered: Promise<void> } {
    target?.dispatchEvent(new CustomEvent(STATEMENT_EVENT, { bubbles: true, composed: true, detail: { statement } }));
    const sinks = this.sinks.filter((sink) => sink === this.storeSink || sink.anyActor);
    return { statement, delivered: this.fanOut(statement, sinks, target) };
  }

  private reportSinkError(error: unknown, sink: Sink, statement: Statement, target: EventTarget | undefined): void {
    if (this.onSinkError) {
      this.onSinkError(error, sink, statement);
      return;
    }
    target?.dispatchEvent(
      new CustomEvent('spoc-error', {
        bubbles: true,
        composed: true,
        detail: { code: `sink-failed`, message: `${sink.name}: ${error instanceof Error ? error.message : String(error)}` },
      }),
    );
  }
}
