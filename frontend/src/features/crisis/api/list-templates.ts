import { apiRequest } from '@/lib/api-client';

export type CrisisTemplate = {
  id: string;
  name: string;
  description: string;
  text: string;
  placeholders: { name: string; label: string; example: string }[];
};

/** GET /api/crisis/templates: the pre-approved crisis texts with their placeholders. */
export function listTemplates(signal?: AbortSignal): Promise<CrisisTemplate[]> {
  return apiRequest<CrisisTemplate[]>('/api/crisis/templates', { signal });
}
