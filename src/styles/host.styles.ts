import { css } from 'lit';

/**
 * Shared by every element: design tokens with defaults (light and dark, following the page's
 * `color-scheme`), the `[hidden]` rule,
 * focus ring, and the error view. A theme sets `--spoc-*` on `:root` or any wrapper; elements read
 * them through private `--_spoc-*` copies that carry the defaults.
 */
export default css`
  :host {
    box-sizing: border-box;
    /*
     * The palette follows the host page, not the OS alone: light-dark() picks the dark value only
     * where the page's color-scheme is dark (\`color-scheme: dark\`, or \`light dark\` with the OS in
     * dark mode). A light page stays light when the OS is dark; a page opts in with color-scheme.
     */
    color-scheme: inherit;
    --_spoc-font: var(--spoc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_spoc-text: var(--spoc-color-text, light-dark(#1f2933, #e4e7eb));
    --_spoc-muted: var(--spoc-color-muted, light-dark(#52606d, #b8c2cc));
    --_spoc-surface: var(--spoc-color-surface, light-dark(#ffffff, #1f2933));
    --_spoc-surface-alt: var(--spoc-color-surface-alt, light-dark(#f3f5f7, #323f4b));
    --_spoc-border: var(--spoc-color-border, light-dark(#9aa5b1, #7b8794));
    --_spoc-accent: var(--spoc-color-accent, light-dark(#1d4ed8, #93c5fd));
    --_spoc-on-accent: var(--spoc-color-on-accent, light-dark(#ffffff, #0b1220));
    --_spoc-success: var(--spoc-color-success, light-dark(#166534, #86efac));
    --_spoc-danger: var(--spoc-color-danger, light-dark(#b91c1c, #fca5a5));
    --_spoc-warning: var(--spoc-color-warning, light-dark(#92400e, #fcd34d));
    --_spoc-radius: var(--spoc-border-radius, 0.5rem);
    --_spoc-space: var(--spoc-spacing, 1rem);
    --_spoc-focus: var(--spoc-focus-ring, 3px solid var(--_spoc-accent));
    font-family: var(--_spoc-font);
    color: var(--_spoc-text);
    line-height: 1.5;
  }
  /* Browsers without light-dark() (before 2024) get the light palette. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_spoc-text: var(--spoc-color-text, #1f2933);
      --_spoc-muted: var(--spoc-color-muted, #52606d);
      --_spoc-surface: var(--spoc-color-surface, #ffffff);
      --_spoc-surface-alt: var(--spoc-color-surface-alt, #f3f5f7);
      --_spoc-border: var(--spoc-color-border, #9aa5b1);
      --_spoc-accent: var(--spoc-color-accent, #1d4ed8);
      --_spoc-on-accent: var(--spoc-color-on-accent, #ffffff);
      --_spoc-success: var(--spoc-color-success, #166534);
      --_spoc-danger: var(--spoc-color-danger, #b91c1c);
      --_spoc-warning: var(--spoc-color-warning, #92400e);
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_spoc-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [part~='error'] {
    border: 2px solid var(--_spoc-danger);
    border-radius: var(--_spoc-radius);
    padding: calc(var(--_spoc-space) * 0.75) var(--_spoc-space);
    background: var(--_spoc-surface);
    color: var(--_spoc-text);
  }
  [part~='error'] .error-title {
    margin: 0 0 0.25em;
    font-weight: 700;
    font-size: 1em;
    color: var(--_spoc-danger);
  }
  [part~='error'] p,
  [part~='error'] ul {
    margin: 0.25em 0;
  }
  [part~='error'] code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
`;
