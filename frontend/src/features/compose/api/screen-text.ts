import { apiRequest, jsonBody } from '@/lib/api-client';
import type { Platform, PostKind, ScreeningResult } from '@/types/screening';

export type ScreeningRequest = {
  text: string;
  platform: Platform;
  kind: PostKind;
  sponsored: boolean;
  consentOnFile?: boolean;
  mediaDescriptions?: string[];
};

/** POST /api/screenings: screens a text without storing anything. */
export function screenText(request: ScreeningRequest, signal?: AbortSignal): Promise<ScreeningResult> {
  return apiRequest<ScreeningResult>('/api/screenings', { method: 'POST', ...jsonBody(request), signal });
}
