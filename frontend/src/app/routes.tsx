import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useParams, type RouteObject } from 'react-router-dom';
import { AccountsPage } from '@/features/accounts';
import { LoginPage } from '@/features/auth';
import { ComposerPage, MyPostsPage } from '@/features/compose';
import { ConsentRegistryPage } from '@/features/consents';
import { CrisisConsolePage } from '@/features/crisis';
import { DashboardPage } from '@/features/dashboard';
import { InboxPage, TaskPage } from '@/features/inbox';
import { PostRecordPage } from '@/features/posts';
import { RuleConsolePage } from '@/features/rule-console';
import { AppShell, SECTIONS, SectionPage, Welcome, sectionsFor, type Section } from '@/features/shell';
import type { CurrentUser } from '@/types/current-user';
import { useSession } from './session-context';

// The modeler brings bpmn-js with it: only people who open /processes download that chunk.
const modeler = () => import('@/features/modeler');
const ProcessListPage = lazy(() => modeler().then((module) => ({ default: module.ProcessListPage })));
const ProcessVersionPage = lazy(() => modeler().then((module) => ({ default: module.ProcessVersionPage })));
const ProcessEditorPage = lazy(() => modeler().then((module) => ({ default: module.ProcessEditorPage })));
const MigrationPage = lazy(() => modeler().then((module) => ({ default: module.MigrationPage })));

function Lazy({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p role="status" className="loading">
          Loading the modeler…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

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
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
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

/**
 * Renders `render(user)` when the user's groups open `section`, and sends them home otherwise. This only
 * hides what they may not use; the server enforces it.
 */
function SectionRoute({ section, render }: { section: Section; render?: (user: CurrentUser) => ReactNode }) {
  const { session } = useSession();
  if (session.status !== 'signed-in') {
    return null;
  }
  const allowed = sectionsFor(session.user.groups).some((open) => open.id === section.id);
  if (!allowed) {
    return <Navigate to="/" replace />;
  }
  return render ? render(session.user) : <SectionPage section={section} />;
}

function section(id: Section['id']): Section {
  return SECTIONS.find((candidate) => candidate.id === id)!;
}

/** The screens each section opens; a section without one shows its description (and what is missing). */
const SCREENS: Partial<Record<Section['id'], RouteObject[]>> = {
  inbox: [
    { path: '/inbox', element: <SectionRoute section={section('inbox')} render={(user) => <InboxPage user={user} />} /> },
    { path: '/inbox/:taskId', element: <SectionRoute section={section('inbox')} render={(user) => <TaskPage user={user} />} /> },
  ],
  compose: [
    { path: '/compose', element: <SectionRoute section={section('compose')} render={(user) => <ComposerPage user={user} />} /> },
    { path: '/compose/:postId', element: <SectionRoute section={section('compose')} render={(user) => <ComposerPage user={user} />} /> },
  ],
  accounts: [{ path: '/accounts', element: <SectionRoute section={section('accounts')} render={() => <AccountsPage />} /> }],
  crisis: [{ path: '/crisis', element: <SectionRoute section={section('crisis')} render={(user) => <CrisisConsolePage user={user} />} /> }],
  consents: [{ path: '/consents', element: <SectionRoute section={section('consents')} render={(user) => <ConsentRegistryPage user={user} />} /> }],
  dashboard: [{ path: '/dashboard', element: <SectionRoute section={section('dashboard')} render={() => <DashboardPage />} /> }],
  posts: [{ path: '/posts', element: <SectionRoute section={section('posts')} render={() => <MyPostsPage />} /> }],
  rules: [{ path: '/rules', element: <SectionRoute section={section('rules')} render={(user) => <RuleConsolePage user={user} />} /> }],
  processes: [
    { path: '/processes', element: <SectionRoute section={section('processes')} render={(user) => <Lazy><ProcessListPage user={user} /></Lazy>} /> },
    { path: '/processes/drafts/:draftId', element: <SectionRoute section={section('processes')} render={() => <Lazy><ProcessEditorPage /></Lazy>} /> },
    { path: '/processes/:definitionId', element: <SectionRoute section={section('processes')} render={(user) => <Lazy><ProcessVersionPage user={user} /></Lazy>} /> },
    { path: '/processes/:definitionId/edit', element: <SectionRoute section={section('processes')} render={() => <Lazy><ProcessEditorPage /></Lazy>} /> },
    { path: '/processes/:definitionId/migration', element: <SectionRoute section={section('processes')} render={() => <Lazy><MigrationPage /></Lazy>} /> },
  ],
};

/** Any signed-in user may open a post's record; the server answers 404 for posts they may not see. */
function PostRecordRoute() {
  const { session } = useSession();
  return session.status === 'signed-in' ? <PostRecordPage user={session.user} /> : null;
}

/** /tasks/:taskId is an alias of the task view in the inbox. */
function TaskAlias() {
  const { taskId = '' } = useParams();
  return <Navigate to={`/inbox/${encodeURIComponent(taskId)}`} replace />;
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  {
    element: <SignedInLayout />,
    children: [
      { index: true, element: <WelcomeRoute /> },
      ...SECTIONS.flatMap((entry) => SCREENS[entry.id] ?? [{ path: entry.path, element: <SectionRoute section={entry} /> }]),
      { path: '/posts/:postId', element: <PostRecordRoute /> },
      { path: '/tasks/:taskId', element: <TaskAlias /> },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
];
