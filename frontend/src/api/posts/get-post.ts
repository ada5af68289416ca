import { apiRequest } from '@/lib/api-client';
import type { Post } from '@/types/post';

/** GET /api/posts/{id}: the post with its current revision, latest screening and decisions. */
export function getPost(postId: number, signal?: AbortSignal): Promise<Post> {
  return apiRequest<Post>(`/api/posts/${postId}`, { signal });
}
