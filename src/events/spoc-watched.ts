export interface SpocWatchedDetail {
  /** Share of the video truly watched (union of played segments), 0–1. */
  fraction: number;
  /** The merged watched ranges, in seconds. */
  segments: Array<[number, number]>;
}

/** Watching progressed (throttled: at most about once a second while playing, and on pause). */
export class SpocWatchedEvent extends CustomEvent<SpocWatchedDetail> {
  constructor(detail: SpocWatchedDetail) {
    super('spoc-watched', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spoc-watched': SpocWatchedEvent;
  }
}
