/**
 * Writes handed in during one task go to IndexedDB together, in one transaction: a page that
 * queues 10 000 statements at once pays for one commit, not 10 000. Each caller's promise settles
 * when the write holding its item has committed (or failed), so "resolved" still means "durable".
 */
export class WriteGroup<T> {
  private items: T[] = [];
  private written: Promise<void> | undefined;

  constructor(private readonly write: (items: T[]) => Promise<void>) {}

  add(item: T): Promise<void> {
    this.items.push(item);
    // The group closes at the end of the current task (a microtask later): every `add` made
    // synchronously until then, e.g. by `Promise.all(list.map(accept))`, shares the write.
    this.written ??= Promise.resolve().then(() => {
      const items = this.items;
      this.items = [];
      this.written = undefined;
      return this.write(items);
    });
    return this.written;
  }
}
