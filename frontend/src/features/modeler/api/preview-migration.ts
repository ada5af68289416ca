import { apiRequest } from '@/lib/api-client';
import type { MigrationPlan } from '../types';

/** GET /api/processes/{src}/migration?targetDefinitionId=…: the migration plan, without migrating anything. */
export function previewMigration(sourceId: string, targetDefinitionId: string, signal?: AbortSignal): Promise<MigrationPlan> {
  const query = new URLSearchParams({ targetDefinitionId });
  return apiRequest<MigrationPlan>(`/api/processes/${encodeURIComponent(sourceId)}/migration?${query}`, { signal });
}
