import { apiRequest } from '@/lib/api-client';
import type { Dismissal } from './dismiss-finding';

/** GET /api/posts/{id}/dismissals (compliance, legal, admins): findings of the post already judged false positives. */
export function listDismissals(postId: number, signal?: AbortSignal): Promise<Dismissal[]> {
  return apiRequest<Dismissal[]>(`/api/posts/${postId}/dismissals`, { signal });
}
