import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import type { Task } from '@/types/task';

/** GET /api/tasks/{id}: one open task the caller may work; null when it is gone (completed, not theirs, unknown). */
export async function getTask(taskId: string, signal?: AbortSignal): Promise<Task | null> {
  try {
    return await apiRequest<Task>(`/api/tasks/${encodeURIComponent(taskId)}`, { signal });
  } catch (error) {
    if (error instanceof ApiError && [403, 404, 409].includes(error.status)) {
      return null;
    }
    throw error;
  }
}
