import { apiRequest } from '@/lib/api-client';

/** GET /api/processes/element-templates: Camunda 7 element templates for Clearance's own service tasks. */
export function getElementTemplates(signal?: AbortSignal): Promise<unknown[]> {
  return apiRequest<unknown[]>('/api/processes/element-templates', { signal });
}
