import type { Platform } from './screening';

export const CONSENT_USES = ['STORY', 'PHOTO', 'NAME', 'VIDEO'] as const;
export type ConsentUse = (typeof CONSENT_USES)[number];

export type ConsentStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

/**
 * A consent record as GET /api/consents returns it. `patientRef`, `documentRef` and `revocationReason` are null
 * for callers outside compliance, legal and admins.
 */
export type Consent = {
  id: number;
  label: string;
  patientRef: string | null;
  documentRef: string | null;
  uses: ConsentUse[];
  channels: Platform[];
  expiresAt: string | null;
  status: ConsentStatus;
  recordedBy: string;
  recordedAt: string;
  revokedAt: string | null;
  revocationReason: string | null;
};
