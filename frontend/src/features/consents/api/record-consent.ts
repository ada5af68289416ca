import { apiRequest, jsonBody } from '@/lib/api-client';
import type { Consent, ConsentUse } from '@/types/consent';
import type { Platform } from '@/types/screening';

export type ConsentRequest = {
  label: string;
  patientRef: string;
  documentRef?: string;
  uses: ConsentUse[];
  channels: Platform[];
  expiresAt?: string | null;
};

/** POST /api/consents (compliance, admins; 201): records a patient's signed consent. */
export function recordConsent(request: ConsentRequest): Promise<Consent> {
  return apiRequest<Consent>('/api/consents', { method: 'POST', ...jsonBody(request) });
}
