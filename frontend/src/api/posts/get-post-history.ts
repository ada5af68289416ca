import { apiRequest } from '@/lib/api-client';
import type { HistoryEntry } from '@/types/post';

/** GET /api/posts/{id}/history: the post's audit trail, oldest first. */
export function getPostHistory(postId: number, signal?: AbortSignal): Promise<HistoryEntry[]> {
  return apiRequest<HistoryEntry[]>(`/api/posts/${postId}/history`, { signal });
}
