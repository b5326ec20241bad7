import { css } from 'lit';

/**
 * The filled action button every element uses (quiz, peer review, certificate, capsule
 * checkpoints). Components set `--_accent` and `--_radius`; a part selector turns a button into the
 * outlined variant (`background: transparent; color: var(--_accent)`).
 */
export default css`
  button {
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    min-height: 2.75rem;
    padding: 0.4rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_spoc-on-accent);
  }
  button:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
`;
