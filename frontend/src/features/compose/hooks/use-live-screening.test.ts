import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScreeningResult } from '@/types/screening';
import type { ScreeningInput } from '../types';
import { useLiveScreening } from './use-live-screening';

const input = (text: string, platforms: ScreeningInput['platforms'] = ['FACEBOOK']): ScreeningInput => ({
  text,
  platforms,
  kind: 'POST',
  sponsored: false,
  consentOnFile: false,
  mediaDescriptions: [],
});

const result = (ruleId: string): ScreeningResult => ({
  route: 'NEEDS_COMPLIANCE',
  fastTrackEligible: false,
  findings: [{ ruleId, pack: 'p', category: 'PHI', severity: 'WARNING', message: 'm', start: 0, end: 1, suggestion: null }],
  packs: [{ id: 'p', version: '1' }],
});

type Pending = { body: { text: string; platform: string }; signal: AbortSignal; resolve: (value: ScreeningResult) => void };

/** A backend whose screening answers only when the test says so, recording each request and its abort signal. */
function controllableBackend() {
  const pending: Pending[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      if (url === '/api/csrf') {
        return new Response(JSON.stringify({ token: 't', headerName: 'X-XSRF-TOKEN' }), { headers: { 'Content-Type': 'application/json' } });
      }
      const body = JSON.parse(String(init.body)) as Pending['body'];
      return new Promise<Response>((resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        pending.push({
          body,
          signal: init.signal!,
          resolve: (value) => resolve(new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } })),
        });
      });
    }),
  );
  return pending;
}

async function flush() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

describe('useLiveScreening', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits until typing pauses for 400 ms, then screens the latest text once per platform', async () => {
    const pending = controllableBackend();
    const { rerender } = renderHook(({ value }) => useLiveScreening(value), { initialProps: { value: input('') } });

    rerender({ value: input('J') });
    await act(async () => vi.advanceTimersByTimeAsync(200));
    rerender({ value: input('Jo', ['FACEBOOK', 'TWITTER']) });
    await act(async () => vi.advanceTimersByTimeAsync(399));
    rerender({ value: input('John', ['FACEBOOK', 'TWITTER']) });
    await act(async () => vi.advanceTimersByTimeAsync(399));

    expect(pending).toHaveLength(0);

    await act(async () => vi.advanceTimersByTimeAsync(1));
    await flush();

    expect(pending.map((request) => [request.body.text, request.body.platform])).toEqual([
      ['John', 'FACEBOOK'],
      ['John', 'TWITTER'],
    ]);
  });

  it('aborts the requests of an older text, and never lets their late answer replace a newer one', async () => {
    const pending = controllableBackend();
    const { result: hook, rerender } = renderHook(({ value }) => useLiveScreening(value), { initialProps: { value: input('old') } });
    await act(async () => vi.advanceTimersByTimeAsync(400));
    await flush();
    expect(pending).toHaveLength(1);

    rerender({ value: input('new') });
    await act(async () => vi.advanceTimersByTimeAsync(400));
    await flush();

    expect(pending[0].signal.aborted).toBe(true);
    expect(pending[1].body.text).toBe('new');

    pending[1].resolve(result('NEW_RULE'));
    await flush();
    pending[0].resolve(result('OLD_RULE'));
    await flush();

    expect(hook.current.state.status).toBe('done');
    expect(hook.current.latest?.text).toBe('new');
    expect(hook.current.latest?.result.findings.map((finding) => finding.ruleId)).toEqual(['NEW_RULE']);
    expect(hook.current.pending).toBe(false);
  });

  it('screens a text it starts with (a loaded post) at once', async () => {
    const pending = controllableBackend();
    renderHook(() => useLiveScreening(input('Loaded post')));
    await flush();

    expect(pending.map((request) => request.body.text)).toEqual(['Loaded post']);
  });

  it('does not screen an empty text', async () => {
    const pending = controllableBackend();
    const { result: hook } = renderHook(() => useLiveScreening(input('   ')));
    await act(async () => vi.advanceTimersByTimeAsync(1000));

    expect(pending).toHaveLength(0);
    expect(hook.current.state.status).toBe('idle');
  });
});
