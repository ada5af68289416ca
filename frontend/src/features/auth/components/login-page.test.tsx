import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { csrfResponse, json, mockBackend, problem } from '@/test/fetch-mock';
import { LoginPage } from './login-page';

async function signIn(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Username'), username);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  it('shows the server’s reason when the credentials are refused', async () => {
    mockBackend({
      'GET /api/csrf': csrfResponse(),
      'POST /api/login': () => problem(401, 'Unauthorized', 'Username or password is wrong.'),
    });
    const onLogin = vi.fn();
    render(<LoginPage onLogin={onLogin} />);

    expect(screen.queryByRole('alert')).toBeNull();
    await signIn('alice', 'wrong');

    expect((await screen.findByRole('alert')).textContent).toBe('Username or password is wrong.');
    expect(onLogin).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveProperty('disabled', false);
  });

  it('posts the credentials as a form with the CSRF token and hands the user to onLogin', async () => {
    let issued = 0;
    const { requests } = mockBackend({
      'GET /api/csrf': () => csrfResponse(`token-${++issued}`)(),
      'POST /api/login': () => json({ username: 'alice', groups: ['authors'] }),
    });
    const onLogin = vi.fn();
    render(<LoginPage onLogin={onLogin} />);

    await signIn('alice', 's3cret&more');

    await vi.waitFor(() => expect(onLogin).toHaveBeenCalledWith({ username: 'alice', groups: ['authors'] }));
    const loginRequest = requests.find((request) => request.method === 'POST')!;
    expect(loginRequest.headers.get('Content-Type')).toBe('application/x-www-form-urlencoded');
    expect(loginRequest.headers.get('X-XSRF-TOKEN')).toBe('token-1');
    expect(Object.fromEntries(new URLSearchParams(await loginRequest.text()))).toEqual({
      username: 'alice',
      password: 's3cret&more',
    });
    // The session changed, so a fresh token was fetched after the login answered.
    expect(requests.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      'GET /api/csrf',
      'POST /api/login',
      'GET /api/csrf',
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
