/** `spoc-elements/react/scenario`: the React wrapper of `<spoc-scenario>` alone (a page pays only for what it uses). */
import { SpocScenario as SpocScenarioElement } from '../components/scenario/scenario.js';
import { common, onSpocComplete, wrap } from './wrap.js';

/** `<spoc-scenario>`: a branching role-play or situation. */
export const SpocScenario = wrap('SpocScenario', 'spoc-scenario', SpocScenarioElement, {
  ...common,
  onSpocComplete,
});
