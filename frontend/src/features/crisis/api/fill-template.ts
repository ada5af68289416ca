import { apiRequest, jsonBody } from '@/lib/api-client';
import type { PostStatus } from '@/types/post';
import type { Platform } from '@/types/screening';

export type CrisisUpdate = { id: number; status: PostStatus; kind: 'CRISIS_UPDATE'; text: string; platforms: Platform[]; version: number };

/** POST /api/crisis/templates/{id}/updates (crisis leads, 201): a crisis update draft with the filled-in text. */
export function fillTemplate(templateId: string, values: Record<string, string>, platforms: Platform[]): Promise<CrisisUpdate> {
  return apiRequest<CrisisUpdate>(`/api/crisis/templates/${encodeURIComponent(templateId)}/updates`, {
    method: 'POST',
    ...jsonBody({ values, platforms }),
  });
}
