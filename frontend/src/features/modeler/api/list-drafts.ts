import { apiRequest } from '@/lib/api-client';
import type { ProcessDraft } from '../types';

/** GET /api/process-drafts: the drafts saved so far. */
export function listDrafts(signal?: AbortSignal): Promise<ProcessDraft[]> {
  return apiRequest<ProcessDraft[]>('/api/process-drafts', { signal });
}
