import type { OpenBadgeCredential } from '../components/certificate/credential.js';

export interface SpocEarnedDetail {
  /** The Open Badges 3.0 credential (signed when a `sign` hook is set, else marked unsigned). */
  credential: OpenBadgeCredential;
  /** The verification code printed on the certificate. */
  code: string;
}

/** The learner earned the certificate: fired once per registration, when it becomes earned (not again on a reload of an earned certificate). */
export class SpocEarnedEvent extends CustomEvent<SpocEarnedDetail> {
  constructor(detail: SpocEarnedDetail) {
    super('spoc-earned', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spoc-earned': SpocEarnedEvent;
  }
}
