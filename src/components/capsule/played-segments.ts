/**
 * What the learner truly watched: segments of continuous playback, in the order they happened
 * (the Video Profile's `played-segments`), and their union (for progress and completion, so seeking
 * to the end counts for nothing).
 */
export type Segment = [start: number, end: number];

/** Seconds with at most 3 decimals, as the Video Profile asks. */
export const round3 = (seconds: number) => Math.round(seconds * 1000) / 1000;

export class PlayedSegments {
  private readonly done: Segment[];
  private openStart: number | undefined;
  private openEnd = 0;

  constructor(previous: readonly Segment[] = []) {
    this.done = previous.map(([s, e]) => [s, e]);
  }

  /** Segments watched before these (a saved record read late): they come first. */
  prepend(previous: readonly Segment[]): void {
    this.done.unshift(...previous.map(([s, e]): Segment => [s, e]));
  }

  /** Playback starts (or resumes) at `time`. */
  start(time: number): void {
    this.close();
    this.openStart = time;
    this.openEnd = time;
  }

  /** Playback reached `time` without a seek. */
  extend(time: number): void {
    if (this.openStart !== undefined && time >= this.openEnd) this.openEnd = time;
  }

  /** Playback stops (pause, seek, end): the open segment is kept if it has a length. */
  close(): void {
    if (this.openStart !== undefined && this.openEnd > this.openStart) this.done.push([round3(this.openStart), round3(this.openEnd)]);
    this.openStart = undefined;
  }

  get playing(): boolean {
    return this.openStart !== undefined;
  }

  /** Every segment, the open one included, in the order played. */
  list(): Segment[] {
    const open: Segment[] = this.openStart !== undefined && this.openEnd > this.openStart ? [[round3(this.openStart), round3(this.openEnd)]] : [];
    return [...this.done, ...open];
  }

  /** Merged, sorted ranges actually covered. */
  union(): Segment[] {
    const sorted = this.list().sort((a, b) => a[0] - b[0]);
    const merged: Segment[] = [];
    for (const [s, e] of sorted) {
      const last = merged.at(-1);
      if (last && s <= last[1] + 0.001) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    return merged;
  }

  /** Seconds truly watched. */
  watched(): number {
    return this.union().reduce((sum, [s, e]) => sum + (e - s), 0);
  }

  /** Share of `length` truly watched, 0–1 with 3 decimals. */
  progress(length: number): number {
    return length > 0 ? Math.min(1, round3(this.watched() / length)) : 0;
  }

  /** Furthest point reached by continuous watching from the start (prevent-skipping allows up to here). */
  reach(): number {
    const first = this.union()[0];
    return first && first[0] <= 0.5 ? first[1] : 0;
  }

  /** `0.000[.]12.000[,]14.000[.]21.000`, the Video Profile's format. */
  toString(): string {
    return this.list().map(([s, e]) => `${s.toFixed(3)}[.]${e.toFixed(3)}`).join('[,]');
  }
}
