import { apiRequest, jsonBody } from '@/lib/api-client';
import type { Post } from '@/types/post';
import type { PostDraft } from '../types';

/**
 * PUT /api/posts/{id}: a new revision. `version` is the one the edit was made on; a stale one gives 409
 * (urn:clearance:problem:stale-version). An edit to a post in review or approved restarts its review.
 */
export function updatePost(postId: number, version: number, draft: PostDraft): Promise<Post> {
  return apiRequest<Post>(`/api/posts/${postId}`, { method: 'PUT', ...jsonBody({ ...draft, version }) });
}
