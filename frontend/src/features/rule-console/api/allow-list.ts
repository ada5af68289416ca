import { apiRequest, jsonBody } from '@/lib/api-client';
import type { AllowList, RulePack } from '../types';

/** GET /api/rule-packs/{id}/allowlist: the pack's allow list as it is on disk (404 when the pack has none). */
export function getAllowList(packId: string, signal?: AbortSignal): Promise<AllowList> {
  return apiRequest<AllowList>(`/api/rule-packs/${encodeURIComponent(packId)}/allowlist`, { signal });
}

/**
 * PUT /api/rule-packs/{id}/allowlist: saves the list as a new version of the pack. A 422 problem detail (with
 * `error`) when refused: an entry that is not what its list holds, or an example of the pack that fails with it.
 */
export function saveAllowList(packId: string, allowList: AllowList): Promise<RulePack> {
  return apiRequest<RulePack>(`/api/rule-packs/${encodeURIComponent(packId)}/allowlist`, {
    method: 'PUT',
    ...jsonBody(allowList),
  });
}
