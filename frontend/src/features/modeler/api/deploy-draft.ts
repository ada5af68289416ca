import { apiRequest, jsonBody } from '@/lib/api-client';
import type { Deployed } from '../types';

/** POST /api/process-drafts/{id}/deploy: deploys the draft as saved (same validation and 422 as a deployment). */
export function deployDraft(id: string, comment?: string): Promise<Deployed> {
  return apiRequest<Deployed>(`/api/process-drafts/${encodeURIComponent(id)}/deploy`, {
    method: 'POST',
    ...jsonBody(comment ? { comment } : {}),
  });
}
