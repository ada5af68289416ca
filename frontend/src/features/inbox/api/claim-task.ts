import { apiRequest } from '@/lib/api-client';
import type { Task } from '@/types/task';

/** POST /api/tasks/{id}/claim: the task is now the caller's (409 when someone else has it). */
export function claimTask(taskId: string): Promise<Task> {
  return apiRequest<Task>(`/api/tasks/${encodeURIComponent(taskId)}/claim`, { method: 'POST' });
}
