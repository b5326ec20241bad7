import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  [part~='base'] {
    display: contents;
  }
  [part~='error'] {
    margin-block-end: var(--spoc-course-gap, var(--_spoc-space));
  }
`;
