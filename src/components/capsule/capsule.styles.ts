import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-width: var(--spoc-capsule-max-width, 960px);
    /* The player's own width decides its layout (a narrow column on a wide page too). */
    container: spoc-capsule / inline-size;
    --_accent: var(--spoc-capsule-accent-color, var(--_spoc-accent));
    --_bar: var(--spoc-capsule-controls-background, #111827);
    --_bar-text: var(--spoc-capsule-controls-color, #ffffff);
    /* On the dark bar: watched ranges ≥ 3:1 against the bar and against the unwatched track. */
    --_watched: var(--spoc-capsule-watched-color, #4ade80);
    --_unwatched: var(--spoc-capsule-unwatched-color, #4b5563);
    --_radius: var(--spoc-capsule-radius, var(--_spoc-radius));
  }
  [part~='base'] {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
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
  [part~='video']:focus {
    outline: none;
  }
  [part~='video']:focus-visible {
    outline: var(--_spoc-focus);
    outline-offset: -3px;
  }
  [part~='controls'] {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    padding: 0.4rem 0.5rem;
    background: var(--_bar);
    color: var(--_bar-text);
    border-radius: 0 0 var(--_radius) var(--_radius);
    margin-top: -0.5rem;
    min-width: 0;
  }
  [part~='controls'] :focus-visible {
    outline-color: var(--_bar-text);
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
    background: #ffffff;
  }
  [part~='controls'] button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_spoc-on-accent);
  }
  .seek-wrap {
    position: relative;
    flex: 1 1 8rem;
    min-width: 3.5rem;
    display: flex;
    align-items: center;
  }
  /* The track: unwatched in grey, truly watched ranges in a contrasting colour, 8 px high. The
     slider draws no fill of its own (a skipped video must not look watched): only its thumb. */
  [part~='watched'] {
    position: absolute;
    inset-inline: 0;
    top: calc(50% - 4px);
    height: 8px;
    background: var(--_gradient, none), var(--_unwatched);
    border-radius: 4px;
    pointer-events: none;
  }
  [part~='chapter-marker'] {
    position: absolute;
    top: calc(50% - 8px);
    height: 16px;
    width: 2px;
    background: var(--_bar-text);
    pointer-events: none;
  }
  [part~='seek'] {
    position: relative;
    width: 100%;
    min-height: 2.75rem;
    margin: 0;
    background: transparent;
    appearance: none;
    -webkit-appearance: none;
    cursor: pointer;
  }
  [part~='seek']::-webkit-slider-runnable-track {
    height: 8px;
    background: transparent;
  }
  [part~='seek']::-moz-range-track {
    height: 8px;
    background: transparent;
  }
  [part~='seek']::-webkit-slider-thumb {
    -webkit-appearance: none;
    width: 18px;
    height: 18px;
    margin-top: -5px;
    border-radius: 50%;
    background: var(--_bar-text);
    border: 3px solid var(--_bar);
    box-shadow: 0 0 0 1px var(--_bar-text);
  }
  [part~='seek']::-moz-range-thumb {
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_bar-text);
    border: 3px solid var(--_bar);
    box-shadow: 0 0 0 1px var(--_bar-text);
  }
  [part~='volume'] {
    width: 5rem;
    accent-color: var(--_bar-text);
  }
  /* Wide player: every setting sits in the bar. */
  .settings-button {
    display: none !important;
  }
  .settings,
  .setting {
    display: contents;
  }
  .setting-label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  /* Narrow player: one row (play, seek, time, settings, full screen); the rest in a panel. */
  @container spoc-capsule (max-width: 56rem) {
    .seek-wrap {
      flex-basis: 3.5rem;
    }
    .settings-button {
      display: inline-flex !important;
    }
    .settings {
      display: none;
    }
    /* Open, the panel is a row of its own under the bar's row, in the flow: nothing is covered or
       cut off, however small the video. */
    .settings[data-open] {
      order: 99;
      flex: 1 0 100%;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      padding: 0.5rem 0 0.25rem;
      border-top: 1px solid color-mix(in srgb, var(--_bar-text) 40%, transparent);
    }
    .setting {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    .setting-label {
      position: static;
      width: auto;
      height: auto;
      clip: auto;
    }
  }
  @container spoc-capsule (max-width: 22rem) {
    .length {
      display: none;
    }
    [part~='controls'] {
      gap: 0.25rem;
      padding-inline: 0.25rem;
    }
  }
  [part~='time'] {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  [part~='notice'] {
    margin: 0;
    padding: 0.4rem 0.6rem;
    border-inline-start: 4px solid var(--_spoc-warning);
    background: var(--_spoc-surface-alt);
    color: var(--_spoc-text);
    font-size: 0.9em;
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
