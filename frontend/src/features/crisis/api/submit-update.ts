import { apiRequest } from '@/lib/api-client';
import type { Post } from '@/types/post';

/** POST /api/posts/{id}/submit: the update is screened and, if eligible, goes to its one crisis approval. */
export function submitUpdate(postId: number): Promise<Post> {
  return apiRequest<Post>(`/api/posts/${postId}/submit`, { method: 'POST' });
}
