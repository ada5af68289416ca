import { apiRequest } from '@/lib/api-client';
import type { Incident } from '@/types/incident';

/** GET /api/incidents?status=…: incidents, latest first (the banner asks for the open ones). */
export function listIncidents(status?: Incident['status'], signal?: AbortSignal): Promise<Incident[]> {
  const query = status ? `?status=${status}` : '';
  return apiRequest<Incident[]>(`/api/incidents${query}`, { signal });
}
