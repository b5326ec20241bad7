import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_accent: var(--spoc-feedback-accent-color, var(--_spoc-accent));
    --_star: var(--spoc-feedback-star-color, var(--_spoc-warning));
    --_background: var(--spoc-feedback-background, var(--_spoc-surface));
    --_border: var(--spoc-feedback-border-color, var(--_spoc-border));
    --_error: var(--spoc-feedback-error-color, var(--_spoc-danger));
    --_radius: var(--spoc-feedback-radius, var(--_spoc-radius));
    --_gap: var(--spoc-feedback-gap, var(--_spoc-space));
  }
  [part~='base'] {
    display: grid;
    gap: var(--_gap);
    padding: var(--_gap);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  [part~='title'] {
    font-size: 1.25em;
  }
  h3:focus {
    outline: none;
  }
  .meta {
    color: var(--_spoc-muted);
    font-size: 0.9em;
    font-weight: 400;
  }
  [part~='anonymous-note'] {
    padding: 0.5rem 0.75rem;
    background: var(--_spoc-surface-alt);
    border-radius: var(--_radius);
  }
  form {
    display: grid;
    gap: var(--_gap);
  }
  [part~='item'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem 0.75rem;
    margin: 0;
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  [part~='item'][aria-invalid='true'] {
    border-color: var(--_error);
  }
  [part~='item-prompt'] {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  [part~='scale'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  [part~='point'] {
    position: relative;
    display: inline-grid;
    place-items: center;
    min-width: 2.75rem;
    min-height: 2.75rem;
    cursor: pointer;
    border-radius: var(--_radius);
  }
  [part~='point']:has(input:focus-visible) {
    outline: var(--_spoc-focus);
    outline-offset: 2px;
  }
  .stars svg {
    width: 2rem;
    height: 2rem;
    fill: transparent;
    stroke: var(--_star);
    stroke-width: 1.5;
  }
  .stars .filled svg {
    fill: var(--_star);
  }
  .numbers [part~='point'] {
    border: 1px solid var(--_border);
    font-weight: 600;
  }
  .numbers [part~='point-selected'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_spoc-on-accent);
  }
  [part~='point']:hover {
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  [part~='scale-labels'] {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    color: var(--_spoc-muted);
    font-size: 0.9em;
  }
  [part~='option'] {
    display: flex;
    gap: 0.6rem;
    align-items: center;
    padding: 0.4rem 0.6rem;
    min-height: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [part~='option'] input {
    accent-color: var(--_accent);
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
  }
  [part~='option-selected'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .text-item {
    border: none;
    padding: 0;
  }
  .text-item [part~='item-prompt'] {
    padding: 0;
  }
  [part~='text'] {
    font: inherit;
    color: inherit;
    background: var(--_spoc-surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4rem 0.5rem;
    resize: vertical;
    width: 100%;
  }
  [part~='text'][aria-invalid='true'] {
    border-color: var(--_error);
  }
  [part~='counter-over'] {
    color: var(--_error);
    font-weight: 600;
  }
  [part~='field-error'] {
    color: var(--_error);
    font-weight: 600;
  }
  [part~='error-summary'] {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  [part~='error-summary'] a {
    color: var(--_error);
  }
  button {
    justify-self: start;
  }
  [part~='change-button'] {
    background: transparent;
    color: var(--_accent);
  }
  [part~='thanks'] {
    display: grid;
    gap: 0.5rem;
  }
  [part~='answers'] {
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  [part~='answers'] dt {
    font-weight: 700;
  }
  [part~='answers'] dd {
    margin: 0 0 0.5rem;
    white-space: pre-wrap;
  }
  @media (forced-colors: active) {
    .stars svg {
      stroke: CanvasText;
    }
    .stars .filled svg {
      fill: Highlight;
      stroke: Highlight;
    }
    .numbers [part~='point-selected'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
