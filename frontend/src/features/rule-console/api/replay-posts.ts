import { apiRequest, jsonBody } from '@/lib/api-client';
import type { Replay } from '../types';

/** POST /api/rule-packs/replay: re-screens the posts changed in the last `days` days and compares; stores nothing. */
export function replayPosts(days: number): Promise<Replay> {
  return apiRequest<Replay>('/api/rule-packs/replay', { method: 'POST', ...jsonBody({ days }) });
}
