import { apiRequest } from '@/lib/api-client';
import type { ActivityStat } from '../types';

/** GET /api/processes/{definitionId}/activity-stats: instances waiting and open incidents per activity, now. */
export function getActivityStats(definitionId: string, signal?: AbortSignal): Promise<ActivityStat[]> {
  return apiRequest<ActivityStat[]>(`/api/processes/${encodeURIComponent(definitionId)}/activity-stats`, { signal });
}
