import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
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

describe('AppShell navigation', () => {
  it.each([
    [['authors'], ['Compose', 'My posts']],
    [['compliance'], ['Inbox', 'Dashboard (not yet available)']],
    [['legal'], ['Inbox', 'Dashboard (not yet available)']],
    [['crisis-leads'], ['Inbox', 'Crisis (not yet available)']],
    [['rules-admins'], ['Rules']],
    [['modelers'], ['Processes']],
    [['authors', 'legal'], ['Inbox', 'Compose', 'My posts', 'Dashboard (not yet available)']],
    [
      ['admins'],
      ['Inbox', 'Compose', 'My posts', 'Crisis (not yet available)', 'Dashboard (not yet available)', 'Rules', 'Processes'],
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
      expect.stringMatching(/^Dashboard \(not yet available\): Queue sizes/),
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
