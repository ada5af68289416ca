import { apiRequest, jsonBody } from '@/lib/api-client';
import type { Account, Network } from '@/types/account';

export type AccountConnection = {
  network: Network;
  displayName: string;
  platformAccountId: string;
  apiBaseUrl?: string;
  token?: string;
};

/** POST /api/accounts (admins): connects an account; the token goes in and never comes back. */
export function connectAccount(connection: AccountConnection): Promise<Account> {
  return apiRequest<Account>('/api/accounts', { method: 'POST', ...jsonBody(connection) });
}
