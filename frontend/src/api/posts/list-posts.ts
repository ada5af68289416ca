import { apiRequest } from '@/lib/api-client';
import type { Post, PostStatus } from '@/types/post';

/** GET /api/posts: an author's own posts; reviewers and administrators see every post. */
export function listPosts(status?: PostStatus, signal?: AbortSignal): Promise<Post[]> {
  const query = status ? `?status=${encodeURIComponent(status)}` : '';
  return apiRequest<Post[]>(`/api/posts${query}`, { signal });
}
