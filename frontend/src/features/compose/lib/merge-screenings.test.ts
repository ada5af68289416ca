import { describe, expect, it } from 'vitest';
import type { Finding, ScreeningResult } from '@/types/screening';
import { mergeScreenings } from './merge-screenings';

const finding = (ruleId: string, start: number, end: number): Finding => ({
  ruleId,
  pack: 'p',
  category: 'PLATFORM_POLICY',
  severity: 'WARNING',
  message: '',
  start,
  end,
  suggestion: null,
});

const screening = (route: ScreeningResult['route'], findings: Finding[]): ScreeningResult => ({
  route,
  fastTrackEligible: true,
  findings,
  packs: [{ id: 'p', version: '1' }],
});

describe('mergeScreenings', () => {
  it('keeps the strictest route, lists a shared finding once with its platforms, and orders findings by position', () => {
    const merged = mergeScreenings([
      ['FACEBOOK', screening('NEEDS_COMPLIANCE', [finding('B', 10, 12), finding('A', 0, 4)])],
      ['TWITTER', screening('BLOCK', [finding('A', 0, 4), finding('X_LENGTH', 280, 300)])],
    ]);

    expect(merged.route).toBe('BLOCK');
    expect(merged.findings.map((f) => [f.ruleId, f.platforms])).toEqual([
      ['A', ['FACEBOOK', 'TWITTER']],
      ['B', ['FACEBOOK']],
      ['X_LENGTH', ['TWITTER']],
    ]);
    expect(merged.packs).toEqual([{ id: 'p', version: '1' }]);
  });
});
