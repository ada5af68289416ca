import { apiRequest } from '@/lib/api-client';
import type { RulePack } from '../types';

/** GET /api/rule-packs: every pack with the version that screens now and, when refused, why. */
export function listRulePacks(signal?: AbortSignal): Promise<RulePack[]> {
  return apiRequest<RulePack[]>('/api/rule-packs', { signal });
}
