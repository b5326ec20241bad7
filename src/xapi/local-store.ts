/**
 * The embedded record store: every statement the learner makes, kept in IndexedDB (through
 * idb-keyval) so progress and certificates work on a static page with no server, across reloads.
 * It also keeps small state documents (resume data), keyed like the xAPI State resource.
 */
import { createStore, entries, get, set, setMany, del, type UseStore } from 'idb-keyval';
import { agentKey } from './actor.js';
import type { Activity, Agent, Statement } from './statement.js';
import { isActivity } from './statement.js';

export interface StatementQuery {
  /** Only statements whose actor has this identifier. */
  agent?: Agent;
  /** Verb IRI. */
  verb?: string;
  /** Object activity id; with `relatedActivities`, also context activities. */
  activity?: string;
  relatedActivities?: boolean;
  registration?: string;
  /** ISO timestamps (exclusive `since`, inclusive `until`), compared with the statement's `timestamp`. */
  since?: string;
  until?: string;
  limit?: number;
  /** Newest first when `false` (the default is oldest first). */
  ascending?: boolean;
}

export interface StateKey {
  activityId: string;
  agent: Agent;
  registration?: string | undefined;
  stateId: string;
}

const DATABASE = 'spoc-elements';

function relatesTo(statement: Statement, activity: string): boolean {
  if (isActivity(statement.object) && statement.object.id === activity) return true;
  const groups = statement.context?.contextActivities;
  return !!groups && Object.values(groups).some((list: Activity[] | undefined) => list?.some((a) => a.id === activity));
}

/** Whether a statement passes a query's filters (shared with the progress model). */
export function matchesQuery(statement: Statement, query: StatementQuery): boolean {
  if (query.agent && agentKey(statement.actor) !== agentKey(query.agent)) return false;
  if (query.verb && statement.verb.id !== query.verb) return false;
  if (query.registration && statement.context?.registration !== query.registration) return false;
  if (query.since && statement.timestamp <= query.since) return false;
  if (query.until && statement.timestamp > query.until) return false;
  if (query.activity) {
    if (query.relatedActivities) return relatesTo(statement, query.activity);
    return isActivity(statement.object) && statement.object.id === query.activity;
  }
  return true;
}

/** Told of statements saved in this store, by this page or by another tab of the same origin. */
export type StoreListener = (statements: Statement[]) => void;

export class LocalStore {
  private readonly statements: UseStore;
  private readonly states: UseStore;
  private readonly channelName: string;
  private channel: BroadcastChannel | undefined;
  private readonly listeners = new Set<StoreListener>();

  /** `name` separates stores (tests use their own); the default is shared by the whole origin. */
  constructor(name = DATABASE) {
    // idb-keyval opens one object store per database.
    this.statements = createStore(`${name}-statements`, 'statements');
    this.states = createStore(`${name}-state`, 'state');
    this.channelName = `spoc-elements:${name}`;
  }

  /** Keeps statements by id (a statement id always names the same content, so a re-save is harmless). */
  async save(statements: Statement | Statement[]): Promise<void> {
    const list = Array.isArray(statements) ? statements : [statements];
    await setMany(list.map((statement) => [statement.id, statement]), this.statements);
    this.notify(list);
    this.openChannel()?.postMessage(list);
  }

  /**
   * Listens to statements saved from now on, here or in another tab (BroadcastChannel), so a
   * progress view moves when the learner completes something in another window. Returns the
   * unsubscribe function.
   */
  subscribe(listener: StoreListener): () => void {
    this.openChannel();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A failing listener is reported to the page, never to the element that saved. */
  private notify(statements: Statement[]): void {
    for (const listener of this.listeners) {
      try {
        listener(statements);
      } catch (error) {
        globalThis.reportError?.(error);
      }
    }
  }

  private openChannel(): BroadcastChannel | undefined {
    if (!this.channel && typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(this.channelName);
      this.channel.onmessage = (event: MessageEvent<Statement[]>) => {
        if (Array.isArray(event.data)) this.notify(event.data);
      };
    }
    return this.channel;
  }

  async get(id: string): Promise<Statement | undefined> {
    return get<Statement>(id, this.statements);
  }

  /** Statements matching every given filter, ordered by timestamp. */
  async query(query: StatementQuery = {}): Promise<Statement[]> {
    const all = await entries<string, Statement>(this.statements);
    const found = all.map(([, statement]) => statement).filter((statement) => matchesQuery(statement, query));
    found.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
    if (query.ascending === false) found.reverse();
    return query.limit ? found.slice(0, query.limit) : found;
  }

  async getState<T = unknown>(key: StateKey): Promise<T | undefined> {
    return get<T>(stateKey(key), this.states);
  }

  async setState(key: StateKey, document: unknown): Promise<void> {
    await set(stateKey(key), document, this.states);
  }

  async deleteState(key: StateKey): Promise<void> {
    await del(stateKey(key), this.states);
  }
}

const stateKey = (key: StateKey) =>
  JSON.stringify([key.activityId, agentKey(key.agent), key.registration ?? '', key.stateId]);
