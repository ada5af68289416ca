import { describe, expect, it } from 'vitest';
import { slaState } from './sla';
import { filtersFromParams, filtersToParams, NO_FILTERS } from './task-filters';

const NOW = new Date('2026-03-01T12:00:00Z');

describe('filters in the address', () => {
  it('round-trip through the query string and ignore values that are not allowed', () => {
    const filters = { ...NO_FILTERS, platform: 'TWITTER', category: 'PHI', crisisOnly: true, sort: 'due-desc' } as const;

    expect(filtersToParams(filters).toString()).toBe('platform=TWITTER&category=PHI&crisis=true&sort=due-desc');
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
    expect(filtersFromParams(new URLSearchParams('platform=MYSPACE&due=yesterday'))).toEqual(NO_FILTERS);
  });

  it('are named as GET /api/tasks names its query parameters', () => {
    const filters = { ...NO_FILTERS, stage: 'LEGAL', route: 'NEEDS_LEGAL', due: 'overdue', claim: 'mine' } as const;

    expect(filtersToParams(filters).toString()).toBe('route=NEEDS_LEGAL&stage=LEGAL&due=overdue&claim=mine');
    expect(filtersToParams(NO_FILTERS).toString()).toBe('');
  });
});

describe('slaState', () => {
  it.each([
    [null, 'no-due-date'],
    ['2026-03-01T11:59:00Z', 'overdue'],
    ['2026-03-01T12:00:00Z', 'due-soon'],
    ['2026-03-01T13:00:00Z', 'due-soon'],
    ['2026-03-01T13:00:01Z', 'on-time'],
  ])('due %s is %s', (due, expected) => {
    expect(slaState(due, NOW)).toBe(expected);
  });
});
