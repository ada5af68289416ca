import { useEffect, useState } from 'react';
import { listAccounts } from '@/api/accounts/list-accounts';
import { isAbort } from '@/lib/api-client';
import type { Account } from '@/types/account';

export type AccountsState = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; accounts: Account[] };

/** The connected accounts an author may choose from (GET /api/accounts); "unavailable" when they cannot be read. */
export function useAccounts(): AccountsState {
  const [state, setState] = useState<AccountsState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    listAccounts(controller.signal).then(
      (accounts) => setState({ status: 'ready', accounts }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ status: 'unavailable' });
      },
    );
    return () => controller.abort();
  }, []);
  return state;
}
