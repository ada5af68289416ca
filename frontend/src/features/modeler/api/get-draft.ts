import { apiRequest } from '@/lib/api-client';
import type { ProcessDraft } from '../types';

/** GET /api/process-drafts/{id}. */
export function getDraft(id: string, signal?: AbortSignal): Promise<ProcessDraft> {
  return apiRequest<ProcessDraft>(`/api/process-drafts/${encodeURIComponent(id)}`, { signal });
}
