import { apiRequest, jsonBody } from '@/lib/api-client';

export type DismissalRequest = { ruleId: string; start: number; end: number; reason: string };

export type Dismissal = DismissalRequest & {
  id: number;
  postId: number;
  revision: number;
  pack: string;
  dismissedBy: string;
  dismissedAt: string;
};

/** POST /api/posts/{id}/dismissals (201): a reviewer marks a finding of the latest screening as a false positive. */
export function dismissFinding(postId: number, request: DismissalRequest): Promise<Dismissal> {
  return apiRequest<Dismissal>(`/api/posts/${postId}/dismissals`, { method: 'POST', ...jsonBody(request) });
}
