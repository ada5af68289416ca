import { apiRequest } from '@/lib/api-client';
import type { Account } from '@/types/account';

/** DELETE /api/accounts/{id} (admins): no longer offered, token wiped, its publications stay on record. */
export function disconnectAccount(id: number): Promise<Account> {
  return apiRequest<Account>(`/api/accounts/${id}`, { method: 'DELETE' });
}
