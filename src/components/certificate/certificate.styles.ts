import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_accent: var(--spoc-certificate-accent-color, var(--_spoc-accent));
    --_background: var(--spoc-certificate-background, var(--_spoc-surface));
    --_locked: var(--spoc-certificate-locked-color, var(--_spoc-muted));
    --_radius: var(--spoc-certificate-radius, var(--_spoc-radius));
  }
  [part~='base'] {
    display: grid;
    justify-items: center;
    text-align: center;
    gap: 0.5rem;
    padding: calc(var(--_spoc-space) * 1.5);
    background: var(--_background);
    border: 3px double var(--_accent);
    border-radius: var(--_radius);
    font-family: var(--spoc-certificate-font-family, Georgia, 'DejaVu Serif', serif);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .locked {
    border-style: dashed;
    border-color: var(--_locked);
  }
  [part~='badge'] {
    color: var(--_accent);
  }
  [part~='badge-locked'] {
    color: var(--_locked);
  }
  [part~='title'] {
    margin: 0;
    color: var(--_accent);
    font-size: 1.6em;
  }
  .locked [part~='title'] {
    color: inherit;
  }
  .kind {
    margin: 0;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    font-size: 0.85em;
  }
  [part~='details'] p,
  .issuer,
  [part~='code'],
  .unsigned,
  [part~='notice'] {
    margin: 0.15rem 0;
  }
  [part~='remaining'] {
    text-align: start;
    margin: 0;
  }
  [part~='code'] {
    font-family: ui-monospace, monospace;
  }
  .unsigned {
    font-size: 0.85em;
    color: var(--_spoc-muted);
  }
  .issuer {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .issuer a {
    color: inherit;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
    margin-top: 0.5rem;
    font-family: var(--_spoc-font);
  }
  button:not([part~='print-button']) {
    background: transparent;
    color: var(--_accent);
  }
  .celebrate [part~='badge'] {
    animation: spoc-certificate-celebrate 1.2s ease-out 2;
  }
  @keyframes spoc-certificate-celebrate {
    0% {
      transform: scale(0.6) rotate(-12deg);
    }
    60% {
      transform: scale(1.15) rotate(6deg);
    }
    100% {
      transform: scale(1) rotate(0);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .celebrate [part~='badge'] {
      animation: none;
    }
  }
  .problems {
    text-align: start;
    padding-inline-start: 1.25em;
  }
  @media print {
    [part~='actions'],
    [part~='notice'] {
      display: none !important;
    }
    [part~='base'] {
      break-inside: avoid;
    }
    /* Printed from its Print button: the certificate fills the A4 landscape page (see print-styles.ts). */
    :host([data-printing]) [part~='base'] {
      block-size: 100%;
      align-content: center;
      border-width: 6px;
      border-radius: 0;
      font-size: 1.25em;
    }
  }
`;
