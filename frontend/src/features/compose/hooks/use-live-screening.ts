import { useEffect, useMemo, useState } from 'react';
import { isAbort } from '@/lib/api-client';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { screenText } from '../api/screen-text';
import { mergeScreenings, type MergedScreening } from '../lib/merge-screenings';
import type { ScreeningInput } from '../types';

export const SCREENING_DELAY_MS = 400;

export type LiveScreening =
  | { status: 'idle' }
  | { status: 'screening'; previous?: Screened }
  | { status: 'done'; screened: Screened }
  | { status: 'error'; error: unknown; previous?: Screened };

/** A result together with the exact text it was computed for, so its spans can be moved onto later edits. */
export type Screened = { text: string; result: MergedScreening };

function lastScreened(state: LiveScreening): Screened | undefined {
  if (state.status === 'done') {
    return state.screened;
  }
  return state.status === 'idle' ? undefined : state.previous;
}

/**
 * Screens the post while the author types: once the input has been still for {@link SCREENING_DELAY_MS},
 * one request per chosen platform (the first platform stands in when none is chosen yet). A newer input
 * aborts the requests still under way for an older one, so a slow answer never overwrites a newer one.
 */
export function useLiveScreening(input: ScreeningInput, delayMs = SCREENING_DELAY_MS) {
  const key = useMemo(() => JSON.stringify(input), [input]);
  const settledKey = useDebouncedValue(key, delayMs);
  const [state, setState] = useState<LiveScreening>({ status: 'idle' });

  useEffect(() => {
    const request = JSON.parse(settledKey) as ScreeningInput;
    if (request.text.trim() === '') {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState((current) => ({ status: 'screening', previous: lastScreened(current) }));
    const platforms = request.platforms.length > 0 ? request.platforms : (['FACEBOOK'] as const);
    Promise.all(
      platforms.map((platform) =>
        screenText(
          {
            text: request.text,
            platform,
            kind: request.kind,
            sponsored: request.sponsored,
            consentOnFile: request.consentOnFile,
            mediaDescriptions: request.mediaDescriptions,
          },
          controller.signal,
        ).then((result) => [platform, result] as const),
      ),
    ).then(
      (results) => {
        if (!controller.signal.aborted) {
          setState({ status: 'done', screened: { text: request.text, result: mergeScreenings(results) } });
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted && !isAbort(error)) {
          setState((current) => ({ status: 'error', error, previous: lastScreened(current) }));
        }
      },
    );
    return () => controller.abort();
  }, [settledKey]);

  return { state, pending: key !== settledKey || state.status === 'screening', latest: lastScreened(state) };
}
