import { describe, expect, it } from 'vitest';
import { csrfResponse, json, mockBackend, problem } from '@/test/fetch-mock';
import { apiRequest, refreshCsrfToken } from './api-client';
import { ApiError } from './api-error';

describe('apiRequest', () => {
  it('sends the CSRF token from the XSRF-TOKEN cookie on state-changing requests only', async () => {
    document.cookie = 'XSRF-TOKEN=from-cookie; path=/';
    const { requests } = mockBackend({
      'GET /api/things': () => json([]),
      'POST /api/things': () => json({ id: 1 }, 201),
    });

    await apiRequest('/api/things');
    await apiRequest('/api/things', { method: 'POST', body: '{}' });

    expect(requests.map((request) => request.headers.get('X-XSRF-TOKEN'))).toEqual([null, 'from-cookie']);
    expect(requests.every((request) => request.credentials === 'same-origin')).toBe(true);
  });

  it('asks /api/csrf for a token when there is no cookie, and uses the header name it returns', async () => {
    const { requests } = mockBackend({
      'GET /api/csrf': () => json({ token: 't-42', headerName: 'X-CUSTOM-CSRF', parameterName: '_csrf' }),
      'DELETE /api/things/1': () => new Response(null, { status: 204 }),
    });

    await expect(apiRequest('/api/things/1', { method: 'DELETE' })).resolves.toBeUndefined();

    expect(requests.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      'GET /api/csrf',
      'DELETE /api/things/1',
    ]);
    expect(requests[1].headers.get('X-CUSTOM-CSRF')).toBe('t-42');
  });

  it('fetches a new token on refresh instead of reusing the old one', async () => {
    let issued = 0;
    const { requests } = mockBackend({
      'GET /api/csrf': () => csrfResponse(`token-${++issued}`)(),
      'PUT /api/things/1': () => json({}),
    });

    await apiRequest('/api/things/1', { method: 'PUT' });
    await refreshCsrfToken();
    await apiRequest('/api/things/1', { method: 'PUT' });

    const puts = requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.headers.get('X-XSRF-TOKEN'))).toEqual(['token-1', 'token-2']);
  });

  it('throws the problem detail as an ApiError', async () => {
    mockBackend({ 'GET /api/me': () => problem(403, 'Forbidden', 'Authors cannot approve their own posts.') });

    const error = await apiRequest('/api/me').catch((failure: unknown) => failure);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, title: 'Forbidden', message: 'Authors cannot approve their own posts.' });
  });

  it('falls back to the title, then to the status, when the server says less', async () => {
    mockBackend({
      'GET /api/title-only': () => json({ title: 'Conflict', status: 409 }, 409),
      'GET /api/plain': () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    });

    await expect(apiRequest('/api/title-only')).rejects.toThrow('Conflict');
    await expect(apiRequest('/api/plain')).rejects.toThrow('The server answered with status 502.');
  });
});
