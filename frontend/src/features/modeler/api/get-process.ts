import { apiRequest } from '@/lib/api-client';
import type { ProcessDetail } from '../types';

/** GET /api/processes/{definitionId}: one deployed version with its BPMN XML. */
export function getProcess(definitionId: string, signal?: AbortSignal): Promise<ProcessDetail> {
  return apiRequest<ProcessDetail>(`/api/processes/${encodeURIComponent(definitionId)}`, { signal });
}

/** GET /api/processes/{definitionId}/xml: the BPMN file as deployed, for a plain download link. */
export function processXmlUrl(definitionId: string): string {
  return `/api/processes/${encodeURIComponent(definitionId)}/xml`;
}
