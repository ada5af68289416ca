import { apiRequest } from '@/lib/api-client';
import type { ExampleRun } from '../types';

/** POST /api/rule-packs/{id}/examples/run: runs the pack's examples as it is on disk; changes nothing. */
export function runExamples(packId: string): Promise<ExampleRun> {
  return apiRequest<ExampleRun>(`/api/rule-packs/${encodeURIComponent(packId)}/examples/run`, { method: 'POST' });
}
