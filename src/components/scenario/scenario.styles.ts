import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_accent: var(--spoc-scenario-accent-color, var(--_spoc-accent));
    --_background: var(--spoc-scenario-background, var(--_spoc-surface));
    --_border: var(--spoc-scenario-border-color, var(--_spoc-border));
    --_radius: var(--spoc-scenario-radius, var(--_spoc-radius));
    --_gap: var(--spoc-scenario-gap, var(--_spoc-space));
  }
  [part~='base'] {
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
    display: grid;
    gap: var(--_gap);
  }
  [part~='header'] {
    display: grid;
    gap: 0.25rem;
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1.2em;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  [part~='description'],
  [part~='meta'],
  [part~='step'] {
    margin: 0;
    color: var(--_spoc-muted);
  }
  [part~='step'] {
    font-size: 0.85em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  [part~='node'] {
    border-top: 1px solid var(--_border);
    padding-top: var(--_gap);
    display: grid;
    gap: 0.75rem;
    animation: spoc-scenario-in 180ms ease-out;
  }
  @keyframes spoc-scenario-in {
    /* Movement only: a fading node would be read (and checked) at a low contrast mid-way. */
    from {
      transform: translateY(0.4rem);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='node'] {
      animation: none;
    }
  }
  [part~='text'] {
    white-space: pre-line;
  }
  [part~='image'] {
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
  [part~='options'],
  [part~='items'] {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='option'] {
    width: 100%;
    text-align: start;
    font-weight: 500;
    background: var(--_background);
    color: var(--_spoc-text);
    border: 1px solid var(--_border);
  }
  [part~='option']:hover {
    border-color: var(--_accent);
  }
  [part~='item'] {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    padding: 0.6rem 0.75rem;
    min-height: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [part~='item'] input {
    margin-top: 0.3rem;
    accent-color: var(--_accent);
    inline-size: 1.1rem;
    block-size: 1.1rem;
  }
  [part~='item-invalid'] {
    border-color: var(--_spoc-danger);
  }
  .required {
    color: var(--_spoc-muted);
    font-size: 0.9em;
  }
  [part~='feedback'] {
    border-inline-start: 4px solid var(--_accent);
    padding: 0.5rem 0.75rem;
    background: var(--_spoc-surface-alt);
    border-radius: calc(var(--_radius) / 2);
  }
  [part~='feedback'] p {
    margin: 0.25rem 0;
  }
  [part~='notice'] {
    margin: 0;
    color: var(--_spoc-danger);
    font-weight: 600;
  }
  [part~='outcome'] {
    display: grid;
    gap: 0.5rem;
  }
  [part~='band'] {
    justify-self: start;
    margin: 0;
    padding: 0.15rem 0.6rem;
    border-radius: 999px;
    border: 1px solid var(--_accent);
    font-weight: 600;
  }
  [part~='score'],
  [part~='verdict'] {
    margin: 0;
    font-weight: 600;
  }
  [part~='verdict-passed'] {
    color: var(--_spoc-success);
  }
  [part~='verdict-failed'] {
    color: var(--_spoc-danger);
  }
  [part~='path'] {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  [part~='nav'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='back-button'],
  [part~='restart-button'] {
    background: transparent;
    color: var(--_accent);
  }
`;
