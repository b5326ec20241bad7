import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_accent: var(--spoc-peer-review-accent-color, var(--_spoc-accent));
    --_background: var(--spoc-peer-review-background, var(--_spoc-surface));
    --_border: var(--spoc-peer-review-border-color, var(--_spoc-border));
    --_error: var(--spoc-peer-review-error-color, var(--_spoc-danger));
    --_radius: var(--spoc-peer-review-radius, var(--_spoc-radius));
    --_gap: var(--spoc-peer-review-gap, var(--_spoc-space));
  }
  [part~='base'] {
    display: grid;
    gap: var(--_gap);
    padding: var(--_gap);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .title,
  h3 {
    margin: 0;
  }
  .title {
    font-size: 1.25em;
  }
  .meta {
    color: var(--_spoc-muted);
    margin: 0;
    font-size: 0.9em;
  }
  [part~='submission'] {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    background: var(--_spoc-surface-alt);
    border-radius: var(--_radius);
  }
  .plain {
    white-space: pre-wrap;
    margin: 0;
  }
  form,
  [part~='rubric'] {
    display: grid;
    gap: var(--_gap);
  }
  [part~='criterion'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem 0.75rem;
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  [part~='criterion'][aria-invalid='true'] {
    border-color: var(--_error);
  }
  [part~='criterion-title'] {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  [part~='criterion-description'] {
    margin: 0;
    color: var(--_spoc-muted);
  }
  [part~='option'] {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    padding: 0.5rem 0.6rem;
    min-height: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [part~='option'] input {
    margin-top: 0.3rem;
    accent-color: var(--_accent);
    inline-size: 1.1rem;
    block-size: 1.1rem;
  }
  [part~='option-selected'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  [part~='option'] > span {
    display: grid;
  }
  [part~='option-explanation'] {
    color: var(--_spoc-muted);
    font-size: 0.9em;
  }
  .points {
    color: var(--_spoc-muted);
  }
  .comment-label {
    display: grid;
    gap: 0.25rem;
  }
  [part~='comment'] {
    font: inherit;
    color: inherit;
    background: var(--_spoc-surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4rem 0.5rem;
    resize: vertical;
  }
  [part~='comment'][aria-invalid='true'] {
    border-color: var(--_error);
  }
  [part~='field-error'] {
    color: var(--_error);
    font-weight: 600;
    margin: 0;
  }
  [part~='error-summary'] {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  [part~='error-summary'] a {
    color: var(--_error);
  }
  [part~='total'] {
    font-weight: 700;
    margin: 0;
  }
  button {
    justify-self: start;
  }
  [part~='back-button'] {
    background: transparent;
    color: var(--_accent);
  }
  [part~='confirmation'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    padding: 0.75rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  [part~='confirmation'] p {
    margin: 0;
    flex-basis: 100%;
  }
  [part~='summary'] dl {
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  [part~='summary'] dt {
    font-weight: 700;
  }
  [part~='summary'] dd {
    margin: 0 0 0.5rem;
    display: grid;
  }
  [part~='difference-different'] {
    color: var(--_spoc-warning);
  }
  [part~='difference-same'] {
    color: var(--_spoc-success);
  }
  h3:focus {
    outline: none;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  .comments {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
`;
