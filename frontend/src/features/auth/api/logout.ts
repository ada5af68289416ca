import { apiRequest, refreshCsrfToken } from '@/lib/api-client';

/** POST /api/logout (204); the old session's CSRF token dies with it. */
export async function logout(): Promise<void> {
  await apiRequest<void>('/api/logout', { method: 'POST' });
  await refreshCsrfToken().catch(() => {
    // The next state-changing request fetches a token itself; signing out has already succeeded.
  });
}
