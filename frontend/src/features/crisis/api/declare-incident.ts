import { apiRequest, jsonBody } from '@/lib/api-client';
import type { Incident, IncidentSeverity } from '@/types/incident';
import type { Platform } from '@/types/screening';

/** Either every platform, or the named ones. */
export type DeclareRequest = { title: string; severity: IncidentSeverity } & ({ allPlatforms: true } | { platforms: Platform[] });

/** POST /api/incidents (crisis leads, 201): declares an incident; publications on its platforms are held while it is open. */
export function declareIncident(request: DeclareRequest): Promise<Incident> {
  return apiRequest<Incident>('/api/incidents', { method: 'POST', ...jsonBody(request) });
}
