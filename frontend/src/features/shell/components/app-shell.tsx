import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { CurrentUser } from '@/types/current-user';
import { sectionsFor } from '../sections';
import { AppNav } from './app-nav';
import { IncidentBanner } from './incident-banner';

type AppShellProps = {
  user: CurrentUser;
  onSignOut: () => Promise<void>;
  children: ReactNode;
};

/** The frame around every signed-in page: who you are, where you can go, how to leave. */
export function AppShell({ user, onSignOut, children }: AppShellProps) {
  const [signOutError, setSignOutError] = useState<string>();
  const [signingOut, setSigningOut] = useState(false);

  async function handleSignOut() {
    setSignOutError(undefined);
    setSigningOut(true);
    try {
      await onSignOut();
    } catch (failure) {
      // On a shared workstation staying signed in silently would be the dangerous outcome: say so.
      const reason = failure instanceof Error ? failure.message : 'unknown error';
      setSignOutError(`Signing out failed, you are still signed in: ${reason}`);
      setSigningOut(false);
    }
  }

  return (
    <div className="app-shell">
      <header className="app-header">
        <Link to="/" className="app-header__brand">
          Clearance
        </Link>
        <AppNav sections={sectionsFor(user.groups)} />
        <section className="app-header__user" aria-label="Signed-in user">
          <span className="app-header__name">{user.username}</span>
          <span className="app-header__groups">
            {user.groups.length > 0 ? user.groups.join(', ') : 'no groups'}
          </span>
          <Button variant="secondary" onClick={handleSignOut} disabled={signingOut}>
            Sign out
          </Button>
        </section>
      </header>
      <IncidentBanner showConsoleLink={sectionsFor(user.groups).some((section) => section.id === 'crisis')} />
      {signOutError && <Alert>{signOutError}</Alert>}
      <main className="app-main">{children}</main>
    </div>
  );
}
