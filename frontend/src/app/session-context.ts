import { createContext, useContext } from 'react';
import type { CurrentUser } from '@/types/current-user';

export type Session =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'signed-in'; user: CurrentUser };

export type SessionContextValue = {
  session: Session;
  signedIn: (user: CurrentUser) => void;
  signOut: () => Promise<void>;
};

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) {
    throw new Error('useSession must be used inside <SessionProvider>');
  }
  return value;
}
