import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { csrfResponse, json, mockBackend, problem } from '@/test/fetch-mock';
import { routes } from './routes';
import { SessionProvider } from './session-provider';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
  return router;
}

const noSession = () => problem(401, 'Unauthorized', 'Sign in first.');

describe('routes', () => {
  it('sends a visitor without a session to /login', async () => {
    mockBackend({ 'GET /api/me': noSession });

    const router = renderAt('/inbox');

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeDefined();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('brings the user back where they wanted to go after signing in', async () => {
    mockBackend({
      'GET /api/me': noSession,
      'GET /api/csrf': csrfResponse(),
      'POST /api/login': () => json({ username: 'lee', groups: ['legal'] }),
      'GET /api/tasks': () => json([]),
      'GET /api/posts': () => json([]),
    });
    const router = renderAt('/inbox');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Username'), 'lee');
    await user.type(screen.getByLabelText('Password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Inbox' })).toBeDefined();
    expect(await screen.findByText('No open tasks for your groups.')).toBeDefined();
    expect(router.state.location.pathname).toBe('/inbox');
  });

  it('greets a user who already has a session, and keeps them out of sections their groups do not open', async () => {
    mockBackend({ 'GET /api/me': () => json({ username: 'ana', groups: ['authors'] }) });

    const router = renderAt('/rules');

    expect(await screen.findByRole('heading', { name: 'Welcome, ana' })).toBeDefined();
    expect(router.state.location.pathname).toBe('/');
  });

  it('returns to the sign-in page after signing out', async () => {
    mockBackend({
      'GET /api/me': () => json({ username: 'ana', groups: ['authors'] }),
      'GET /api/csrf': csrfResponse(),
      'POST /api/logout': () => new Response(null, { status: 204 }),
    });
    const router = renderAt('/');

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeDefined();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('opens the rule console for rules administrators', async () => {
    mockBackend({
      'GET /api/me': () => json({ username: 'rae', groups: ['rules-admins'] }),
      'GET /api/rule-packs': () => json([]),
      'GET /api/rule-packs/dismissal-rates': () => json([]),
    });
    renderAt('/rules');

    expect(await screen.findByRole('heading', { name: 'Rule packs' })).toBeDefined();
  });

  it('loads the modeler’s screens on demand for modelers', async () => {
    mockBackend({
      'GET /api/me': () => json({ username: 'mo', groups: ['modelers'] }),
      'GET /api/processes': () => json([]),
      'GET /api/process-drafts': () => json([]),
    });
    renderAt('/processes');

    expect(await screen.findByRole('heading', { name: 'Processes' }, { timeout: 5000 })).toBeDefined();
    expect(await screen.findByText('No process is deployed.')).toBeDefined();
  });

  it('sends an author who opens the modeler home', async () => {
    mockBackend({ 'GET /api/me': () => json({ username: 'ana', groups: ['authors'] }) });
    const router = renderAt('/processes/PostApprovalProcess:1:a/edit');

    expect(await screen.findByRole('heading', { name: 'Welcome, ana' })).toBeDefined();
    expect(router.state.location.pathname).toBe('/');
  });
});
