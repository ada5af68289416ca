import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { csrfResponse, json, mockBackend } from '@/test/fetch-mock';
import type { Account } from '@/types/account';
import { AccountsPage } from './accounts-page';

const account = (id: number, overrides: Partial<Account> = {}): Account => ({
  id,
  network: 'MASTODON',
  platform: 'TWITTER',
  displayName: `Clinic ${id}`,
  platformAccountId: `10${id}`,
  apiBaseUrl: 'https://mastodon.example',
  hasToken: true,
  active: true,
  connectedBy: 'admin',
  connectedAt: '2026-01-01T00:00:00Z',
  ...overrides,
});

const problem = (status: number, slug: string, detail: string) =>
  new Response(JSON.stringify({ type: `urn:clearance:problem:${slug}`, title: 'Unprocessable Entity', status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

describe('AccountsPage', () => {
  it('lists accounts saying only whether they have a token, and disconnects one after confirming', async () => {
    let accounts = [account(1), account(2, { network: 'FACEBOOK', platform: 'FACEBOOK', apiBaseUrl: null, hasToken: false })];
    const { requests } = mockBackend({
      'GET /api/accounts': () => json(accounts),
      'GET /api/csrf': csrfResponse(),
      'DELETE /api/accounts/1': () => {
        const gone = { ...accounts[0], active: false, hasToken: false };
        accounts = accounts.slice(1);
        return json(gone);
      },
    });
    render(<AccountsPage />);
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Connected accounts' });
    const first = within(table).getByRole('row', { name: /Clinic 1/ });
    expect(first.textContent).toContain('Mastodon');
    expect(first.textContent).toContain('Stored (encrypted)');
    expect(within(table).getByRole('row', { name: /Clinic 2/ }).textContent).toContain('None');

    await user.click(within(first).getByRole('button', { name: 'Disconnect Clinic 1' }));
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);
    await user.click(within(first).getByRole('button', { name: 'Confirm disconnect' }));

    expect(await screen.findByText('Disconnected Clinic 1.')).toBeDefined();
    expect(screen.queryByRole('row', { name: /Clinic 1/ })).toBeNull();
    expect(requests.filter((request) => request.method === 'DELETE').map((request) => new URL(request.url).pathname)).toEqual(['/api/accounts/1']);
  });

  it('connects an account with its token in a password field, and shows a missing server key readably', async () => {
    let refuse = true;
    const { requests } = mockBackend({
      'GET /api/accounts': () => json(refuse ? [] : [account(3)]),
      'GET /api/csrf': csrfResponse(),
      'POST /api/accounts': () => {
        if (refuse) {
          refuse = false;
          return problem(422, 'token-key-missing', 'No token key is configured (CLEARANCE_TOKEN_KEY): tokens cannot be stored.');
        }
        return json(account(3), 201);
      },
    });
    render(<AccountsPage />);
    const user = userEvent.setup();
    await screen.findByText('No account is connected.');

    const token = screen.getByLabelText('Access token');
    expect(token.getAttribute('type')).toBe('password');

    await user.click(screen.getByRole('button', { name: 'Connect account' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Give a name, the platform account id and the Mastodon instance address.');

    await user.type(screen.getByLabelText('Name'), 'Clinic 3');
    await user.type(screen.getByLabelText(/^Platform account id/), '103');
    await user.type(screen.getByLabelText(/^API address/), 'https://mastodon.example');
    await user.type(token, 's3cret');
    await user.click(screen.getByRole('button', { name: 'Connect account' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No token key on the server');
    expect(alert.textContent).toContain('CLEARANCE_TOKEN_KEY');

    await user.click(screen.getByRole('button', { name: 'Connect account' }));
    expect(await screen.findByText('Connected Clinic 3 (account 3).')).toBeDefined();
    expect(screen.getByRole('row', { name: /Clinic 3/ })).toBeDefined();
    const sent = requests.filter((request) => request.method === 'POST' && request.url.endsWith('/api/accounts'));
    expect(await sent[1].json()).toEqual({
      network: 'MASTODON',
      displayName: 'Clinic 3',
      platformAccountId: '103',
      apiBaseUrl: 'https://mastodon.example',
      token: 's3cret',
    });
    // The token field is emptied once the account is connected.
    expect((screen.getByLabelText('Access token') as HTMLInputElement).value).toBe('');
  });
});
