import { apiResponse } from '@/lib/api-client';
import type { Task } from '@/types/task';
import { filtersToParams, type TaskFilters } from '../lib/task-filters';

/** The most tasks one GET /api/tasks page returns (the server's limit). */
export const INBOX_PAGE_LIMIT = 1000;

/** One page of the inbox and how many tasks match its filters in all (`X-Total-Count`). */
export type TaskPage = { tasks: Task[]; total: number };

/**
 * GET /api/tasks: open tasks the caller may work (offered to their groups or assigned to them) that match the
 * filters, which the server applies before paging; sorted by due date as the filters say; the first
 * {@link INBOX_PAGE_LIMIT}.
 */
export async function listTasks(filters: TaskFilters, signal?: AbortSignal): Promise<TaskPage> {
  const params = filtersToParams(filters);
  params.set('limit', String(INBOX_PAGE_LIMIT));
  const { body, headers } = await apiResponse<Task[]>(`/api/tasks?${params.toString()}`, { signal });
  const total = Number(headers.get('X-Total-Count'));
  return { tasks: body, total: Number.isFinite(total) && headers.has('X-Total-Count') ? total : body.length };
}
