import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderInDataRouter } from '@/test/data-router';
import { csrfResponse, json, mockBackend } from '@/test/fetch-mock';
import type { Account } from '@/types/account';
import { draftPost } from '@/test/post-fixture';
import type { Post } from '@/types/post';
import { ComposerForm } from './composer-form';

const account = (id: number, platform: Account['platform'], displayName: string, network: Account['network'] = 'X'): Account => ({
  id,
  network,
  platform,
  displayName,
  platformAccountId: `${id}`,
  apiBaseUrl: null,
  hasToken: true,
  active: true,
  connectedBy: 'admin',
  connectedAt: '2026-01-01T00:00:00Z',
});

const ACCOUNTS = [account(1, 'FACEBOOK', 'Clinic Page', 'FACEBOOK'), account(2, 'TWITTER', 'Clinic on X'), account(3, 'TWITTER', 'Clinic on Mastodon', 'MASTODON')];

function created(body: unknown): Post {
  const sent = body as { text: string; platforms: Post['platforms']; accountIds: number[] };
  return draftPost({ platforms: sent.platforms, accountIds: sent.accountIds }, sent.text);
}

function renderComposer() {
  return renderInDataRouter(<ComposerForm user={{ username: 'ana', groups: ['authors'] }} onSaved={vi.fn()} />);
}

const screening = () => json({ route: 'PASS', fastTrackEligible: false, findings: [], packs: [] });

describe('ComposerForm accounts', () => {
  it('offers the connected accounts of each chosen platform and sends the chosen ones as accountIds', async () => {
    const { requests } = mockBackend({
      'GET /api/accounts': () => json(ACCOUNTS),
      'GET /api/csrf': csrfResponse(),
      'POST /api/screenings': screening,
      'POST /api/posts': async (request) => json(created(await request.json()), 201),
    });
    renderComposer();
    const user = userEvent.setup();

    const facebook = await screen.findByRole('group', { name: 'Facebook accounts' });
    expect(within(facebook).getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual(['Clinic Page (Facebook)']);
    expect(screen.queryByRole('group', { name: 'X accounts' })).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'X' }));
    const x = screen.getByRole('group', { name: 'X accounts' });
    await user.click(within(x).getByRole('checkbox', { name: 'Clinic on Mastodon (Mastodon)' }));
    await user.click(within(facebook).getByRole('checkbox', { name: 'Clinic Page (Facebook)' }));
    fireEvent.change(screen.getByLabelText('Post text'), { target: { value: 'Flu shots on Saturday.' } });
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByText(/Draft saved/)).toBeDefined();
    const sent = requests.find((request) => request.method === 'POST' && new URL(request.url).pathname === '/api/posts')!;
    expect(await sent.json()).toMatchObject({ platforms: ['FACEBOOK', 'TWITTER'], accountIds: [1, 3] });
  });

  it('drops the accounts of a platform that is unticked, and sends none when none is chosen', async () => {
    const { requests } = mockBackend({
      'GET /api/accounts': () => json(ACCOUNTS),
      'GET /api/csrf': csrfResponse(),
      'POST /api/screenings': screening,
      'POST /api/posts': async (request) => json(created(await request.json()), 201),
    });
    renderComposer();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('checkbox', { name: 'X' }));
    await user.click(screen.getByRole('checkbox', { name: 'Clinic on X (X)' }));
    await user.click(screen.getByRole('checkbox', { name: 'X' }));
    expect(screen.queryByRole('checkbox', { name: 'Clinic on X (X)' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Post text'), { target: { value: 'Flu shots on Saturday.' } });
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByText(/Draft saved/)).toBeDefined();
    const sent = requests.find((request) => request.method === 'POST' && new URL(request.url).pathname === '/api/posts')!;
    expect(await sent.json()).toMatchObject({ platforms: ['FACEBOOK'], accountIds: [] });
  });

  it('says the default account publishes when no account is connected or the list cannot be read', async () => {
    mockBackend({ 'GET /api/accounts': () => json([]), 'POST /api/screenings': screening });
    const view = renderComposer();
    expect((await screen.findByRole('group', { name: 'Facebook accounts' })).textContent).toContain('no connected account, the default account publishes');
    view.unmount();

    mockBackend({ 'POST /api/screenings': screening });
    renderComposer();
    expect(await screen.findByText(/connected accounts could not be loaded: the post goes out on each platform's default account/)).toBeDefined();
  });
});
