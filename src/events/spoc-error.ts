/** One validation problem, with the path to the offending value (`modules[2].id`). */
export interface SpocIssue {
  /** Dotted path as the page author reads it, e.g. `questions[1].choices[0].id`. */
  path: string;
  /** zod issue code or our refinement key. */
  code: string;
  /** Localized description. */
  message: string;
}

export interface SpocErrorDetail {
  /** Machine-readable code: `invalid-json`, `invalid-definition`, `fetch-failed`, `lrs-rejected` … */
  code: string;
  /** Localized, human-readable message. */
  message: string;
  issues?: SpocIssue[];
  /** `lrs-rejected`: the id of the statement the LRS refused (kept as a dead letter). */
  statementId?: string;
  /** `lrs-rejected` / `lrs-unauthorized` / `lrs-unreachable`: the LRS's own answer (or the network error), untranslated. */
  lrsMessage?: string;
}

/** Something the user can fix (bad data, network, LRS refusal) went wrong. Bubbles, composed. */
export class SpocErrorEvent extends CustomEvent<SpocErrorDetail> {
  constructor(detail: SpocErrorDetail) {
    super('spoc-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spoc-error': SpocErrorEvent;
  }
}
