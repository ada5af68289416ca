import { apiRequest } from '@/lib/api-client';
import type { Consent } from '@/types/consent';

/** GET /api/consents: every consent record (identities only for compliance, legal and admins). */
export function listConsents(signal?: AbortSignal): Promise<Consent[]> {
  return apiRequest<Consent[]>('/api/consents', { signal });
}
