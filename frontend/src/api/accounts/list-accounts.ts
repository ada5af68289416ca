import { apiRequest } from '@/lib/api-client';
import type { Account } from '@/types/account';

/** GET /api/accounts: the connected accounts (everyone signed in; authors choose from them). */
export function listAccounts(signal?: AbortSignal): Promise<Account[]> {
  return apiRequest<Account[]>('/api/accounts', { signal });
}
