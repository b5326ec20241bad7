import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_accent: var(--spoc-resource-accent-color, var(--_spoc-accent));
    --_background: var(--spoc-resource-background, var(--_spoc-surface));
    --_border: var(--spoc-resource-border-color, var(--_spoc-border));
    --_radius: var(--spoc-resource-radius, var(--_spoc-radius));
  }
  [part~='base'] {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem 1rem;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  [part~='link'],
  [part~='summary'] {
    font-weight: 600;
    color: var(--_accent);
    cursor: pointer;
  }
  [part~='link'] {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  [part~='description'],
  [part~='meta'] {
    margin: 0;
    color: var(--_spoc-muted);
  }
  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    font-size: 0.9em;
  }
  [part~='consulted'] {
    color: var(--_spoc-success);
    font-weight: 600;
  }
  [part~='content'] {
    padding-top: 0.5rem;
  }
`;
