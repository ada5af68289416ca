import { vi } from 'vitest';

type Handler = (request: Request) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function problem(status: number, title: string, detail: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export const csrfResponse = (token = 'csrf-1') => () =>
  json({ token, headerName: 'X-XSRF-TOKEN', parameterName: '_csrf' });

/**
 * Replaces global fetch with a fake backend keyed by "METHOD /path". Unknown routes answer 404 so a
 * test fails loudly when the app calls something it should not. Returns the recorded requests.
 */
export function mockBackend(routes: Record<string, Handler>) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const request = new Request(url, init);
    requests.push(request.clone());
    const handler = routes[`${request.method} ${url.pathname}`];
    return handler ? handler(request) : problem(404, 'Not Found', `No route for ${request.method} ${url.pathname}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, requests };
}
