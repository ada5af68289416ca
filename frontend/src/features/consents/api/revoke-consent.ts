import { apiRequest, jsonBody } from '@/lib/api-client';
import type { Consent } from '@/types/consent';

/** POST /api/consents/{id}/revoke (compliance, admins): posts relying on it are pulled back into review. */
export function revokeConsent(id: number, reason: string): Promise<Consent> {
  return apiRequest<Consent>(`/api/consents/${id}/revoke`, { method: 'POST', ...jsonBody({ reason }) });
}
