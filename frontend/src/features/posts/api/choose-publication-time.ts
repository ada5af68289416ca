import { apiRequest, jsonBody } from '@/lib/api-client';
import type { Post } from '@/types/post';

/** The author's choice for a post approved after its scheduled time. */
export type PublicationTimeChoice = { publishNow: true } | { scheduledAt: string };

/** POST /api/posts/{id}/publication-time (the author). */
export function choosePublicationTime(postId: number, choice: PublicationTimeChoice): Promise<Post> {
  return apiRequest<Post>(`/api/posts/${postId}/publication-time`, { method: 'POST', ...jsonBody(choice) });
}
