import { apiRequest, jsonBody } from '@/lib/api-client';
import type { Platform, PostKind, ScreeningResult } from '@/types/screening';

export type TryRequest = { text: string; platform: Platform; kind: PostKind; sponsored: boolean; consentOnFile?: boolean };

/** POST /api/rule-packs/try: screens a text with the packs as they screen now; stores nothing. */
export function tryRules(request: TryRequest, signal?: AbortSignal): Promise<ScreeningResult> {
  return apiRequest<ScreeningResult>('/api/rule-packs/try', { method: 'POST', ...jsonBody(request), signal });
}
