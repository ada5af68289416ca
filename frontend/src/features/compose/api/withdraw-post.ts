import { apiRequest } from '@/lib/api-client';
import type { Post } from '@/types/post';

/** POST /api/posts/{id}/withdraw: the author takes the post back; its process ends. */
export function withdrawPost(postId: number): Promise<Post> {
  return apiRequest<Post>(`/api/posts/${postId}/withdraw`, { method: 'POST' });
}
