/**
 * The durable queue between the tracker and an LRS: a statement is written to IndexedDB before
 * anything is sent and removed only once the LRS has acknowledged it. Batches go out as one POST;
 * ids are made by the client, so a retry never creates a duplicate.
 *
 * Answers: network error, timeout, 5xx, 429 → retry with exponential backoff and jitter, honouring
 * `Retry-After` (a new statement never shortens that wait: it only joins the next batch);
 * 409 → the LRS already has some of these ids: one query asks which, those are confirmed and the
 * rest is sent again (a batch is split only when the LRS cannot be asked); 400 → split the batch to
 * isolate the statement(s) the LRS rejects, set them aside as dead letters with the LRS's message,
 * deliver the rest; 401/403 → stop, keep everything, report once, resume on `setCredentials`;
 * 413 → halve the batch, send the rest at the new size, and try the configured size again after
 * `resizeAfter`. `lrs-unreachable` is reported once per outage (until a delivery succeeds).
 *
 * Batching: statements gather for `delay` ms after the last one, but never more than `maxDelay`
 * after the first one waiting. Statements accepted in the same task are written in one IndexedDB
 * transaction; the first POST takes `batchSize` statements and, once the LRS accepted a full one,
 * the next take up to 500 statements or 1 MB of JSON (see batch-size.ts). Batches leave one after the
 * other in queue order, so the LRS stores each session's statements in order. The queue is kept in
 * memory too: it is read from IndexedDB once per flush (other tabs' statements included), not per batch. Flushes on `online`, when the page is hidden and on `pagehide`
 * (`fetch` keepalive, bodies under 64 KB, one after the other so the LRS stores them in order;
 * statements another tab already delivered are not sent again). Tabs share one queue: a Web Lock
 * lets one flush at a time.
 */
import { createStore, del, delMany, entries, promisifyRequest, set, setMany, type UseStore } from 'idb-keyval';
import { BatchSize, batchBody, jsonOf, utf8Length } from './batch-size.js';
import type { LocalStore } from './local-store.js';
import { LrsError, type LrsClient } from './lrs-client.js';
import type { Statement } from './statement.js';
import type { Sink } from './tracker.js';
import { WriteGroup } from './write-group.js';

export interface DeadLetter {
  statement: Statement;
  /** The LRS's status and error text. */
  status: number;
  error: string;
  at: string;
}

export interface OutboxProblem {
  code: 'lrs-rejected' | 'lrs-unauthorized' | 'lrs-unreachable';
  /** Technical text (status and the LRS's answer or the network error). */
  message: string;
  /** The LRS's own error text, for `lrs-rejected`. */
  lrsMessage?: string;
  statementId?: string;
}

export interface OutboxStatus {
  queued: number;
  /** Statements this page queued and has not seen delivered (by itself or another tab). */
  unconfirmed: number;
  deadLetters: number;
  paused: boolean;
  lastError: string | undefined;
}

export interface OutboxOptions {
  client: LrsClient;
  /** Separates queues (one per LRS endpoint by default). */
  name?: string;
  /**
   * Statements in the first POST (default 50); once the LRS accepted a full batch the next ones
   * take up to 500 statements or 1 MB of JSON.
   */
  batchSize?: number;
  /** Milliseconds to gather statements after the last one before a POST (default 250). */
  delay?: number;
  /** The longest a statement waits for its batch while others keep arriving, in ms (default 1 000). */
  maxDelay?: number;
  /** After a 413, milliseconds before the configured `batchSize` is tried again, and growth resumes (default 60 000). */
  resizeAfter?: number;
  /** First retry delay and the cap, in milliseconds (defaults 1 000 and 60 000). */
  backoff?: { base: number; max: number };
  random?: () => number;
  onProblem?: (problem: OutboxProblem) => void;
  /** Called when the queue becomes empty after a delivery. */
  onDrained?: () => void;
  /** Listen to `online` / `visibilitychange` / `pagehide` (default true). */
  autoFlush?: boolean;
  /**
   * The local store of the tracker this outbox serves: the queue then lives in the store's
   * database, and each statement is kept as a record and queued in one IndexedDB transaction (the
   * tracker leaves its own write of that statement to this sink).
   */
  store?: LocalStore | undefined;
}

/** A queue entry to write: kept as a record too unless `record` is false (a dead letter sent again). */
interface QueueWrite {
  key: string;
  statement: Statement;
  record: boolean;
}

const KEEPALIVE_LIMIT = 60 * 1024; // the browser refuses keepalive bodies over 64 KB in flight

const storeNames = (options: { name?: string | undefined; endpoint: string }) => {
  const name = options.name ?? `spoc-elements-outbox:${options.endpoint.endsWith('/') ? options.endpoint : `${options.endpoint}/`}`;
  return { name, queue: [name, 'queue'] as const, dead: [`${name}:dead`, 'dead'] as const };
};

/**
 * The statements an LRS refused (dead letters) of the outbox for `endpoint` (or the queue `name`),
 * read straight from IndexedDB: no `Outbox` (and no timer, no listener) is needed to look at them.
 */
export async function readDeadLetters(options: { endpoint: string; name?: string | undefined }): Promise<DeadLetter[]> {
  const { dead } = storeNames(options);
  return (await entries<string, DeadLetter>(createStore(...dead))).map(([, letter]) => letter);
}

export class Outbox implements Sink {
  readonly name = 'lrs-outbox';
  /** An LRS stores any actor's statements (anonymous survey answers too). */
  readonly anyActor = true;
  private readonly client: LrsClient;
  private readonly queue: UseStore;
  private readonly dead: UseStore;
  private readonly lockName: string;
  /** Set when statements are kept in this local store by this sink (see `OutboxOptions.store`). */
  readonly keeps: LocalStore | undefined;
  private readonly queueName: string;
  private readonly batchSize: BatchSize;
  /** Entries accepted in the same task share one IndexedDB transaction. */
  private readonly writes = new WriteGroup<QueueWrite>((list) => this.write(list));
  /**
   * The queue as this tab knows it (key → statement): read from IndexedDB at the start of a flush,
   * then kept up to date with this tab's own writes and deliveries (the flush holds the lock, so no
   * other tab delivers meanwhile).
   */
  private known = new Map<string, Statement>();
  private readonly options: OutboxOptions;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  /** Nothing is sent before this time (epoch ms): a backoff or the server's `Retry-After`. */
  private retryAt = 0;
  /** The wait was asked by the server (`Retry-After`): even `online` or page hide respect it. */
  private serverAsked = false;
  /** When the oldest statement not yet in a flush arrived (bounds the batching delay). */
  private waitingSince: number | undefined;
  private attempt = 0;
  private paused = false;
  /** `lrs-unreachable` was reported and no delivery has succeeded since. */
  private outage = false;
  private lastError: string | undefined;
  private flushing: Promise<void> | undefined;
  /** Delivered batches still being removed from IndexedDB. */
  private removing: Promise<void> = Promise.resolve();
  private keepalive: Promise<void> | undefined;
  private counter = 0;
  /** Statements written but not yet confirmed (by id, in arrival order, with their queue key), for the page-hide delivery. */
  private readonly pending = new Map<string, [string, Statement]>();
  /** Tells the other tabs on this queue which statements were delivered. */
  private readonly channel: BroadcastChannel | undefined;
  private readonly listeners: Array<[EventTarget, string, EventListener]> = [];

  constructor(options: OutboxOptions) {
    this.options = options;
    this.client = options.client;
    const { name, queue, dead } = storeNames({ name: options.name, endpoint: options.client.endpoint });
    this.queueName = name;
    this.keeps = options.store;
    this.queue = createStore(...queue);
    this.dead = createStore(...dead);
    this.lockName = `lock:${name}`;
    this.batchSize = new BatchSize(options.batchSize ?? 50, options.resizeAfter ?? 60_000);
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(`spoc-elements-outbox-delivered:${name}`);
      this.channel.onmessage = (event: MessageEvent<unknown>) => {
        if (Array.isArray(event.data)) this.delivered(new Set(event.data.map(String)));
      };
    }
    if (options.autoFlush !== false && typeof window !== 'undefined') {
      this.listen(window, 'online', () => {
        // The network is back: a wait for the network ends; a wait the server asked for does not.
        if (!this.serverAsked) this.retryAt = 0;
        this.schedule(0);
      });
      this.listen(document, 'visibilitychange', () => {
        if (document.visibilityState === 'hidden') this.flushKeepalive();
      });
      this.listen(window, 'pagehide', () => this.flushKeepalive());
    }
    // A reload in the middle of a failure: whatever is still queued goes out.
    this.resumed = this.moveQueue().then(() => this.flush());
  }

  /** Settles once what an earlier page left in the queue was sent (or waits for a retry). */
  readonly resumed: Promise<void>;

  private listen(target: EventTarget, type: string, listener: EventListener): void {
    target.addEventListener(type, listener);
    this.listeners.push([target, type, listener]);
  }

  /** Stops listening and scheduling (the queue stays in IndexedDB). */
  dispose(): void {
    this.disposed = true;
    for (const [target, type, listener] of this.listeners) target.removeEventListener(type, listener);
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.channel?.close();
  }

  /** Sink: keeps the statement durably (resolves once it is), then schedules a batch. */
  accept(statement: Statement): Promise<void> {
    return this.enqueue(statement);
  }

  // The queue, in the outbox's own database or in the local store's (shared) one.
  private queueEntries(): Promise<Array<[string, Statement]>> {
    return this.keeps ? this.keeps.queued(this.queueName) : entries<string, Statement>(this.queue);
  }

  private queueCount(): Promise<number> {
    return this.keeps ? this.keeps.queuedCount(this.queueName) : this.queue('readonly', (store) => promisifyRequest(store.count()));
  }

  /** The whole queue from IndexedDB into memory (statements accepted during the read land there too). */
  private async readQueue(): Promise<void> {
    const known = (this.known = new Map());
    for (const [key, statement] of await this.queueEntries()) known.set(key, statement);
  }

  private queueDelete(keys: string[]): Promise<void> {
    return this.keeps ? this.keeps.unqueue(this.queueName, keys) : delMany(keys, this.queue);
  }

  /** A queue left in the outbox's own database by an earlier version moves to the shared one. */
  private async moveQueue(): Promise<void> {
    if (!this.keeps) return;
    try {
      const left = await entries<string, Statement>(this.queue);
      if (!left.length) return;
      await this.keeps.queue(this.queueName, left.map(([key, statement]) => [String(key), statement]));
      await delMany(left.map(([key]) => key), this.queue);
    } catch {
      // the old queue stays where it is
    }
  }

  private keyFor(statement: Statement): string {
    // Keys sort in arrival order: time, then a counter for statements of the same millisecond.
    return `${Date.now().toString().padStart(15, '0')}:${String(this.counter++).padStart(6, '0')}:${statement.id}`;
  }

  private enqueue(statement: Statement, record = true): Promise<void> {
    this.waitingSince ??= Date.now();
    return this.writes.add({ key: this.keyFor(statement), statement, record });
  }

  /** One transaction for a task's entries (records and queue entries together); then a batch is scheduled. */
  private async write(list: QueueWrite[]): Promise<void> {
    if (!this.keeps) await setMany(list.map(({ key, statement }) => [key, statement]), this.queue);
    else await this.keeps.saveAndQueueMany(this.queueName, list);
    for (const { key, statement } of list) {
      this.known.set(key, statement);
      this.pending.set(statement.id, [key, statement]);
    }
    this.schedule(this.options.delay ?? 250);
  }

  /** New credentials (after a 401/403): resumes sending. */
  setCredentials(auth: string | undefined): void {
    this.client.setAuth(auth);
    this.paused = false;
    this.attempt = 0;
    this.retryAt = 0;
    this.serverAsked = false;
    this.schedule(0);
  }

  async status(): Promise<OutboxStatus> {
    const [queued, dead] = await Promise.all([this.queueCount(), entries(this.dead)]);
    return { queued, unconfirmed: this.pending.size, deadLetters: dead.length, paused: this.paused, lastError: this.lastError };
  }

  /** The statements the LRS refused, with its message. They are kept until retried or discarded. */
  async deadLetters(): Promise<DeadLetter[]> {
    return (await entries<string, DeadLetter>(this.dead)).map(([, letter]) => letter);
  }

  async discardDeadLetter(id: string): Promise<void> {
    await del(id, this.dead);
  }

  /**
   * Puts every dead letter back in the queue and sends (the LRS, or what stood between, was
   * fixed). A statement the LRS refuses again becomes a dead letter again. Returns how many.
   */
  async retryDeadLetters(): Promise<number> {
    const letters = (await this.deadLetters()).sort((a, b) => (a.statement.timestamp < b.statement.timestamp ? -1 : 1));
    await Promise.all(letters.map(({ statement }) => this.enqueue(statement, false))); // one transaction, in order
    await delMany(letters.map(({ statement }) => statement.id), this.dead);
    if (letters.length) void this.flush();
    return letters.length;
  }

  /**
   * Sets the one timer: `delay` from now, but no later than `maxDelay` after the oldest waiting
   * statement, and never before `retryAt` (a backoff or the server's `Retry-After`).
   */
  private schedule(delay: number): void {
    if (this.paused || this.disposed) return;
    const now = Date.now();
    let due = now + delay;
    if (this.waitingSince !== undefined) due = Math.min(due, this.waitingSince + (this.options.maxDelay ?? 1000));
    due = Math.max(due, this.retryAt);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, Math.max(0, due - now));
  }

  /**
   * Sends everything queued (one tab at a time); resolves when done or waiting to retry. An explicit
   * call sends at once, even during a backoff.
   */
  flush(): Promise<void> {
    this.flushing ??= this.withLock(() => this.drain()).finally(() => {
      this.flushing = undefined;
      // A retry timer that fired while this flush was still finishing (removing the last batches
      // from the queue) joined it instead of starting a new one: schedule that retry again.
      if (!this.timer && this.known.size && !this.paused) this.schedule(0);
    });
    return this.flushing;
  }

  private async withLock(task: () => Promise<void>): Promise<void> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return task();
    await locks.request(this.lockName, task);
  }

  private async drain(): Promise<void> {
    try {
      await this.drainQueue();
    } finally {
      const removing = this.removing;
      this.removing = Promise.resolve();
      await removing;
    }
  }

  private async drainQueue(): Promise<void> {
    let delivered = false;
    this.waitingSince = undefined;
    this.batchSize.restore();
    // Once per flush, unless the queue holds just as many entries as this tab knows of: what
    // other tabs queued is sent too. (A statement another tab delivered and this tab sends again is
    // harmless: ids are the statements' own, and a 409 confirms it.)
    if ((await this.queueCount()) !== this.known.size) await this.readQueue();
    while (!this.paused) {
      const queued = [...this.known].sort(([a], [b]) => (a < b ? -1 : 1));
      if (!queued.length) {
        // This tab's memory is empty; another tab may have queued meanwhile (a count, not a read).
        await this.removing;
        if ((await this.queueCount()) > 0) {
          await this.readQueue();
          if (this.known.size) continue;
        }
        if (delivered) this.options.onDrained?.();
        return;
      }
      for (let start = 0; start < queued.length && !this.paused; ) {
        const batch = this.batchSize.take(queued, start);
        if ((await this.send(batch)) === 'retry') {
          this.attempt += 1;
          return;
        }
        this.batchSize.accepted(batch.length);
        start += batch.length;
        delivered = true;
        this.attempt = 0;
      }
    }
  }

  private backoff(error: LrsError): number {
    if (error.retryAfter !== undefined) return error.retryAfter * 1000;
    const { base, max } = this.options.backoff ?? { base: 1000, max: 60_000 };
    const exponential = Math.min(max, base * 2 ** this.attempt);
    return exponential / 2 + (this.options.random ?? Math.random)() * (exponential / 2); // "equal jitter"
  }

  /** Removes delivered (or set aside) statements from the queue; tells the other tabs. */
  private async remove(batch: Array<[string, Statement]>): Promise<void> {
    if (!batch.length) return;
    for (const [key] of batch) this.known.delete(key);
    const ids = batch.map(([, statement]) => statement.id);
    for (const id of ids) this.pending.delete(id);
    await this.queueDelete(batch.map(([key]) => key));
    this.channel?.postMessage(ids);
  }

  /** Another tab delivered these statements: not sent again from here. */
  private delivered(ids: Set<string>): void {
    for (const id of ids) this.pending.delete(id);
    for (const [key, statement] of this.known) if (ids.has(statement.id)) this.known.delete(key);
  }

  /** The LRS answered: the outage (if any) is over. */
  private reached(): void {
    this.outage = false;
    this.retryAt = 0;
    this.serverAsked = false;
  }

  /**
   * Which of the batch's ids the LRS already has, with one query per registration (at most three);
   * `undefined` when it cannot be asked (then the batch is split).
   */
  private async storedIds(batch: Array<[string, Statement]>): Promise<Set<string> | undefined> {
    const groups = new Map<string, Statement[]>();
    for (const [, statement] of batch) {
      const registration = statement.context?.registration ?? '';
      groups.set(registration, [...(groups.get(registration) ?? []), statement]);
    }
    if (groups.size > 3) return undefined;
    const found = new Set<string>();
    try {
      for (const [registration, statements] of groups) {
        // `since` is compared with the LRS's `stored` time, which follows the statement's
        // `timestamp`; an hour covers a client clock running ahead.
        const oldest = statements.reduce((a, b) => (a.timestamp < b.timestamp ? a : b)).timestamp;
        const since = new Date(Date.parse(oldest) - 3_600_000).toISOString();
        const actor = statements[0]!.actor;
        const agent = actor.objectType === 'Group' ? {} : { agent: actor };
        const stored = await this.client.getStatements({ ...agent, ...(registration ? { registration } : {}), since, limit: 500 }, 5000);
        for (const statement of stored) found.add(statement.id);
      }
    } catch {
      return undefined;
    }
    return found;
  }

  /** One batch: 'ok' when every statement is settled (stored, or set aside), 'retry' otherwise. */
  private async send(batch: Array<[string, Statement]>, asked = false): Promise<'ok' | 'retry'> {
    try {
      await this.client.postJson(batchBody(batch));
      // The next batch leaves while these leave the queue (the flush waits for it before it ends).
      const before = this.removing;
      this.removing = Promise.all([before, this.remove(batch)]).then(() => undefined);
      this.lastError = undefined;
      this.reached();
      return 'ok';
    } catch (caught) {
      const error = caught instanceof LrsError ? caught : new LrsError(0, String(caught));
      this.lastError = error.message;
      if (error.status === 409 && batch.length > 1 && !asked) {
        // Some ids are stored already (a page-hide delivery, another tab): confirm those, send the rest.
        const stored = await this.storedIds(batch);
        if (stored?.size) {
          await this.remove(batch.filter(([, s]) => stored.has(s.id)));
          const rest = batch.filter(([, s]) => !stored.has(s.id));
          return rest.length ? this.send(rest, true) : 'ok';
        }
      }
      if (error.status === 413 && batch.length > 1) {
        // Smaller from now on (until `resizeAfter`): the rest goes at the new size too.
        this.batchSize.shrink(batch.length);
        for (let start = 0; start < batch.length; ) {
          const part = this.batchSize.take(batch, start);
          if ((await this.send(part)) === 'retry') return 'retry';
          start += part.length;
        }
        return 'ok';
      }
      if ((error.status === 400 || error.status === 409) && batch.length > 1) {
        const middle = Math.ceil(batch.length / 2);
        for (const half of [batch.slice(0, middle), batch.slice(middle)]) {
          if ((await this.send(half)) === 'retry') return 'retry';
        }
        return 'ok';
      }
      if (error.status === 409) {
        await this.remove(batch); // this id is already stored: delivered
        this.reached();
        return 'ok';
      }
      if (error.status === 400 || error.status === 413) {
        const [[key, statement]] = batch as [[string, Statement]];
        await set(statement.id, { statement, status: error.status, error: error.detail, at: new Date().toISOString() } satisfies DeadLetter, this.dead);
        await this.remove([[key, statement]]);
        this.reached();
        this.options.onProblem?.({ code: 'lrs-rejected', message: error.message, lrsMessage: error.detail, statementId: statement.id });
        return 'ok';
      }
      if (error.status === 401 || error.status === 403) {
        this.paused = true;
        this.options.onProblem?.({ code: 'lrs-unauthorized', message: error.message });
        return 'retry';
      }
      if (!this.outage) {
        this.outage = true;
        this.options.onProblem?.({ code: 'lrs-unreachable', message: error.message });
      }
      this.serverAsked = error.retryAfter !== undefined;
      this.retryAt = Date.now() + this.backoff(error);
      this.schedule(0);
      return 'retry';
    }
  }

  /**
   * The page is going away: what is still pending goes out with `fetch` keepalive, in bodies under
   * the browser's 64 KB limit, one after the other (the next leaves once the LRS stored the one
   * before, so the LRS stores them in order; what the page has no time left for waits in the queue
   * for the next visit). A chunk the LRS stored is removed from the queue when the page is still
   * there to hear it; otherwise the next load confirms it (the ids are the same). Nothing is sent
   * while the server asked to wait (`Retry-After`).
   */
  private flushKeepalive(): void {
    if (this.paused || this.keepalive || (this.serverAsked && Date.now() < this.retryAt)) return;
    const chunks: Array<Array<[string, Statement]>> = [];
    let chunk: Array<[string, Statement]> = [];
    let size = 2;
    for (const entry of this.pending.values()) {
      const length = utf8Length(jsonOf(entry[1])) + 1;
      if (size + length > KEEPALIVE_LIMIT && chunk.length) {
        chunks.push(chunk);
        chunk = [];
        size = 2;
      }
      chunk.push(entry);
      size += length;
    }
    if (chunk.length) chunks.push(chunk);
    if (!chunks.length) return;
    this.keepalive = (async () => {
      for (const entries of chunks) {
        // Delivered meanwhile by another tab or this tab's flush: not sent again.
        const left = entries.filter(([, statement]) => this.pending.has(statement.id));
        if (!left.length) continue;
        try {
          await this.client.postJson(batchBody(left), { keepalive: true });
        } catch (error) {
          this.lastError = error instanceof Error ? error.message : String(error);
          return; // the rest waits in the queue, in order
        }
        await this.remove(left).catch(() => undefined);
      }
    })().finally(() => (this.keepalive = undefined));
  }

  /** Resolves once a page-hide delivery in progress has ended (tests, a page that stays). */
  get keepaliveSettled(): Promise<void> {
    return this.keepalive ?? Promise.resolve();
  }
}
