import { apiRequest } from '@/lib/api-client';
import type { Task } from '@/types/task';

/** GET /api/tasks: open tasks the caller may work (offered to their groups or assigned to them), sorted by due date. */
export function listTasks(signal?: AbortSignal): Promise<Task[]> {
  return apiRequest<Task[]>('/api/tasks', { signal });
}
