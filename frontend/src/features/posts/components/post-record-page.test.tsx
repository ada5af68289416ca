import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { csrfResponse, json, mockBackend } from '@/test/fetch-mock';
import type { Account } from '@/types/account';
import type { CurrentUser } from '@/types/current-user';
import type { HistoryEntry, Post, Publication } from '@/types/post';
import { PostRecordPage } from './post-record-page';

function post(overrides: Partial<Post> = {}): Post {
  return {
    id: 7,
    status: 'PUBLISHED',
    version: 3,
    author: 'ana',
    kind: 'POST',
    sponsored: false,
    platforms: ['TWITTER'],
    accountIds: [1, 2],
    scheduledAt: null,
    legalRequired: false,
    revision: { number: 1, text: 'Flu shots this week.', mediaDescriptions: [], consentIds: [], createdBy: 'ana', createdAt: '2026-01-01T00:00:00Z' },
    screening: null,
    decisions: [],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

function publication(overrides: Partial<Publication> = {}): Publication {
  return {
    platform: 'TWITTER',
    accountId: 1,
    status: 'PUBLISHED',
    externalId: '111',
    url: 'https://mastodon.example/@clinic/111',
    publishedAt: '2026-01-02T10:00:00Z',
    attempts: 1,
    revision: 1,
    text: 'Flu shots this week.',
    mediaDescriptions: [],
    lastError: null,
    permanentFailure: false,
    engagement: { likes: 4, shares: 2, comments: 1, reach: null, fetchedAt: '2026-01-02T11:00:00Z' },
    ...overrides,
  };
}

const account = (id: number, displayName: string): Account => ({
  id,
  network: 'MASTODON',
  platform: 'TWITTER',
  displayName,
  platformAccountId: `${id}`,
  apiBaseUrl: 'https://mastodon.example',
  hasToken: true,
  active: true,
  connectedBy: 'admin',
  connectedAt: '2026-01-01T00:00:00Z',
});

const entry = (sequence: number, type: string, detail: string | null = null): HistoryEntry => ({
  sequence,
  type,
  actor: 'workflow',
  revision: 1,
  from: null,
  to: null,
  detail,
  at: '2026-01-02T09:00:00Z',
  hash: `h${sequence}`,
});

function renderRecord(user: CurrentUser) {
  return render(
    <MemoryRouter initialEntries={['/posts/7']}>
      <Routes>
        <Route path="/posts/:postId" element={<PostRecordPage user={user} />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('PostRecordPage publications', () => {
  it('archives each publication by account, with the text as published, its link, error and figures', async () => {
    mockBackend({
      'GET /api/posts/7': () => json(post()),
      'GET /api/posts/7/history': () => json([]),
      'GET /api/accounts': () => json([account(1, 'Clinic on Mastodon'), account(2, 'Clinic on X')]),
      'GET /api/posts/7/publications': () =>
        json([
          publication(),
          publication({ accountId: 2, status: 'FAILED', url: null, externalId: null, publishedAt: null, attempts: 3, text: 'Flu shots this week.', lastError: 'Token revoked (401)', permanentFailure: true, engagement: null }),
        ]),
    });
    renderRecord({ username: 'ana', groups: ['authors'] });

    const mastodon = await screen.findByRole('listitem', { name: 'X, Clinic on Mastodon' });
    expect(within(mastodon).getByRole('heading').textContent).toBe('X, Clinic on Mastodon: Published');
    expect(within(mastodon).getByRole('link', { name: 'https://mastodon.example/@clinic/111' }).getAttribute('href')).toBe('https://mastodon.example/@clinic/111');
    expect(mastodon.textContent).toContain('Flu shots this week.');
    expect(mastodon.textContent).toContain('4 likes, 2 shares, 1 comments, – reach');

    const x = screen.getByRole('listitem', { name: 'X, Clinic on X' });
    expect(x.textContent).toContain('Failed');
    expect(x.textContent).toContain('Token revoked (401) (permanent: no more retries');
    // An author does not take posts down.
    expect(screen.queryByRole('button', { name: 'Take down' })).toBeNull();
  });

  it('lets compliance take a published post down after confirming, and shows a refusal readably', async () => {
    let attempts = 0;
    const { requests } = mockBackend({
      'GET /api/posts/7': () => json(post()),
      'GET /api/posts/7/history': () => json([]),
      'GET /api/accounts': () => json([account(1, 'Clinic on Mastodon')]),
      'GET /api/posts/7/publications': () => json([publication({ status: attempts > 1 ? 'TAKEN_DOWN' : 'PUBLISHED' })]),
      'GET /api/csrf': csrfResponse(),
      'POST /api/posts/7/takedown': () => {
        attempts += 1;
        return attempts === 1
          ? new Response(
              JSON.stringify({ type: 'urn:clearance:problem:takedown-failed', title: 'Conflict', status: 409, detail: 'Mastodon refused: record not found.' }),
              { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : json([publication({ status: 'TAKEN_DOWN' })]);
      },
    });
    renderRecord({ username: 'cleo', groups: ['compliance'] });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Take down' }));
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
    await user.type(screen.getByLabelText('Reason for the take-down'), 'Wrong clinic hours');
    await user.click(screen.getByRole('button', { name: 'Confirm take-down' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Take-down not finished');
    expect(alert.textContent).toContain('Mastodon refused: record not found.');

    await user.click(screen.getByRole('button', { name: 'Confirm take-down' }));
    expect(await screen.findByRole('heading', { name: 'X, Clinic on Mastodon: Taken down' })).toBeDefined();
    const sent = requests.filter((request) => request.method === 'POST' && request.url.endsWith('/takedown'));
    expect(sent).toHaveLength(2);
    expect(await sent[0].json()).toEqual({ reason: 'Wrong clinic hours' });
    expect(screen.queryByRole('button', { name: 'Take down' })).toBeNull();
  });
});

describe('PostRecordPage late approval', () => {
  const late = post({ status: 'APPROVED', scheduledAt: '2026-01-01T08:00:00Z', accountIds: [] });
  const history = [entry(1, 'SUBMITTED'), entry(2, 'APPROVED', 'approved after its scheduled time; waits for its author')];

  it('offers the author "Publish now" and sends publishNow', async () => {
    const { requests } = mockBackend({
      'GET /api/posts/7': () => json(late),
      'GET /api/posts/7/history': () => json(history),
      'GET /api/accounts': () => json([]),
      'GET /api/posts/7/publications': () => json([]),
      'GET /api/csrf': csrfResponse(),
      'POST /api/posts/7/publication-time': () => json(late),
    });
    renderRecord({ username: 'ana', groups: ['authors'] });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Approved after its scheduled time' })).toBeDefined();
    expect(screen.queryByText(/publishing now/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Publish now' }));

    const sent = await waitForRequest(requests, '/publication-time');
    expect(await sent.json()).toEqual({ publishNow: true });
  });

  it('reschedules to the chosen time, and shows the server refusing a past time', async () => {
    const { requests } = mockBackend({
      'GET /api/posts/7': () => json(late),
      'GET /api/posts/7/history': () => json(history),
      'GET /api/accounts': () => json([]),
      'GET /api/posts/7/publications': () => json([]),
      'GET /api/csrf': csrfResponse(),
      'POST /api/posts/7/publication-time': () =>
        new Response(
          JSON.stringify({ type: 'urn:clearance:problem:schedule-in-past', title: 'Bad Request', status: 400, detail: 'The new time has passed too; choose a later time or publish now.' }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    renderRecord({ username: 'ana', groups: ['authors'] });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Reschedule' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose the new date and time.');
    await user.type(screen.getByLabelText('New publication time'), '2030-05-01T09:30');
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));

    expect((await screen.findByRole('alert')).textContent).toContain('That time has passed');
    const sent = requests.find((request) => request.method === 'POST' && request.url.endsWith('/publication-time'))!;
    expect(await sent.json()).toEqual({ scheduledAt: new Date('2030-05-01T09:30').toISOString() });
  });

  it('does not offer the choice once the author made it, nor to anyone else', async () => {
    mockBackend({
      'GET /api/posts/7': () => json(late),
      'GET /api/posts/7/history': () => json(history),
      'GET /api/accounts': () => json([]),
      'GET /api/posts/7/publications': () => json([]),
    });
    renderRecord({ username: 'cleo', groups: ['compliance'] });
    expect(await screen.findByText(/waits for its author to publish it now or reschedule it/)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Publish now' })).toBeNull();
  });
});

async function waitForRequest(requests: Request[], suffix: string): Promise<Request> {
  for (let i = 0; i < 50; i += 1) {
    const found = requests.find((request) => request.method === 'POST' && request.url.endsWith(suffix));
    if (found) {
      return found;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no POST ${suffix}`);
}
