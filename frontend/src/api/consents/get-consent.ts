import { apiRequest } from '@/lib/api-client';
import type { Consent } from '@/types/consent';

/** GET /api/consents/{id}: one consent record (the patient's identity only for compliance, legal and admins). */
export function getConsent(id: number | string, signal?: AbortSignal): Promise<Consent> {
  return apiRequest<Consent>(`/api/consents/${encodeURIComponent(String(id))}`, { signal });
}
