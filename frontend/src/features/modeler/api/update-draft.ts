import { apiRequest, jsonBody } from '@/lib/api-client';
import type { ProcessDraft } from '../types';

export type DraftUpdate = { name: string; xml: string; version: number };

/** PUT /api/process-drafts/{id}: saves over the draft; 409 when someone saved it since `version`. */
export function updateDraft(id: string, update: DraftUpdate): Promise<ProcessDraft> {
  return apiRequest<ProcessDraft>(`/api/process-drafts/${encodeURIComponent(id)}`, { method: 'PUT', ...jsonBody(update) });
}
