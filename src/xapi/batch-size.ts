/**
 * How many queued statements go in the outbox's next POST. The first goes at the configured size
 * (a probe: an LRS with a small body limit answers 413 to a small batch, not a huge one); once the
 * LRS accepted a full batch, the next take up to `MAX_BATCH_STATEMENTS` statements and
 * `MAX_BATCH_BYTES` of JSON body, so a long queue goes out in few large POSTs (doubling from 50
 * took four smaller POSTs first: measured 10% slower over 10,000 statements). A 413 halves it and
 * stops the growth until `resizeAfter` has passed; then the configured size is tried again.
 */
import type { Statement } from './statement.js';

/** The most statements per POST (the xAPI batch size many LRSs document as their limit). */
export const MAX_BATCH_STATEMENTS = 500;
/** The largest JSON body per POST, in bytes (UTF-8). */
export const MAX_BATCH_BYTES = 1024 * 1024;

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length; // one byte per UTF-16 unit, plus:
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: two units, four bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}

// A statement's JSON is made once, however many times its batch is measured or sent again.
const json = new WeakMap<Statement, string>();
export function jsonOf(statement: Statement): string {
  let text = json.get(statement);
  if (text === undefined) json.set(statement, (text = JSON.stringify(statement)));
  return text;
}

/** The POST body of a batch (an array of statements), from the statements' cached JSON. */
export const batchBody = (batch: ReadonlyArray<readonly [string, Statement]>): string => `[${batch.map(([, s]) => jsonOf(s)).join(',')}]`;

export class BatchSize {
  /** Statements in the next batch. */
  size: number;
  /** When a 413 last made batches smaller (epoch ms); 0 when none did. */
  private shrunkAt = 0;

  constructor(
    /** The configured (starting) size. */
    private readonly start: number,
    private readonly resizeAfter: number,
    private readonly maxBytes = MAX_BATCH_BYTES,
  ) {
    this.size = start;
  }

  /** The configured size comes back once `resizeAfter` has passed since a 413. */
  restore(now = Date.now()): void {
    if (this.shrunkAt && now - this.shrunkAt >= this.resizeAfter) {
      this.shrunkAt = 0;
      this.size = this.start;
    }
  }

  /** The next batch of `queued` from `from`: at most `size` statements and `maxBytes` of body (one at least). */
  take<E extends readonly [string, Statement]>(queued: readonly E[], from: number): E[] {
    let bytes = 1; // the brackets, then one comma per statement
    let end = from;
    const last = Math.min(queued.length, from + this.size);
    while (end < last) {
      const length = utf8Length(jsonOf(queued[end]![1])) + 1;
      if (end > from && bytes + length > this.maxBytes) break;
      bytes += length;
      end++;
    }
    return queued.slice(from, end);
  }

  /** The LRS accepted a batch of `count`: after a full one the next may be as large as allowed (unless a 413 holds it down). */
  accepted(count: number): void {
    if (count >= this.size && !this.shrunkAt) this.size = Math.max(this.size, MAX_BATCH_STATEMENTS);
  }

  /** A 413 for a batch of `count`: half of it from now on. */
  shrink(count: number): void {
    this.size = Math.max(1, Math.min(this.size, Math.floor(count / 2)));
    this.shrunkAt = Date.now();
  }
}
