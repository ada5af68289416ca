import { apiRequest, jsonBody } from '@/lib/api-client';
import type { Post } from '@/types/post';
import type { PostDraft } from '../types';

/** POST /api/posts: a new draft (201 with the post). */
export function createPost(draft: PostDraft): Promise<Post> {
  return apiRequest<Post>('/api/posts', { method: 'POST', ...jsonBody(draft) });
}
