/**
 * The durable queue between the tracker and an LRS: a statement is written to IndexedDB before
 * anything is sent and removed only once the LRS has acknowledged it. Batches go out as one POST;
 * ids are made by the client, so a retry never creates a duplicate.
 *
 * Answers: network error, timeout, 5xx, 429 → retry with exponential backoff and jitter, honouring
 * `Retry-After`; 409 → already stored (a batch is split first so a new statement is never counted
 * by a stored one); 400 → split the batch to isolate the statement(s) the LRS rejects, set them
 * aside as dead letters with the LRS's message, deliver the rest; 401/403 → stop, keep everything,
 * report once, resume on `setCredentials`; 413 → halve the batch. Flushes on `online`, when the page
 * is hidden and on `pagehide` (`fetch` keepalive, bodies under 64 KB). Tabs share one queue: a Web
 * Lock lets one flush at a time.
 */
import { createStore, del, delMany, entries, set, type UseStore } from 'idb-keyval';
import { LrsError, type LrsClient } from './lrs-client.js';
import type { Statement } from './statement.js';
import type { Sink } from './tracker.js';

export interface DeadLetter {
  statement: Statement;
  /** The LRS's status and error text. */
  status: number;
  error: string;
  at: string;
}

export interface OutboxProblem {
  code: 'lrs-rejected' | 'lrs-unauthorized' | 'lrs-unreachable';
  message: string;
  statementId?: string;
}

export interface OutboxStatus {
  queued: number;
  deadLetters: number;
  paused: boolean;
  lastError: string | undefined;
}

export interface OutboxOptions {
  client: LrsClient;
  /** Separates queues (one per LRS endpoint by default). */
  name?: string;
  /** Statements per POST (default 50: measured, see README "Performance"). */
  batchSize?: number;
  /** Milliseconds to gather statements before a POST (default 250). */
  delay?: number;
  /** First retry delay and the cap, in milliseconds (defaults 1 000 and 60 000). */
  backoff?: { base: number; max: number };
  random?: () => number;
  onProblem?: (problem: OutboxProblem) => void;
  /** Called when the queue becomes empty after a delivery. */
  onDrained?: () => void;
  /** Listen to `online` / `visibilitychange` / `pagehide` (default true). */
  autoFlush?: boolean;
}

const KEEPALIVE_LIMIT = 60 * 1024; // the browser refuses keepalive bodies over 64 KB in flight

export class Outbox implements Sink {
  readonly name = 'lrs-outbox';
  /** An LRS stores any actor's statements (anonymous survey answers too). */
  readonly anyActor = true;
  private readonly client: LrsClient;
  private readonly queue: UseStore;
  private readonly dead: UseStore;
  private readonly lockName: string;
  private batchSize: number;
  private readonly options: OutboxOptions;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private paused = false;
  private lastError: string | undefined;
  private flushing: Promise<void> | undefined;
  private counter = 0;
  /** Statements written but not yet confirmed, for the synchronous page-hide delivery. */
  private readonly pending = new Map<string, Statement>();
  private readonly listeners: Array<[EventTarget, string, EventListener]> = [];

  constructor(options: OutboxOptions) {
    this.options = options;
    this.client = options.client;
    const name = options.name ?? `spoc-elements-outbox:${options.client.endpoint}`;
    this.queue = createStore(`${name}`, 'queue');
    this.dead = createStore(`${name}:dead`, 'dead');
    this.lockName = `lock:${name}`;
    this.batchSize = options.batchSize ?? 50;
    if (options.autoFlush !== false && typeof window !== 'undefined') {
      this.listen(window, 'online', () => void this.flush());
      this.listen(document, 'visibilitychange', () => {
        if (document.visibilityState === 'hidden') this.flushKeepalive();
      });
      this.listen(window, 'pagehide', () => this.flushKeepalive());
    }
    // A reload in the middle of a failure: whatever is still queued goes out.
    this.schedule(0);
  }

  private listen(target: EventTarget, type: string, listener: EventListener): void {
    target.addEventListener(type, listener);
    this.listeners.push([target, type, listener]);
  }

  /** Stops listening and scheduling (the queue stays in IndexedDB). */
  dispose(): void {
    for (const [target, type, listener] of this.listeners) target.removeEventListener(type, listener);
    if (this.timer) clearTimeout(this.timer);
  }

  /** Sink: keeps the statement durably, then schedules a batch. */
  async accept(statement: Statement): Promise<void> {
    // Keys sort in arrival order: time, then a counter for statements of the same millisecond.
    const key = `${Date.now().toString().padStart(15, '0')}:${String(this.counter++).padStart(6, '0')}:${statement.id}`;
    this.pending.set(statement.id, statement);
    await set(key, statement, this.queue);
    this.schedule(this.options.delay ?? 250);
  }

  /** New credentials (after a 401/403): resumes sending. */
  setCredentials(auth: string | undefined): void {
    this.client.setAuth(auth);
    this.paused = false;
    this.attempt = 0;
    this.schedule(0);
  }

  async status(): Promise<OutboxStatus> {
    const [queued, dead] = await Promise.all([entries(this.queue), entries(this.dead)]);
    return { queued: queued.length, deadLetters: dead.length, paused: this.paused, lastError: this.lastError };
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
    for (const { statement } of letters) {
      await this.accept(statement);
      await del(statement.id, this.dead);
    }
    if (letters.length) void this.flush();
    return letters.length;
  }

  private schedule(delay: number): void {
    if (this.paused) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** Sends everything queued (one tab at a time); resolves when done or waiting to retry. */
  flush(): Promise<void> {
    this.flushing ??= this.withLock(() => this.drain()).finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async withLock(task: () => Promise<void>): Promise<void> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return task();
    await locks.request(this.lockName, task);
  }

  private async drain(): Promise<void> {
    let delivered = false;
    while (!this.paused) {
      // One read of the queue per pass (not per batch: a long queue would be read again and again).
      const queued = (await entries<string, Statement>(this.queue)).sort(([a], [b]) => (a < b ? -1 : 1));
      if (!queued.length) {
        if (delivered) this.options.onDrained?.();
        return;
      }
      for (let start = 0; start < queued.length && !this.paused; ) {
        const batch = queued.slice(start, start + this.batchSize);
        if ((await this.send(batch)) === 'retry') {
          this.attempt += 1;
          return;
        }
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

  private async remove(batch: Array<[string, Statement]>): Promise<void> {
    await delMany(batch.map(([key]) => key), this.queue);
    for (const [, statement] of batch) this.pending.delete(statement.id);
  }

  /** One batch: 'ok' when every statement is settled (stored, or set aside), 'retry' otherwise. */
  private async send(batch: Array<[string, Statement]>): Promise<'ok' | 'retry'> {
    try {
      await this.client.postStatements(batch.map(([, s]) => s));
      await this.remove(batch);
      this.lastError = undefined;
      return 'ok';
    } catch (caught) {
      const error = caught instanceof LrsError ? caught : new LrsError(0, String(caught));
      this.lastError = error.message;
      if ((error.status === 400 || error.status === 409 || error.status === 413) && batch.length > 1) {
        if (error.status === 413) this.batchSize = Math.max(1, Math.floor(batch.length / 2));
        const middle = Math.ceil(batch.length / 2);
        for (const half of [batch.slice(0, middle), batch.slice(middle)]) {
          if ((await this.send(half)) === 'retry') return 'retry';
        }
        return 'ok';
      }
      if (error.status === 409) {
        await this.remove(batch); // this id is already stored: delivered
        return 'ok';
      }
      if (error.status === 400 || error.status === 413) {
        const [[key, statement]] = batch as [[string, Statement]];
        await set(statement.id, { statement, status: error.status, error: error.detail, at: new Date().toISOString() } satisfies DeadLetter, this.dead);
        await this.remove([[key, statement]]);
        this.options.onProblem?.({ code: 'lrs-rejected', message: error.detail, statementId: statement.id });
        return 'ok';
      }
      if (error.status === 401 || error.status === 403) {
        this.paused = true;
        this.options.onProblem?.({ code: 'lrs-unauthorized', message: error.message });
        return 'retry';
      }
      if (this.attempt === 0) this.options.onProblem?.({ code: 'lrs-unreachable', message: error.message });
      this.schedule(this.backoff(error));
      return 'retry';
    }
  }

  /**
   * The page is going away: what is still pending goes out with `fetch` keepalive, in bodies under
   * the browser's 64 KB limit. Nothing is removed here; the next page load confirms (409 = stored).
   */
  private flushKeepalive(): void {
    if (this.paused || !this.pending.size) return;
    let chunk: Statement[] = [];
    let size = 2;
    const post = () => {
      if (chunk.length) void this.client.postStatements(chunk, { keepalive: true }).catch(() => undefined);
      chunk = [];
      size = 2;
    };
    for (const statement of this.pending.values()) {
      const length = JSON.stringify(statement).length + 1;
      if (size + length > KEEPALIVE_LIMIT) post();
      chunk.push(statement);
      size += length;
    }
    post();
  }
}
