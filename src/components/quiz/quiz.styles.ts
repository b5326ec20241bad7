import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_accent: var(--spoc-quiz-accent-color, var(--_spoc-accent));
    --_correct: var(--spoc-quiz-correct-color, var(--_spoc-success));
    --_incorrect: var(--spoc-quiz-incorrect-color, var(--_spoc-danger));
    --_background: var(--spoc-quiz-background, var(--_spoc-surface));
    --_border: var(--spoc-quiz-border-color, var(--_spoc-border));
    --_radius: var(--spoc-quiz-radius, var(--_spoc-radius));
    --_gap: var(--spoc-quiz-gap, var(--_spoc-space));
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
  [part~='title'] {
    margin: 0;
    font-size: 1.25em;
  }
  [part~='description'],
  [part~='meta'] {
    margin: 0;
    color: var(--_spoc-muted);
  }
  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.9em;
  }
  [part~='timer'] {
    margin: 0;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  [part~='question'] {
    border-top: 1px solid var(--_border);
    padding-top: var(--_gap);
    display: grid;
    gap: 0.75rem;
  }
  .question-number {
    margin: 0;
    font-size: 0.85em;
    color: var(--_spoc-muted);
  }
  [part~='prompt'] {
    font-weight: 600;
  }
  [part~='prompt']:focus {
    outline: none;
  }
  [part~='choices'],
  [part~='matches'] {
    display: grid;
    gap: 0.5rem;
  }
  [part~='choice'] {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    padding: 0.6rem 0.75rem;
    min-height: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [part~='choice-selected'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  [part~='choice-wrong'] {
    border-color: var(--_incorrect);
    box-shadow: inset 4px 0 0 var(--_incorrect);
  }
  [part~='choice-right'] {
    border-color: var(--_correct);
    box-shadow: inset 4px 0 0 var(--_correct);
  }
  [part~='choice-mark'] {
    display: block;
    margin-top: 0.15rem;
    font-size: 0.9em;
    font-weight: 600;
  }
  [part~='choice-input'] {
    margin-top: 0.3rem;
    accent-color: var(--_accent);
    inline-size: 1.1rem;
    block-size: 1.1rem;
  }
  [part~='input'] {
    font: inherit;
    color: inherit;
    background: var(--_spoc-surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.35rem 0.5rem;
    min-height: 2.5rem;
  }
  [part~='gap'] {
    inline-size: 10ch;
    margin: 0 0.25rem;
  }
  [part~='sentence'] {
    margin: 0;
    line-height: 2.6;
  }
  [part~='numeric'],
  [part~='match'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  [part~='match-source'] {
    flex: 1 1 12rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* A select is as wide as its longest option unless told otherwise: let it shrink (phones). */
  [part~='match-select'] {
    flex: 1 1 10rem;
    min-width: 0;
    max-width: 100%;
    text-overflow: ellipsis;
  }
  /* Grids never grow past the quiz's width (a long option must not push it sideways). */
  [part~='base'],
  [part~='question'],
  [part~='choices'],
  [part~='matches'],
  [part~='results'] {
    grid-template-columns: minmax(0, 1fr);
  }
  [part~='question'],
  [part~='choice'] > span,
  [part~='sequence-text'] {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  [part~='gap'] {
    max-width: 100%;
  }
  [part~='gap-wrong'],
  [part~='match-wrong'] [part~='match-select'] {
    border-color: var(--_incorrect);
    border-width: 2px;
  }
  [part~='gap-right'],
  [part~='match-right'] [part~='match-select'] {
    border-color: var(--_correct);
    border-width: 2px;
  }
  [part~='gap-mark'],
  [part~='match-mark'] {
    font-weight: 700;
  }
  [part~='match-mark'] {
    flex: 1 1 100%;
    font-size: 0.9em;
  }
  [part~='sequence'] {
    margin: 0;
    padding-inline-start: 1.5rem;
    display: grid;
    gap: 0.5rem;
  }
  [part~='sequence-item'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='sequence-text'] {
    flex: 1;
  }
  [part~='sequence-buttons'] {
    display: flex;
    gap: 0.25rem;
  }
  button {
    min-width: 2.75rem;
  }
  [part~='move-button'],
  [part~='nav-button'] {
    background: transparent;
    color: var(--_accent);
  }
  [part~='move-button'] {
    padding: 0.2rem 0.5rem;
  }
  [part~='check-button'] {
    justify-self: start;
  }
  [part~='nav'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='feedback'] {
    border-inline-start: 4px solid var(--_border);
    padding: 0.25rem 0.75rem;
  }
  [part~='feedback']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [part~='feedback']:focus:not(:focus-visible) {
    outline: none;
  }
  [part~='finish-hint'] {
    margin: 0;
    color: var(--_spoc-muted);
  }
  [part~='feedback'] p {
    margin: 0.25rem 0;
  }
  [part~='feedback-correct'] {
    border-color: var(--_correct);
  }
  [part~='feedback-incorrect'] {
    border-color: var(--_incorrect);
  }
  [part~='feedback-partial'] {
    border-color: var(--_spoc-warning);
  }
  .verdict {
    font-weight: 700;
  }
  [part~='feedback-correct'] .verdict {
    color: var(--_correct);
  }
  [part~='feedback-incorrect'] .verdict {
    color: var(--_incorrect);
  }
  [part~='notice'] {
    margin: 0;
    color: var(--_incorrect);
    font-weight: 600;
  }
  [part~='results'] {
    display: grid;
    gap: 0.5rem;
  }
  [part~='results'] h3,
  [part~='results'] h4 {
    margin: 0;
  }
  [part~='results'] h3:focus {
    outline: none;
  }
  [part~='score'] {
    font-size: 1.2em;
    font-weight: 700;
    margin: 0;
  }
  [part~='verdict'] {
    margin: 0;
    font-weight: 700;
  }
  [part~='verdict-passed'] {
    color: var(--_correct);
  }
  [part~='verdict-failed'] {
    color: var(--_incorrect);
  }
  [part~='review'] {
    border-collapse: collapse;
    width: 100%;
  }
  [part~='review'] th,
  [part~='review'] td {
    text-align: start;
    vertical-align: top;
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  [part~='review-prompt'] {
    font-weight: 600;
  }
  [part~='review-item'] .points {
    white-space: nowrap;
  }
  [part~='retry-button'] {
    justify-self: start;
  }
`;
