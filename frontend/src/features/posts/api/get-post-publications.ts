import { apiRequest } from '@/lib/api-client';
import type { Publication } from '@/types/post';

/** GET /api/posts/{id}/publications: where the post went out, with external ids and attempts. */
export function getPostPublications(postId: number, signal?: AbortSignal): Promise<Publication[]> {
  return apiRequest<Publication[]>(`/api/posts/${postId}/publications`, { signal });
}
