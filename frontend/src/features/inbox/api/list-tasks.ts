import { apiRequest } from '@/lib/api-client';
import type { Task } from '@/types/task';

/** The most tasks one GET /api/tasks page returns (the server's limit); the inbox filters within them. */
export const INBOX_PAGE_LIMIT = 1000;

/**
 * GET /api/tasks: open tasks the caller may work (offered to their groups or assigned to them), earliest due first,
 * as one page of at most {@link INBOX_PAGE_LIMIT}.
 */
export function listTasks(signal?: AbortSignal): Promise<Task[]> {
  return apiRequest<Task[]>(`/api/tasks?limit=${INBOX_PAGE_LIMIT}`, { signal });
}
