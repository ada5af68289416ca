import { apiRequest, jsonBody } from '@/lib/api-client';
import type { Deployed } from '../types';

export type DeployRequest = { xml: string; fileName?: string; comment?: string };

/**
 * POST /api/processes/deployments: validates, then deploys a new version (201). A refused deployment is a 422
 * problem detail whose `problems` name the elements concerned (see {@link problemsOf}); nothing is deployed then.
 */
export function deployProcess(request: DeployRequest): Promise<Deployed> {
  return apiRequest<Deployed>('/api/processes/deployments', { method: 'POST', ...jsonBody(request) });
}
