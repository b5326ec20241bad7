/**
 * Writes handed in during one task go to IndexedDB together: a page that queues 10 000 statements
 * at once pays for a few commits, not 10 000. A large group is written in chunks of `chunk`, one
 * transaction each, one after the other: the first chunk is durable (and can be sent) while the
 * next is being written, and a reader (the outbox's sender) is never stuck behind the whole group.
 * Each caller's promise settles when the transaction holding its item has committed (or failed),
 * so "resolved" still means "durable"; groups and chunks commit in the order they were handed in.
 */
export class WriteGroup<T> {
  private items: T[] = [];
  private group: Promise<void> | undefined;
  /** Where each chunk of the open group starts in `items`, and how to settle its callers. */
  private chunks: Array<{ start: number; resolve: () => void; reject: (error: unknown) => void }> = [];
  /** The last transaction started: the next one starts once it has settled. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    private readonly chunk = 500,
  ) {}

  add(item: T): Promise<void> {
    this.items.push(item);
    // The group closes at the end of the current task (a microtask later): every `add` made
    // synchronously until then, e.g. by `Promise.all(list.map(accept))`, shares it.
    if (this.group && (this.items.length - 1) % this.chunk !== 0) return this.group;
    if (!this.group) queueMicrotask(() => this.close());
    // A new chunk: its own promise, settled by its own transaction.
    const start = this.items.length - 1;
    this.group = new Promise<void>((resolve, reject) => this.chunks.push({ start, resolve, reject }));
    return this.group;
  }

  private close(): void {
    const [items, chunks] = [this.items, this.chunks];
    this.items = [];
    this.chunks = [];
    this.group = undefined;
    chunks.forEach(({ start, resolve, reject }, i) => {
      const part = items.slice(start, chunks[i + 1]?.start ?? items.length);
      this.tail = this.tail.then(() => this.write(part)).then(resolve, (error: unknown) => reject(error));
    });
  }
}
