/** `spoc-elements/react/capsule`: the React wrapper of `<spoc-capsule>` alone (a page pays only for what it uses). */
import type { EventName } from '@lit/react';
import { SpocCapsule as SpocCapsuleElement } from '../components/capsule/capsule.js';
import type { SpocWatchedEvent } from '../events/spoc-watched.js';
import { common, onSpocComplete, wrap } from './wrap.js';

/** `<spoc-capsule>`: a video capsule with its own accessible controls. */
export const SpocCapsule = wrap('SpocCapsule', 'spoc-capsule', SpocCapsuleElement, {
  ...common,
  onSpocComplete,
  onSpocWatched: 'spoc-watched' as EventName<SpocWatchedEvent>,
});
