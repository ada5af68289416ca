import { Navigate, Outlet, useLocation, type RouteObject } from 'react-router-dom';
import { LoginPage } from '@/features/auth';
import { AppShell, SECTIONS, SectionPage, Welcome, sectionsFor, type Section } from '@/features/shell';
import { useSession } from './session-context';

type FromState = { from?: string } | null;

function LoginRoute() {
  const { session, signedIn } = useSession();
  const location = useLocation();
  if (session.status === 'signed-in') {
    const from = (location.state as FromState)?.from;
    return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  }
  return <LoginPage onLogin={signedIn} />;
}

/** Everything below it needs a session; without one the user is sent to /login and back afterwards. */
function SignedInLayout() {
  const { session, signOut } = useSession();
  const location = useLocation();
  if (session.status === 'loading') {
    return (
      <p role="status" className="loading">
        Checking your session…
      </p>
    );
  }
  if (session.status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  }
  return (
    <AppShell user={session.user} onSignOut={signOut}>
      <Outlet />
    </AppShell>
  );
}

function WelcomeRoute() {
  const { session } = useSession();
  return session.status === 'signed-in' ? <Welcome user={session.user} /> : null;
}

function SectionRoute({ section }: { section: Section }) {
  const { session } = useSession();
  if (session.status !== 'signed-in') {
    return null;
  }
  const allowed = sectionsFor(session.user.groups).some((open) => open.id === section.id);
  return allowed ? <SectionPage section={section} /> : <Navigate to="/" replace />;
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  {
    element: <SignedInLayout />,
    children: [
      { index: true, element: <WelcomeRoute /> },
      ...SECTIONS.map((section) => ({ path: section.path, element: <SectionRoute section={section} /> })),
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
];
