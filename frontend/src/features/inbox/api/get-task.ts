import { apiRequest } from '@/lib/api-client';
import type { Task } from '@/types/task';

/** GET /api/tasks/{id}: one open task the caller may work (404 when there is none, 409 when already completed). */
export function getTask(taskId: string, signal?: AbortSignal): Promise<Task> {
  return apiRequest<Task>(`/api/tasks/${encodeURIComponent(taskId)}`, { signal });
}
