export interface SpocCompleteDetail {
  /** Score of the attempt (raw/min/max points and scaled 0–1), when the activity is scored. */
  score?: { raw: number; min: number; max: number; scaled: number };
  /** Whether the pass mark was reached; absent when there is none. */
  passed?: boolean;
  /** Attempt number (1-based), when the activity has attempts. */
  attempt?: number;
  /** Time spent, ISO 8601 duration. */
  duration?: string;
}

/** The learner finished the activity (a quiz attempt, a watched capsule, a submitted review). */
export class SpocCompleteEvent extends CustomEvent<SpocCompleteDetail> {
  constructor(detail: SpocCompleteDetail) {
    super('spoc-complete', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spoc-complete': SpocCompleteEvent;
  }
}
