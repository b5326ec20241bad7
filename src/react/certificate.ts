/** `spoc-elements/react/certificate`: the React wrapper of `<spoc-certificate>` alone (a page pays only for what it uses). */
import type { EventName } from '@lit/react';
import { SpocCertificate as SpocCertificateElement } from '../components/certificate/certificate.js';
import type { SpocEarnedEvent } from '../events/spoc-earned.js';
import { common, wrap } from './wrap.js';

/** `<spoc-certificate>`: the certificate, locked until earned. */
export const SpocCertificate = wrap('SpocCertificate', 'spoc-certificate', SpocCertificateElement, {
  ...common,
  onSpocEarned: 'spoc-earned' as EventName<SpocEarnedEvent>,
});
