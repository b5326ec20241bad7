/** What every React wrapper shares: the page's React, @lit/react, the events every element fires. */
import React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { SpocCompleteEvent } from '../events/spoc-complete.js';
import type { SpocErrorEvent } from '../events/spoc-error.js';
import type { SpocStatementEvent } from '../events/spoc-statement.js';

// Every element reports statements and problems.
export const common = {
  onSpocStatement: 'spoc-statement' as EventName<SpocStatementEvent>,
  onSpocError: 'spoc-error' as EventName<SpocErrorEvent>,
};
export const onSpocComplete = 'spoc-complete' as EventName<SpocCompleteEvent>;

/** One wrapper: the element's class gives the props, `events` the `onSpoc…` props. */
export function wrap<I extends HTMLElement, E extends Record<string, EventName | string>>(
  displayName: string,
  tagName: string,
  elementClass: new () => I,
  events: E,
): ReactWebComponent<I, E> {
  return createComponent({ react: React, displayName, tagName, elementClass, events });
}
