import { apiRequest, jsonBody } from '@/lib/api-client';
import type { ValidationResult } from '../types';

/** POST /api/processes/validate: the checks a deployment runs (parser, lint, process contract); deploys nothing. */
export function validateProcess(xml: string, signal?: AbortSignal): Promise<ValidationResult> {
  return apiRequest<ValidationResult>('/api/processes/validate', { method: 'POST', ...jsonBody({ xml }), signal });
}
