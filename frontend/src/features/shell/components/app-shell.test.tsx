import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { json, mockBackend } from '@/test/fetch-mock';
import type { CurrentUser } from '@/types/current-user';
import { AppShell } from './app-shell';
import { Welcome } from './welcome';

function renderShell(user: CurrentUser, onSignOut = vi.fn(async () => {})) {
  render(
    <MemoryRouter>
      <AppShell user={user} onSignOut={onSignOut}>
        <Welcome user={user} />
      </AppShell>
    </MemoryRouter>,
  );
  return { onSignOut };
}

function navLabels(): string[] {
  const nav = screen.queryByRole('navigation', { name: 'Main' });
  return nav ? within(nav).getAllByRole('link').map((link) => link.textContent ?? '') : [];
}

describe('IncidentBanner', () => {
  it('shows every open incident on every screen, with its scope, and links crisis leads to the console', async () => {
    mockBackend({
      'GET /api/incidents': () =>
        json([
          { id: 3, title: 'ED on diversion', severity: 'MAJOR', allPlatforms: false, platforms: ['TWITTER', 'FACEBOOK'], status: 'OPEN', declaredBy: 'crisis', declaredAt: '2026-01-01T00:00:00Z', closedBy: null, closedAt: null, heldPostsRelease: null, heldNow: 2, holds: [], version: 0 },
        ]),
    });
    renderShell({ username: 'sam', groups: ['crisis-leads'] });

    const banner = await screen.findByRole('region', { name: 'Open crisis incidents' });
    expect(banner.textContent).toContain('Crisis incident open (major): ED on diversion.');
    expect(banner.textContent).toContain('Publications on X, Facebook are held (2 now).');
    expect(within(banner).getByRole('link', { name: 'Crisis console' })).toBeDefined();
  });

  it('shows nothing while no incident is open', async () => {
    const { requests } = mockBackend({ 'GET /api/incidents': () => json([]) });
    renderShell({ username: 'sam', groups: ['authors'] });

    await waitFor(() => expect(requests.map((request) => request.url)).toContain('http://localhost/api/incidents?status=OPEN'));
    expect(screen.queryByRole('region', { name: 'Open crisis incidents' })).toBeNull();
  });
});

describe('AppShell navigation', () => {
  it.each([
    [['authors'], ['Compose', 'My posts']],
    [['compliance'], ['Inbox', 'Consents', 'Dashboard']],
    [['legal'], ['Inbox', 'Consents', 'Dashboard']],
    [['crisis-leads'], ['Inbox', 'Crisis']],
    [['rules-admins'], ['Rules']],
    [['modelers'], ['Processes']],
    [['authors', 'legal'], ['Inbox', 'Compose', 'My posts', 'Consents', 'Dashboard']],
    [
      ['admins'],
      ['Inbox', 'Compose', 'My posts', 'Crisis', 'Consents', 'Dashboard', 'Rules', 'Processes', 'Accounts'],
    ],
  ])('shows %j only %j', (groups, expected) => {
    renderShell({ username: 'sam', groups });

    expect(navLabels()).toEqual(expected);
  });

  it('shows no navigation and says why to a user whose groups open nothing', () => {
    renderShell({ username: 'sam', groups: ['visitors'] });

    expect(navLabels()).toEqual([]);
    expect(screen.getByRole('heading', { name: 'Welcome, sam' })).toBeDefined();
    expect(screen.getByText(/do not open any workspace/).textContent).toContain('visitors');
  });

  it('names the product and the signed-in user with their groups, and welcomes them with what they can do', () => {
    renderShell({ username: 'casey', groups: ['compliance', 'authors'] });

    expect(screen.getByRole('link', { name: 'Clearance' })).toBeDefined();
    const userArea = screen.getByRole('region', { name: 'Signed-in user' });
    expect(userArea.textContent).toContain('casey');
    expect(userArea.textContent).toContain('compliance, authors');
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { name: 'Welcome, casey' })).toBeDefined();
    expect(within(main).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Inbox: Review the posts/),
      expect.stringMatching(/^Compose: Draft posts/),
      expect.stringMatching(/^My posts: Follow your posts/),
      expect.stringMatching(/^Consents: The patient consent registry/),
      expect.stringMatching(/^Dashboard: Queue sizes/),
    ]);
  });

  it('signs out through the button, and says so when that fails', async () => {
    const onSignOut = vi.fn().mockRejectedValue(new Error('Network down'));
    renderShell({ username: 'sam', groups: ['authors'] }, onSignOut);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));

    expect(onSignOut).toHaveBeenCalledOnce();
    expect((await screen.findByRole('alert')).textContent).toContain('you are still signed in: Network down');
  });
});
