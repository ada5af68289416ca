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
  escalated: false,
  post: { excerpt: 'We are guaranteed to cure it.', platforms: ['FACEBOOK'], route: 'NEEDS_LEGAL', categories: ['MEDICAL_CLAIM'], crisis: false, kind: 'POST', status: 'IN_REVIEW' },
});

const revisions = (postId: number) => () =>
  json([
    { number: 1, text: 'We are guaranteed to cure it.', platforms: ['FACEBOOK'], mediaDescriptions: [], consentIds: [], createdAt: '2026-01-01T00:00:00Z', createdBy: 'ana', contentHash: `h${postId}` },
  ]);

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
      'GET /api/tasks/t1': () => json(task('t1', 5)), 'GET /api/posts/5/revisions': revisions(5), 'GET /api/posts/5/dismissals': () => json([]),
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
      'GET /api/tasks/t1': () => json(task('t1', 5, 'cleo')), 'GET /api/posts/5/revisions': revisions(5), 'GET /api/posts/5/dismissals': () => json([]),
      'GET /api/posts/5': () => json(post(5)),
      'GET /api/tasks': () => json([]),
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
      'GET /api/tasks/t1': () => json(task('t1', 5, 'cleo')), 'GET /api/posts/5/revisions': revisions(5), 'GET /api/posts/5/dismissals': () => json([]),
      'GET /api/posts/5': () => json(post(5)),
      'GET /api/tasks': () => json([]),
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

  it('shows the words changed since the previous revision, the consent records used and an escalated SLA', async () => {
    const revised = { ...post(5), revision: { ...post(5).revision, number: 2, consentIds: ['7'] } };
    revised.screening = { ...revised.screening!, revision: 2 };
    mockBackend({
      'GET /api/tasks/t1': () => json({ ...task('t1', 5), due: '2026-01-01T00:00:00Z', escalated: true }),
      'GET /api/posts/5': () => json(revised),
      'GET /api/posts/5/revisions': () =>
        json([
          { number: 1, text: 'Our therapy cures arthritis for good.', platforms: ['FACEBOOK'], mediaDescriptions: [], consentIds: [], createdAt: '2026-01-01T00:00:00Z', createdBy: 'ana', contentHash: 'a' },
          { number: 2, text: 'Our therapy can help with arthritis.', platforms: ['FACEBOOK'], mediaDescriptions: [], consentIds: ['7'], createdAt: '2026-01-02T00:00:00Z', createdBy: 'ana', contentHash: 'b' },
        ]),
      'GET /api/posts/5/dismissals': () => json([]),
      'GET /api/consents/7': () =>
        json({ id: 7, label: 'Maria, knee story', patientRef: 'MRN-1', documentRef: 'dms://7', uses: ['STORY'], channels: ['FACEBOOK'], expiresAt: null, status: 'ACTIVE', recordedBy: 'cleo', recordedAt: '2026-01-01T00:00:00Z', revokedAt: null, revocationReason: null }),
    });
    renderAt('/inbox/t1');

    const diff = await screen.findByLabelText('Changes from revision 1 to 2');
    expect([...diff.querySelectorAll('del')].map((node) => node.textContent)).toEqual(['[removed: cures arthritis for good.]']);
    expect([...diff.querySelectorAll('ins')].map((node) => node.textContent)).toEqual(['[added: can help with arthritis.]']);
    expect(screen.getByText('Maria, knee story')).toBeDefined();
    expect(screen.getByText(/patient MRN-1/)).toBeDefined();
    expect(screen.getByText('Overdue, escalated')).toBeDefined();
  });

  it('dismisses a finding as a false positive only with a reason', async () => {
    const { requests } = mockBackend({
      'GET /api/tasks/t1': () => json(task('t1', 5, 'cleo')),
      'GET /api/posts/5': () => json(post(5)),
      'GET /api/posts/5/revisions': revisions(5), 'GET /api/posts/5/dismissals': () => json([]),
      'GET /api/csrf': csrfResponse(),
      'POST /api/posts/5/dismissals': async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        return json({ id: 1, postId: 5, revision: 1, pack: 'medical-claims', dismissedBy: 'cleo', dismissedAt: '2026-01-01T00:00:00Z', ...body }, 201);
      },
    });
    renderAt('/inbox/t1');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Dismiss CLAIM_GUARANTEE as a false positive' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss finding' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Give a reason to dismiss the finding.');
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);

    await user.type(screen.getByLabelText(/Why is this not a finding/), 'A quote from a study, with the source.');
    await user.click(screen.getByRole('button', { name: 'Dismiss finding' }));

    expect(await screen.findByText(/Dismissed as a false positive by cleo/)).toBeDefined();
    const sent = requests.find((request) => request.method === 'POST' && request.url.endsWith('/dismissals'))!;
    expect(await sent.json()).toEqual({ ruleId: 'CLAIM_GUARANTEE', start: 7, end: 25, reason: 'A quote from a study, with the source.' });
  });

  it('shows the findings already dismissed on the screened revision', async () => {
    mockBackend({
      'GET /api/tasks/t1': () => json(task('t1', 5, 'cleo')),
      'GET /api/posts/5': () => json(post(5)),
      'GET /api/posts/5/revisions': revisions(5),
      'GET /api/posts/5/dismissals': () =>
        json([{ id: 1, postId: 5, revision: 1, pack: 'medical-claims', ruleId: 'CLAIM_GUARANTEE', start: 7, end: 25, reason: 'Quoted from the study.', dismissedBy: 'lee', dismissedAt: '2026-01-01T00:00:00Z' }]),
    });
    renderAt('/inbox/t1');

    expect(await screen.findByText('Dismissed as a false positive by lee: “Quoted from the study.”')).toBeDefined();
    expect(screen.queryByRole('button', { name: /Dismiss CLAIM_GUARANTEE/ })).toBeNull();
  });

  it('says the task is gone when the server no longer has it open', async () => {
    mockBackend({});
    renderAt('/inbox/t9');

    expect(await screen.findByText(/This task is no longer open for you/)).toBeDefined();
  });

  it('hides the decision from the author of the post', async () => {
    mockBackend({ 'GET /api/tasks/t1': () => json(task('t1', 5)), 'GET /api/posts/5/revisions': revisions(5), 'GET /api/posts/5/dismissals': () => json([]), 'GET /api/posts/5': () => json(post(5, 'cleo')) });
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

  it('asks the server for the filtered tasks and shows how many match in all', async () => {
    const crisisTask = { ...task('t2', 2), post: { ...task('t2', 2).post!, crisis: true, kind: 'CRISIS_UPDATE' as const, categories: [], route: 'PASS' as const } };
    const { requests } = mockBackend({
      'GET /api/tasks': () => new Response(JSON.stringify([crisisTask]), { headers: { 'Content-Type': 'application/json', 'X-Total-Count': '1500' } }),
    });
    renderAt('/inbox?crisis=true&platform=FACEBOOK');

    expect(await screen.findByText('1500 matching tasks, 1 shown')).toBeDefined();
    expect(screen.getByText(/Showing the first 1 of 1500 matching tasks/)).toBeDefined();
    expect(screen.getByRole('link', { name: /Post 2/ }).textContent).toContain('crisis update');
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual(['/api/tasks']);
    const sent = new URL(requests[0].url).searchParams;
    expect(Object.fromEntries(sent)).toEqual({ platform: 'FACEBOOK', crisis: 'true', limit: '1000' });
  });

  it('fetches again with the new filters when one changes, and shows what the server kept', async () => {
    const { requests } = mockBackend({
      'GET /api/tasks': (request) =>
        new URL(request.url).searchParams.get('platform') === 'TWITTER'
          ? new Response('[]', { headers: { 'Content-Type': 'application/json', 'X-Total-Count': '0' } })
          : new Response(JSON.stringify([task('t1', 1)]), { headers: { 'Content-Type': 'application/json', 'X-Total-Count': '1' } }),
    });
    renderAt('/inbox');
    const user = userEvent.setup();

    expect(await screen.findByText('1 open task')).toBeDefined();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Platform' }), 'TWITTER');

    expect(await screen.findByText('No task matches these filters.')).toBeDefined();
    expect(requests.map((request) => new URL(request.url).search)).toEqual(['?limit=1000', '?platform=TWITTER&limit=1000']);
  });

  it('says readably when the server refuses a filter', async () => {
    mockBackend({
      'GET /api/tasks': () =>
        new Response(JSON.stringify({ type: 'urn:clearance:problem:invalid-filter', title: 'Bad Request', status: 400, detail: "'x' is not a valid value for claim." }), {
          status: 400,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    });
    renderAt('/inbox?platform=TWITTER');

    expect((await screen.findByRole('alert')).textContent).toContain('not a valid value');
    expect(screen.getByRole('combobox', { name: 'Platform' })).toHaveProperty('value', 'TWITTER');
  });
});
