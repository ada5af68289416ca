import { apiRequest, jsonBody } from '@/lib/api-client';
import type { HeldPostsRelease, Incident } from '@/types/incident';

/** POST /api/incidents/{id}/close (crisis leads): held publications go out now, or back to their authors. */
export function closeIncident(id: number, heldPosts: HeldPostsRelease): Promise<Incident> {
  return apiRequest<Incident>(`/api/incidents/${id}/close`, { method: 'POST', ...jsonBody({ heldPosts }) });
}
