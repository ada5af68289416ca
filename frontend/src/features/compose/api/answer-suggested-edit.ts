import { apiRequest, jsonBody } from '@/lib/api-client';
import type { Post, SuggestedEditResponse } from '@/types/post';

/**
 * PUT /api/posts/{id}/decisions/{decisionId}/suggested-edits/{index}: the author's answer to a reviewer's suggested
 * edit, kept on the edit (and in the post's history). Returns the post, whose version has moved on.
 */
export function answerSuggestedEdit(postId: number, decisionId: number, index: number, response: SuggestedEditResponse): Promise<Post> {
  return apiRequest<Post>(`/api/posts/${postId}/decisions/${decisionId}/suggested-edits/${index}`, {
    method: 'PUT',
    ...jsonBody({ response }),
  });
}
