/** `spoc-elements/react/feedback`: the React wrapper of `<spoc-feedback>` alone (a page pays only for what it uses). */
import { SpocFeedback as SpocFeedbackElement } from '../components/feedback/feedback.js';
import { common, onSpocComplete, wrap } from './wrap.js';

/** `<spoc-feedback>`: hot feedback on a module or the course (the standard set with no JSON). */
export const SpocFeedback = wrap('SpocFeedback', 'spoc-feedback', SpocFeedbackElement, {
  ...common,
  onSpocComplete,
});
