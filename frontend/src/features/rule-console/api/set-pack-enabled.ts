import { apiRequest, jsonBody } from '@/lib/api-client';

/** PUT /api/rule-packs/{id}/enabled: switches a pack on or off for screening (audited). */
export function setPackEnabled(packId: string, enabled: boolean): Promise<unknown> {
  return apiRequest<unknown>(`/api/rule-packs/${encodeURIComponent(packId)}/enabled`, { method: 'PUT', ...jsonBody({ enabled }) });
}
