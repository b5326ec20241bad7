/** `spoc-elements/react/peer-review`: the React wrapper of `<spoc-peer-review>` alone (a page pays only for what it uses). */
import type { EventName } from '@lit/react';
import { SpocPeerReview as SpocPeerReviewElement } from '../components/peer-review/peer-review.js';
import type { SpocReviewSubmitEvent } from '../events/spoc-review-submit.js';
import { common, onSpocComplete, wrap } from './wrap.js';

/** `<spoc-peer-review>`: rubric-based review of a peer's work. */
export const SpocPeerReview = wrap('SpocPeerReview', 'spoc-peer-review', SpocPeerReviewElement, {
  ...common,
  onSpocComplete,
  onSpocReviewSubmit: 'spoc-review-submit' as EventName<SpocReviewSubmitEvent>,
});
