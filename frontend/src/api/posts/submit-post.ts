import { apiRequest } from '@/lib/api-client';
import type { Post } from '@/types/post';

/**
 * POST /api/posts/{id}/submit: starts the approval process (a crisis update: the fast track); the post is screened
 * at once.
 */
export function submitPost(postId: number): Promise<Post> {
  return apiRequest<Post>(`/api/posts/${postId}/submit`, { method: 'POST' });
}
