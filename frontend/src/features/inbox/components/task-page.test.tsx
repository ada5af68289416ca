import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { csrfResponse, json, mockBackend } from '@/test/fetch-mock';
import type { Post } from '@/types/post';
import type { Task } from '@/types/task';
import { InboxPage } from './inbox-page';
import { TaskPage } from './task-page';

const reviewer = { username: 'cleo', groups: ['compliance'] };

const task = (id: string, postId: number, assignee: string | null = null): Task => ({
  id,
  name: 'Compliance review',
  taskDefinitionKey: 'Task_ComplianceReview',
  postId,
  assignee,
  due: new Date(Date.now() + 3 * 3600_000).toISOString(),
  created: '2026-01-01T00:00:00Z',
  candidateGroups: ['compliance'],
  stage: 'COMPLIANCE',
});

const post = (id: number, author = 'ana'): Post => ({
  id,
  status: 'IN_REVIEW',
  version: 2,
  author,
  kind: 'POST',
  sponsored: false,
  platforms: ['FACEBOOK'],
  scheduledAt: null,
  legalRequired: false,
  revision: { number: 1, text: 'We are guaranteed to cure it.', mediaDescriptions: [], consentIds: [], createdBy: author, createdAt: '2026-01-01T00:00:00Z' },
  screening: {
    revision: 1,
    route: 'NEEDS_LEGAL',
    fastTrackEligible: false,
    findings: [{ ruleId: 'CLAIM_GUARANTEE', pack: 'medical-claims', category: 'MEDICAL_CLAIM', severity: 'HIGH', message: 'Guarantees a result.', start: 7, end: 25, suggestion: 'can help treat' }],
    packs: [{ id: 'medical-claims', version: '1.0.0' }],
    screenedAt: '2026-01-01T00:00:00Z',
  },
  decisions: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/inbox', element: <InboxPage user={reviewer} /> },
      { path: '/inbox/:taskId', element: <TaskPage user={reviewer} /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const segregation = () =>
  new Response(
    JSON.stringify({ type: 'urn:clearance:problem:segregation-of-duties', title: 'Forbidden', status: 403, detail: 'Nobody may review their own post.' }),
    { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
  );

describe('TaskPage', () => {
  it('shows the post with its finding marked, and says readably why the server refused a claim', async () => {
    mockBackend({
      'GET /api/tasks/t1': () => json(task('t1', 5)),
      'GET /api/posts/5': () => json(post(5)),
      'GET /api/csrf': csrfResponse(),
      'POST /api/tasks/t1/claim': segregation,
    });
    renderAt('/inbox/t1');

    expect(await screen.findByRole('heading', { name: 'Compliance review: post 5' })).toBeDefined();
    const preview = screen.getByRole('article', { name: 'Facebook preview' });
    expect(preview.querySelector('mark')?.textContent).toBe('guaranteed to cure');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Claim' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Segregation of dutiesNobody may review their own post.');
  });

  it('requires a comment to reject, and sends nothing without one', async () => {
    const { requests } = mockBackend({
      'GET /api/tasks/t1': () => json(task('t1', 5, 'cleo')),
      'GET /api/posts/5': () => json(post(5)),
      'GET /api/posts': () => json([post(5)]),
      'GET /api/csrf': csrfResponse(),
      'POST /api/tasks/t1/decision': () => new Response(null, { status: 204 }),
    });
    const router = renderAt('/inbox/t1');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: /Reject/ }));

    await user.click(screen.getByRole('button', { name: 'Record decision' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Say what the author has to change');
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);

    await user.type(screen.getByLabelText('Comment (required)'), 'No guarantees, please.');
    await user.click(screen.getByRole('button', { name: 'Record decision' }));

    expect(await screen.findByText('Recorded: rejected post 5.')).toBeDefined();
    expect(router.state.location.pathname).toBe('/inbox');
    const decision = requests.find((request) => request.method === 'POST' && request.url.endsWith('/decision'))!;
    expect(await decision.json()).toEqual({ decision: 'REJECT', comment: 'No guarantees, please.' });
  });

  it('offers "also needs legal sign-off" on a compliance approval and sends it', async () => {
    const { requests } = mockBackend({
      'GET /api/tasks/t1': () => json(task('t1', 5, 'cleo')),
      'GET /api/posts/5': () => json(post(5)),
      'GET /api/posts': () => json([]),
      'GET /api/csrf': csrfResponse(),
      'POST /api/tasks/t1/decision': () => new Response(null, { status: 204 }),
    });
    renderAt('/inbox/t1');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: /Approve/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Also needs legal sign-off' }));

    await user.click(screen.getByRole('button', { name: 'Record decision' }));

    expect(await screen.findByText('Recorded: approved post 5, sent on to legal.')).toBeDefined();
    const decision = requests.find((request) => request.url.endsWith('/decision'))!;
    expect(await decision.json()).toEqual({ decision: 'APPROVE', escalateToLegal: true });
  });

  it('hides the decision from the author of the post', async () => {
    mockBackend({ 'GET /api/tasks/t1': () => json(task('t1', 5)), 'GET /api/posts/5': () => json(post(5, 'cleo')) });
    renderAt('/inbox/t1');

    expect(await screen.findByText(/You wrote this post/)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Record decision' })).toBeNull();
  });
});

describe('InboxPage', () => {
  it('claims only the selected unclaimed tasks, and reports the one the server refused', async () => {
    const claimed: string[] = [];
    mockBackend({
      'GET /api/tasks': () => json([task('t1', 1), task('t2', 2), task('t3', 3), task('t4', 4, 'dana')]),
      'GET /api/posts': () => json([post(1), post(2), post(3), post(4)]),
      'GET /api/csrf': csrfResponse(),
      'POST /api/tasks/t1/claim': () => (claimed.push('t1'), json(task('t1', 1, 'cleo'))),
      'POST /api/tasks/t3/claim': segregation,
    });
    renderAt('/inbox');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('checkbox', { name: 'Select the task on post 1' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select the task on post 3' }));
    expect(screen.queryByRole('checkbox', { name: 'Select the task on post 4' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Claim selected (2)' }));

    expect(await screen.findByText('Claimed 1 of 2 tasks.')).toBeDefined();
    expect(claimed).toEqual(['t1']);
    expect(screen.getByRole('alert').textContent).toContain('post 3: Nobody may review their own post.');
  });

  it('filters by the address and says when nothing matches', async () => {
    mockBackend({ 'GET /api/tasks': () => json([task('t1', 1)]), 'GET /api/posts': () => json([post(1)]) });
    renderAt('/inbox?platform=TWITTER');

    expect(await screen.findByText('No task matches these filters.')).toBeDefined();
    expect(screen.getByRole('combobox', { name: 'Platform' })).toHaveProperty('value', 'TWITTER');
  });
});
