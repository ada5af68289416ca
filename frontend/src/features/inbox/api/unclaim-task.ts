import { apiRequest } from '@/lib/api-client';
import type { Task } from '@/types/task';

/** POST /api/tasks/{id}/unclaim: gives the task back to its groups. */
export function unclaimTask(taskId: string): Promise<Task> {
  return apiRequest<Task>(`/api/tasks/${encodeURIComponent(taskId)}/unclaim`, { method: 'POST' });
}
