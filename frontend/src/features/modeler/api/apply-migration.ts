import { apiRequest, jsonBody } from '@/lib/api-client';

/** POST /api/processes/{src}/migration (administrators): moves the running instances to the target version. */
export function applyMigration(sourceId: string, targetDefinitionId: string): Promise<{ migratedInstances: number }> {
  return apiRequest<{ migratedInstances: number }>(`/api/processes/${encodeURIComponent(sourceId)}/migration`, {
    method: 'POST',
    ...jsonBody({ targetDefinitionId }),
  });
}
