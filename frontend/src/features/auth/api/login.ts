import { apiRequest, refreshCsrfToken } from '@/lib/api-client';
import type { CurrentUser } from '@/types/current-user';

export type Credentials = { username: string; password: string };

/** POST /api/login; the session id changes on success, so the CSRF token is fetched anew. */
export async function login({ username, password }: Credentials): Promise<CurrentUser> {
  const user = await apiRequest<CurrentUser>('/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
  });
  await refreshCsrfToken();
  return user;
}
