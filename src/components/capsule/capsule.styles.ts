import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-width: var(--spoc-capsule-max-width, 960px);
    --_accent: var(--spoc-capsule-accent-color, var(--_spoc-accent));
    --_watched: var(--spoc-capsule-watched-color, var(--_spoc-success));
    --_bar: var(--spoc-capsule-controls-background, #111827);
    --_bar-text: var(--spoc-capsule-controls-color, #ffffff);
    --_radius: var(--spoc-capsule-radius, var(--_spoc-radius));
  }
  [part~='base'] {
    display: grid;
    gap: 0.5rem;
  }
  .stage {
    position: relative;
    background: #000;
    border-radius: var(--_radius) var(--_radius) 0 0;
    overflow: hidden;
  }
  [part~='video'] {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
  }
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    padding: 0.4rem 0.5rem;
    background: var(--_bar);
    color: var(--_bar-text);
    border-radius: 0 0 var(--_radius) var(--_radius);
    margin-top: -0.5rem;
  }
  [part~='controls'] button,
  [part~='controls'] select {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    background: transparent;
    color: inherit;
    border: 1px solid color-mix(in srgb, currentColor 50%, transparent);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
    padding: 0.2rem 0.5rem;
    font-weight: normal;
  }
  [part~='controls'] button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
  }
  .icon {
    display: block;
    flex: none;
  }
  [part~='controls'] select option {
    color: #111827;
  }
  [part~='controls'] button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_spoc-on-accent);
  }
  .seek-wrap {
    position: relative;
    flex: 1 1 12rem;
    display: flex;
    align-items: center;
  }
  [part~='watched'] {
    position: absolute;
    inset: 40% 0;
    background: var(--_gradient, none);
    border-radius: 2px;
    pointer-events: none;
  }
  [part~='chapter-marker'] {
    position: absolute;
    top: 25%;
    bottom: 25%;
    width: 2px;
    background: currentColor;
    pointer-events: none;
  }
  [part~='seek'] {
    position: relative;
    width: 100%;
    accent-color: var(--_accent);
    min-height: 2.75rem;
    background: transparent;
  }
  [part~='volume'] {
    width: 5rem;
    accent-color: var(--_accent);
  }
  [part~='time'] {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  [part~='status'] {
    margin: 0;
    color: var(--_spoc-muted);
    font-size: 0.9em;
  }
  [part~='chapters'] ol,
  [part~='transcript'] ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.15rem;
  }
  [part~='chapter'],
  [part~='cue'] {
    font: inherit;
    color: inherit;
    text-align: start;
    width: 100%;
    min-height: 2.5rem;
    padding: 0.3rem 0.5rem;
    background: transparent;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
    font-weight: normal;
  }
  [part~='chapter']:hover,
  [part~='cue']:hover {
    background: var(--_spoc-surface-alt);
  }
  [part~='transcript'] {
    max-height: 14rem;
    overflow: auto;
    border: 1px solid var(--_spoc-border);
    border-radius: var(--_radius);
  }
  [part~='cue-active'] {
    background: color-mix(in srgb, var(--_accent) 15%, transparent);
    font-weight: 600;
  }
  .cue-time {
    font-variant-numeric: tabular-nums;
    color: var(--_spoc-muted);
    margin-inline-end: 0.5rem;
  }
  [part~='checkpoint'] {
    position: absolute;
    inset: 0;
    overflow: auto;
    padding: 1rem;
    background: var(--_spoc-surface);
    color: var(--_spoc-text);
    display: grid;
    align-content: start;
    gap: 0.5rem;
  }
  .checkpoint-title {
    font-weight: 700;
    margin: 0;
  }
  .prompt {
    margin: 0;
    font-weight: 600;
  }
  [part~='checkpoint'] [part~='choices'] {
    display: grid;
    gap: 0.4rem;
  }
  [part~='checkpoint'] [part~='choice'] {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 2.5rem;
  }
  [part~='checkpoint'] button {
    justify-self: start;
  }
  :host(:fullscreen) [part~='video'] {
    height: calc(100vh - 4rem);
    aspect-ratio: auto;
  }
`;
