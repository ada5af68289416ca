import { apiRequest, jsonBody } from '@/lib/api-client';
import type { Decision, SuggestedEdit } from '@/types/post';

export type DecisionRequest = {
  decision: Decision;
  /** Required for REJECT and REQUEST_CHANGES: the author has to be able to act on it. */
  comment?: string;
  /** On a compliance approval: the post also needs legal sign-off. */
  escalateToLegal?: boolean;
  /** Only with REQUEST_CHANGES: replacements of spans of the decided revision's text. */
  suggestedEdits?: SuggestedEdit[];
};

/** POST /api/tasks/{id}/decision (204): records the decision on the post's current revision and completes the task. */
export function decideTask(taskId: string, request: DecisionRequest): Promise<void> {
  return apiRequest<void>(`/api/tasks/${encodeURIComponent(taskId)}/decision`, { method: 'POST', ...jsonBody(request) });
}
