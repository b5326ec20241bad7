/** `spoc-elements/react/progress`: the React wrapper of `<spoc-progress>` alone (a page pays only for what it uses). */
import type { EventName } from '@lit/react';
import { SpocProgress as SpocProgressElement } from '../components/progress/progress.js';
import type { SpocProgressChangeEvent } from '../events/spoc-progress-change.js';
import { common, wrap } from './wrap.js';

/** `<spoc-progress>`: where the learner stands in the course. */
export const SpocProgress = wrap('SpocProgress', 'spoc-progress', SpocProgressElement, {
  onSpocError: common.onSpocError,
  onSpocProgressChange: 'spoc-progress-change' as EventName<SpocProgressChangeEvent>,
});
