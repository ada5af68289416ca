import { apiRequest, jsonBody } from '@/lib/api-client';
import type { Publication } from '@/types/post';

/** POST /api/posts/{id}/takedown (compliance, admins): deletes the post on every platform. */
export function takeDownPost(postId: number, reason: string): Promise<Publication[]> {
  return apiRequest<Publication[]>(`/api/posts/${postId}/takedown`, { method: 'POST', ...jsonBody({ reason }) });
}
