import { apiRequest } from '@/lib/api-client';
import type { DismissalRate } from '../types';

/** GET /api/rule-packs/dismissal-rates: per rule, how often reviewers dismissed its findings as false positives. */
export function getDismissalRates(signal?: AbortSignal): Promise<DismissalRate[]> {
  return apiRequest<DismissalRate[]>('/api/rule-packs/dismissal-rates', { signal });
}
