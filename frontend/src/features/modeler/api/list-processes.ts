import { apiRequest } from '@/lib/api-client';
import type { ProcessDefinition } from '../types';

/** GET /api/processes: every deployed version of every process, with its running instances and open incidents. */
export function listProcesses(signal?: AbortSignal): Promise<ProcessDefinition[]> {
  return apiRequest<ProcessDefinition[]>('/api/processes', { signal });
}
