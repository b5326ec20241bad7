import { css } from 'lit';

export default css`
  :host {
    display: block;
    container-type: inline-size;
    --_accent: var(--spoc-progress-accent-color, var(--_spoc-accent));
    --_track: var(--spoc-progress-track-color, var(--_spoc-surface-alt));
    --_success: var(--spoc-progress-success-color, var(--_spoc-success));
    --_danger: var(--spoc-progress-danger-color, var(--_spoc-danger));
    --_gap: var(--spoc-progress-gap, var(--_spoc-space));
    --_bar-height: var(--spoc-progress-bar-height, 0.625rem);
    --_ring-size: var(--spoc-progress-ring-size, 3.5rem);
    /* Text follows the host page (a dark LMS header, a light intranet page) unless a theme sets
       --spoc-color-text; secondary text is the same colour, a little lighter. */
    color: var(--spoc-color-text, inherit);
    --_muted: var(--spoc-color-muted, color-mix(in srgb, currentColor 78%, transparent));
  }
  /* The ring has its own size: it is no size container, so a flex row (an LMS header) sizes it from its content. */
  :host([variant='ring']) {
    display: inline-block;
    container-type: normal;
  }
  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 0.5);
  }
  [part~='error'] {
    margin-block-end: calc(var(--_gap) * 0.5);
  }
  p {
    margin: 0;
  }

  /* Bar */
  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
  }
  [part~='label'] {
    font-weight: 600;
  }
  [part~='value'] {
    font-variant-numeric: tabular-nums;
  }
  [part~='summary'] {
    margin-inline-start: auto;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='track'] {
    block-size: var(--_bar-height);
    border-radius: var(--_bar-height);
    background: var(--_track);
    overflow: hidden;
    /* Visible in forced colors, where backgrounds are dropped. */
    outline: 1px solid transparent;
  }
  [part~='indicator'] {
    block-size: 100%;
    border-radius: inherit;
    background: var(--_accent);
    transition: inline-size 0.4s ease;
  }
  :host(:state(completed)) [part~='indicator'] {
    background: var(--_success);
  }
  @media (forced-colors: active) {
    [part~='indicator'] {
      background: Highlight;
    }
    [part~='track'] {
      outline-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='indicator'],
    [part~='ring-indicator'] {
      transition: none;
    }
  }

  /* Ring */
  [part~='ring'] {
    position: relative;
    display: inline-grid;
    place-items: center;
    inline-size: var(--_ring-size);
    block-size: var(--_ring-size);
  }
  [part~='ring'] svg {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    transform: rotate(-90deg);
  }
  [part~='ring'] circle {
    fill: none;
    stroke-width: 3.5;
  }
  [part~='ring-track'] {
    stroke: var(--_track);
  }
  [part~='ring-indicator'] {
    stroke: var(--_accent);
    stroke-linecap: round;
    transition: stroke-dasharray 0.4s ease;
  }
  :host(:state(completed)) [part~='ring-indicator'] {
    stroke: var(--_success);
  }
  /* Nothing to draw at 0 % (a round cap would leave a dot). */
  :host(:state(not-started)) [part~='ring-indicator'],
  [part~='ring-indicator'].zero {
    stroke: none;
  }
  /* The text stays inside the stroke's inner edge (radius 14.17 of 36): smaller for "100 %". */
  [part~='ring'] [part~='value'] {
    position: relative;
    font-size: calc(var(--_ring-size) * 0.25);
    font-weight: 600;
    line-height: 1;
    white-space: nowrap;
    letter-spacing: -0.02em;
  }
  [part~='ring'] [part~='value'].long {
    font-size: calc(var(--_ring-size) * 0.19);
  }
  /* A warning on the ring (LRS unreachable, course misconfigured): a badge on its corner, so a
     header keeps its size; the words are for assistive technologies and the tooltip. */
  .variant-ring {
    position: relative;
    display: inline-flex;
  }
  .variant-ring .badge {
    position: absolute;
    inset-block-start: -0.15em;
    inset-inline-end: -0.15em;
    display: grid;
    place-items: center;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    padding: 0;
    border: 2px solid var(--_spoc-surface);
    border-radius: 50%;
    background: var(--_spoc-warning);
    color: var(--_spoc-surface);
    font-size: calc(var(--_ring-size) * 0.22);
    font-weight: 700;
    line-height: 1;
  }

  /* Steps: vertical in a narrow container, horizontal in a wide one. */
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='steps'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 0.5);
  }
  [part~='step'] {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-inline-size: 0;
  }
  [part~='step-icon'] {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: 50%;
    border: 2px solid var(--_spoc-border);
    background: var(--_spoc-surface);
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1;
  }
  [part~='step-completed'] [part~='step-icon'],
  [part~='step-passed'] [part~='step-icon'] {
    border-color: var(--_success);
    background: var(--_success);
    color: var(--_spoc-surface);
  }
  [part~='step-failed'] [part~='step-icon'] {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_spoc-surface);
  }
  [part~='step-in-progress'] [part~='step-icon'],
  [part~='step-next']:not([part~='step-failed']) [part~='step-icon'] {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  /* Failed and next: the failed mark stays legible (surface on danger) and a ring marks "next". */
  [part~='step-next'] [part~='step-icon'] {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [part~='step-next'] [part~='step-title'] {
    font-weight: 700;
  }
  .step-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .step-status,
  .module-details,
  .tag,
  [part~='completed-on'],
  [part~='notice'],
  [part~='empty'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  a {
    color: var(--spoc-progress-link-color, inherit);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  @container (min-width: 40rem) {
    .variant-steps [part~='steps'] {
      flex-direction: row;
      gap: 0;
    }
    .variant-steps [part~='step'] {
      flex: 1 1 0;
      flex-direction: column;
      align-items: center;
      text-align: center;
      position: relative;
      padding-inline: 0.25em;
    }
    /* The connector between two steps. */
    .variant-steps [part~='step']:not(:first-child)::before {
      content: '';
      position: absolute;
      inset-block-start: 0.75em;
      inset-inline-end: calc(50% + 0.875em);
      inline-size: calc(100% - 1.75em);
      border-block-start: 2px solid var(--_spoc-border);
    }
    .variant-steps .step-text {
      align-items: center;
    }
  }

  /* List */
  [part~='list'] {
    display: flex;
    flex-direction: column;
  }
  [part~='module'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    padding-block: 0.5em;
    border-block-end: 1px solid var(--_spoc-border);
  }
  .module-heading,
  .module-details {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  [part~='module-next'] [part~='module-title'] {
    font-weight: 700;
  }
  /* A pill with its own background: legible on light and dark pages alike. */
  [part~='status'] {
    font-size: 0.875em;
    padding-inline: 0.5em;
    border-radius: 1em;
    border: 1px solid currentColor;
    background: var(--_spoc-surface);
    color: var(--_spoc-text);
  }
  [part~='module-completed'] [part~='status'],
  [part~='module-passed'] [part~='status'] {
    color: var(--_success);
  }
  [part~='module-failed'] [part~='status'] {
    color: var(--_danger);
  }
  [part~='module-in-progress'] [part~='status'] {
    color: var(--_accent);
  }
  [part~='notice'][role='status']:not(.badge) {
    border-inline-start: 3px solid var(--_spoc-warning);
    padding-inline-start: 0.5em;
    color: inherit;
  }
`;
