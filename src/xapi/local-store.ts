/**
 * The embedded record store: every statement the learner makes, kept in IndexedDB (through
 * idb-keyval) so progress and certificates work on a static page with no server, across reloads.
 * It also keeps small state documents (resume data), keyed like the xAPI State resource, and, in
 * the same database as the statements, the queue of an LRS outbox that shares it: a course page
 * writes a statement and its queue entry in one transaction (`saveAndQueue`).
 */
import { createStore, get, set, setMany, del, type UseStore } from 'idb-keyval';
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
const STATEMENTS = 'statements';
const OUTBOX = 'outbox';
/**
 * Version 2 added the `outbox` object store beside `statements`; version 3 an index of the
 * statements by registration, so a course reads its learner's records without reading every
 * record of the origin (a returning learner of several courses has thousands).
 */
const VERSION = 3;
const BY_REGISTRATION = 'registration';

/**
 * One database, opened with its object stores (idb-keyval opens one store per database): the
 * connection closes itself when another page upgrades the database, and reopens when next used.
 */
class Database {
  private connection: Promise<IDBDatabase> | undefined;

  constructor(
    private readonly name: string,
    private readonly stores: readonly string[],
    private readonly version: number,
    /** `[store, index, keyPath]`: made on upgrade when missing. */
    private readonly indexes: ReadonlyArray<readonly [string, string, string]> = [],
  ) {}

  open(): Promise<IDBDatabase> {
    this.connection ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(this.name, this.version);
      let gaveUp = false;
      request.onupgradeneeded = () => {
        for (const store of this.stores) if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
        // The records already there are indexed by the upgrade itself.
        for (const [store, index, keyPath] of this.indexes) {
          const objectStore = request.transaction!.objectStore(store);
          if (!objectStore.indexNames.contains(index)) objectStore.createIndex(index, keyPath);
        }
      };
      request.onsuccess = () => {
        const db = request.result;
        if (gaveUp) return db.close();
        db.onversionchange = () => {
          db.close();
          this.connection = undefined;
        };
        resolve(db);
      };
      request.onerror = () => {
        this.connection = undefined;
        reject(request.error);
      };
      // The upgrade waits for another page (an older copy of the library) to close the database:
      // after a while this call fails (reported, never hanging an element) and the next one tries again.
      request.onblocked = () => {
        setTimeout(() => {
          if (request.readyState === 'done') return;
          gaveUp = true;
          this.connection = undefined;
          reject(new Error(`IndexedDB "${this.name}" is held open by another page`));
        }, 3000);
      };
    });
    return this.connection;
  }

  /** An idb-keyval store over one object store of this database. */
  store(name: string): UseStore {
    return (mode, callback) => this.open().then((db) => callback(db.transaction(name, mode).objectStore(name)));
  }

  /** One read-write transaction over several object stores; resolves when it has committed. */
  async write(names: string[], work: (stores: Record<string, IDBObjectStore>) => void): Promise<void> {
    const db = await this.open();
    const transaction = db.transaction(names, 'readwrite');
    work(Object.fromEntries(names.map((name) => [name, transaction.objectStore(name)])));
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  }

  /** Every value of `name`, or those whose `index` is `key`. */
  async values<T>(name: string, index?: { name: string; key: IDBValidKey }): Promise<T[]> {
    const db = await this.open();
    const store = db.transaction(name, 'readonly').objectStore(name);
    return request((index ? store.index(index.name).getAll(IDBKeyRange.only(index.key)) : store.getAll()) as IDBRequest<T[]>);
  }

  /** How many keys start with `prefix`. */
  async count(name: string, prefix: string): Promise<number> {
    const db = await this.open();
    return request(db.transaction(name, 'readonly').objectStore(name).count(IDBKeyRange.bound(prefix, `${prefix}\uffff`)));
  }

  /** Every `[key, value]` whose key starts with `prefix`, in key order. */
  async entriesWithPrefix<T>(name: string, prefix: string): Promise<Array<[string, T]>> {
    const db = await this.open();
    const store = db.transaction(name, 'readonly').objectStore(name);
    const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
    const [keys, values] = await Promise.all([request(store.getAllKeys(range)), request(store.getAll(range))]);
    return keys.map((key, i) => [String(key), values[i] as T]);
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The queue entries of one outbox in the shared `outbox` object store: `<queue>\u0001<key>`. */
const queueKey = (queue: string, key: string) => `${queue}\u0001${key}`;

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
  private readonly database: Database;

  constructor(name = DATABASE) {
    this.database = new Database(`${name}-statements`, [STATEMENTS, OUTBOX], VERSION, [[STATEMENTS, BY_REGISTRATION, 'context.registration']]);
    this.statements = this.database.store(STATEMENTS);
    this.states = createStore(`${name}-state`, 'state');
    this.channelName = `spoc-elements:${name}`;
  }

  /** Keeps statements by id (a statement id always names the same content, so a re-save is harmless). */
  async save(statements: Statement | Statement[]): Promise<void> {
    const list = Array.isArray(statements) ? statements : [statements];
    await setMany(list.map((statement) => [statement.id, statement]), this.statements);
    this.saved(list);
  }

  /**
   * Keeps a statement and puts it in an outbox's queue (`queue`, under `key`) in one transaction:
   * what a course page with an LRS writes for each statement.
   */
  async saveAndQueue(statement: Statement, queue: string, key: string): Promise<void> {
    await this.saveAndQueueMany(queue, [{ key, statement }]);
  }

  /**
   * Several queue entries in one transaction; each is also kept as a record unless `record` is
   * `false` (a dead letter sent again is a record already).
   */
  async saveAndQueueMany(queue: string, list: ReadonlyArray<{ key: string; statement: Statement; record?: boolean }>): Promise<void> {
    if (!list.length) return;
    await this.database.write([STATEMENTS, OUTBOX], (stores) => {
      for (const { key, statement, record } of list) {
        if (record !== false) stores[STATEMENTS]!.put(statement, statement.id);
        stores[OUTBOX]!.put(statement, queueKey(queue, key));
      }
    });
    const kept = list.filter(({ record }) => record !== false).map(({ statement }) => statement);
    if (kept.length) this.saved(kept);
  }

  /** How many entries an outbox queue holds (a count: the statements are not read). */
  async queuedCount(queue: string): Promise<number> {
    return this.database.count(OUTBOX, queueKey(queue, ''));
  }

  /** An outbox queue kept in this store's database (see `saveAndQueue`), in key order. */
  async queued(queue: string): Promise<Array<[string, Statement]>> {
    const prefix = queueKey(queue, '');
    return (await this.database.entriesWithPrefix<Statement>(OUTBOX, prefix)).map(([key, statement]) => [key.slice(prefix.length), statement]);
  }

  /** Puts statements in an outbox queue (without keeping them as records: a retried dead letter). */
  async queue(queue: string, entries: Array<[string, Statement]>): Promise<void> {
    await this.database.write([OUTBOX], (stores) => {
      for (const [key, statement] of entries) stores[OUTBOX]!.put(statement, queueKey(queue, key));
    });
  }

  /** Removes entries from an outbox queue (delivered, or set aside). */
  async unqueue(queue: string, keys: string[]): Promise<void> {
    if (!keys.length) return;
    await this.database.write([OUTBOX], (stores) => {
      for (const key of keys) stores[OUTBOX]!.delete(queueKey(queue, key));
    });
  }

  private saved(list: Statement[]): void {
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
    // With a registration, only its records are read (the index); the other filters apply to those.
    const candidates = await this.database.values<Statement>(STATEMENTS, query.registration ? { name: BY_REGISTRATION, key: query.registration } : undefined);
    const found = candidates.filter((statement) => matchesQuery(statement, query));
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
