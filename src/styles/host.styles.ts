import { css } from 'lit';

/**
 * Shared by every element: design tokens with defaults (light and dark), the `[hidden]` rule,
 * focus ring, and the error view. A theme sets `--spoc-*` on `:root` or any wrapper; elements read
 * them through private `--_spoc-*` copies that carry the defaults.
 */
export default css`
  :host {
    box-sizing: border-box;
    --_spoc-font: var(--spoc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
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
    --_spoc-radius: var(--spoc-border-radius, 0.5rem);
    --_spoc-space: var(--spoc-spacing, 1rem);
    --_spoc-focus: var(--spoc-focus-ring, 3px solid var(--_spoc-accent));
    font-family: var(--_spoc-font);
    color: var(--_spoc-text);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_spoc-text: var(--spoc-color-text, #e4e7eb);
      --_spoc-muted: var(--spoc-color-muted, #b8c2cc);
      --_spoc-surface: var(--spoc-color-surface, #1f2933);
      --_spoc-surface-alt: var(--spoc-color-surface-alt, #323f4b);
      --_spoc-border: var(--spoc-color-border, #7b8794);
      --_spoc-accent: var(--spoc-color-accent, #93c5fd);
      --_spoc-on-accent: var(--spoc-color-on-accent, #0b1220);
      --_spoc-success: var(--spoc-color-success, #86efac);
      --_spoc-danger: var(--spoc-color-danger, #fca5a5);
      --_spoc-warning: var(--spoc-color-warning, #fcd34d);
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
