export interface SpocReviewSubmitDetail {
  /** `peer`, `self` or `calibration`. */
  mode: string;
  /** Chosen option per criterion id. */
  choices: Record<string, string>;
  /** Comment per criterion id. */
  comments: Record<string, string>;
  /** The overall comment. */
  overall: string;
  /** Rubric total and bounds. */
  score: { raw: number; min: number; max: number; scaled: number };
}

/**
 * The learner confirmed the review. Cancelable: call `preventDefault()` to stop it (for example to
 * post it to the host's backend first); nothing is sent and the form stays as it is.
 */
export class SpocReviewSubmitEvent extends CustomEvent<SpocReviewSubmitDetail> {
  constructor(detail: SpocReviewSubmitDetail) {
    super('spoc-review-submit', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spoc-review-submit': SpocReviewSubmitEvent;
  }
}
