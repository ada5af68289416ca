import { apiRequest } from '@/lib/api-client';

/** DELETE /api/process-drafts/{id}. */
export function deleteDraft(id: string): Promise<void> {
  return apiRequest<void>(`/api/process-drafts/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
