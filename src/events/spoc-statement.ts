import type { Statement } from '../xapi/statement.js';

export interface SpocStatementDetail {
  /** The statement exactly as it is sent to the sinks. */
  statement: Statement;
}

/**
 * Fired for every xAPI statement an element makes (bubbles, composed: a listener on `document`
 * sees them all). The tracker dispatches it as a plain `CustomEvent` (xapi/ has no Lit or DOM
 * classes of ours); this type describes it.
 */
export type SpocStatementEvent = CustomEvent<SpocStatementDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'spoc-statement': SpocStatementEvent;
  }
}
