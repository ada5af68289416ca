import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import type { CurrentUser } from '@/types/current-user';

/** GET /api/me: the signed-in user, or `null` when there is no session (401). */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  try {
    return await apiRequest<CurrentUser>('/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return null;
    }
    throw error;
  }
}
