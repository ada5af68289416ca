import { apiRequest, jsonBody } from '@/lib/api-client';
import type { ProcessDraft } from '../types';

export type NewDraft = { name: string; xml: string; basedOnDefinitionId?: string };

/** POST /api/process-drafts: saves an edit as a new draft (201 with the draft). */
export function createDraft(draft: NewDraft): Promise<ProcessDraft> {
  return apiRequest<ProcessDraft>('/api/process-drafts', { method: 'POST', ...jsonBody(draft) });
}
