import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getCurrentUser, logout } from '@/features/auth';
import type { CurrentUser } from '@/types/current-user';
import { SessionContext, type Session } from './session-context';

/** Knows who is signed in: asks /api/me once on start, then follows sign-in and sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    getCurrentUser()
      // A backend that is down or failing cannot vouch for a session: show the sign-in page.
      .catch(() => null)
      .then((user) => {
        if (current) {
          setSession(user ? { status: 'signed-in', user } : { status: 'anonymous' });
        }
      });
    return () => {
      current = false;
    };
  }, []);

  const signedIn = useCallback((user: CurrentUser) => setSession({ status: 'signed-in', user }), []);
  const signOut = useCallback(async () => {
    await logout();
    setSession({ status: 'anonymous' });
  }, []);

  const value = useMemo(() => ({ session, signedIn, signOut }), [session, signedIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
