import { ApiError, type ProblemDetail } from './api-error';

/**
 * The one way the app talks to the backend: same-origin cookies, a CSRF header on every
 * state-changing request, and problem details turned into thrown {@link ApiError}s.
 */

const CSRF_COOKIE = 'XSRF-TOKEN';
const DEFAULT_CSRF_HEADER = 'X-XSRF-TOKEN';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type CsrfToken = { headerName: string; token: string };

// Used only when the XSRF-TOKEN cookie cannot be read (not set yet, or not visible to scripts).
let tokenFromEndpoint: CsrfToken | undefined;

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const cookie = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return cookie ? decodeURIComponent(cookie.slice(prefix.length)) : undefined;
}

async function fetchCsrfToken(): Promise<CsrfToken> {
  const response = await fetch('/api/csrf', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) {
    throw await toApiError(response);
  }
  const body = (await response.json()) as { token: string; headerName?: string };
  return { headerName: body.headerName || DEFAULT_CSRF_HEADER, token: body.token };
}

async function currentCsrfToken(): Promise<CsrfToken> {
  const cookie = readCookie(CSRF_COOKIE);
  if (cookie) {
    return { headerName: tokenFromEndpoint?.headerName ?? DEFAULT_CSRF_HEADER, token: cookie };
  }
  tokenFromEndpoint ??= await fetchCsrfToken();
  return tokenFromEndpoint;
}

/** Asks the server for a new token; call it whenever the session changes (sign-in, sign-out). */
export async function refreshCsrfToken(): Promise<void> {
  tokenFromEndpoint = undefined;
  tokenFromEndpoint = await fetchCsrfToken();
}

async function toApiError(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (contentType.includes('json')) {
    try {
      return new ApiError(response.status, (await response.json()) as Partial<ProblemDetail> & Record<string, unknown>);
    } catch {
      // A body that claims to be JSON but is not: fall through to the status-only error.
    }
  }
  return new ApiError(response.status);
}

export type RequestOptions = {
  method?: string;
  body?: BodyInit;
  headers?: Record<string, string>;
  /** Aborts the request, e.g. when a newer one makes it stale; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
};

/** Sends a request and returns the parsed JSON body, or `undefined` for an empty answer (204). */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiResponse<T>(path, options)).body;
}

/** Like {@link apiRequest}, with the response's headers (e.g. a page's `X-Total-Count`). */
export async function apiResponse<T>(path: string, options: RequestOptions = {}): Promise<{ body: T; headers: Headers }> {
  const method = (options.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (UNSAFE_METHODS.has(method)) {
    const csrf = await currentCsrfToken();
    headers[csrf.headerName] = csrf.token;
  }

  const response = await fetch(path, {
    method,
    body: options.body,
    headers,
    credentials: 'same-origin',
    signal: options.signal,
  });
  if (!response.ok) {
    throw await toApiError(response);
  }
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return { body: undefined as T, headers: response.headers };
  }
  return { body: (await response.json()) as T, headers: response.headers };
}

/** JSON body helper for POST/PUT calls. */
export function jsonBody(body: unknown): Pick<RequestOptions, 'body' | 'headers'> {
  return { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
}

/** Whether a failure is only the abort of a request that became stale. */
export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** Test hook: forget any token fetched from /api/csrf. */
export function resetCsrfTokenForTests(): void {
  tokenFromEndpoint = undefined;
}
