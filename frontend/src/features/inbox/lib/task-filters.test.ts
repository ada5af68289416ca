import { describe, expect, it } from 'vitest';
import type { Category } from '@/types/screening';
import type { Task, TaskPostSummary } from '@/types/task';
import { slaState } from './sla';
import { filterRows, filtersFromParams, filtersToParams, NO_FILTERS, sortRows, type InboxRow } from './task-filters';

const NOW = new Date('2026-03-01T12:00:00Z');

function row(id: string, task: Partial<Task>, post: Partial<TaskPostSummary> & { findings?: Category[] } = {}): InboxRow {
  const { findings = [], ...postFields } = post;
  return {
    task: {
      id,
      name: 'Compliance review',
      taskDefinitionKey: 'Task_ComplianceReview',
      postId: 1,
      assignee: null,
      due: null,
      created: '2026-03-01T00:00:00Z',
      candidateGroups: ['compliance'],
      stage: 'COMPLIANCE',
      escalated: false,
      post: { excerpt: 'x', platforms: ['FACEBOOK'], route: 'PASS', categories: findings, crisis: false, kind: 'POST', status: 'IN_REVIEW', ...postFields },
      ...task,
    },
  };
}

const ids = (rows: InboxRow[]) => rows.map((r) => r.task.id);

describe('filterRows', () => {
  const rows = [
    row('overdue-legal', { stage: 'LEGAL', due: '2026-03-01T11:00:00Z' }, { platforms: ['TWITTER'], route: 'NEEDS_LEGAL', findings: ['MEDICAL_CLAIM'] }),
    row('soon-mine', { assignee: 'kim', due: '2026-03-01T12:45:00Z' }, { platforms: ['FACEBOOK', 'INSTAGRAM'], findings: ['PHI'] }),
    row('later-crisis', { due: '2026-03-02T12:00:00Z' }, { kind: 'CRISIS_UPDATE', crisis: true, platforms: ['FACEBOOK'] }),
    row('no-post', {}, {}),
  ];
  rows[3] = { task: { ...rows[3].task, post: null } };

  it('passes everything with no filter set', () => {
    expect(ids(filterRows(rows, NO_FILTERS, NOW, 'kim'))).toEqual(['overdue-legal', 'soon-mine', 'later-crisis', 'no-post']);
  });

  it.each([
    [{ stage: 'LEGAL' }, ['overdue-legal']],
    [{ platform: 'INSTAGRAM' }, ['soon-mine']],
    [{ route: 'NEEDS_LEGAL' }, ['overdue-legal']],
    [{ category: 'PHI' }, ['soon-mine']],
    [{ due: 'overdue' }, ['overdue-legal']],
    [{ due: 'due-soon' }, ['soon-mine']],
    [{ claim: 'mine' }, ['soon-mine']],
    [{ claim: 'unclaimed' }, ['overdue-legal', 'later-crisis', 'no-post']],
    [{ crisisOnly: true }, ['later-crisis']],
    [{ platform: 'FACEBOOK', due: 'due-soon' }, ['soon-mine']],
  ] as const)('%j keeps %j', (filter, expected) => {
    expect(ids(filterRows(rows, { ...NO_FILTERS, ...filter }, NOW, 'kim'))).toEqual(expected);
  });

  it('leaves out a post not screened yet when filtering by route, and counts escalated tasks as overdue', () => {
    const unscreened = row('unscreened', {}, { route: null });
    const escalated = row('escalated', { due: '2026-03-01T10:00:00Z', escalated: true });

    expect(filterRows([unscreened], { ...NO_FILTERS, route: 'PASS' }, NOW, 'kim')).toEqual([]);
    expect(ids(filterRows([escalated, unscreened], { ...NO_FILTERS, due: 'overdue' }, NOW, 'kim'))).toEqual(['escalated']);
    expect(ids(filterRows([escalated, rows[0]], { ...NO_FILTERS, due: 'escalated' }, NOW, 'kim'))).toEqual(['escalated']);
  });
});

describe('sortRows', () => {
  const rows = [
    row('none', { due: null }),
    row('late', { due: '2026-03-03T00:00:00Z' }),
    row('early', { due: '2026-03-01T00:00:00Z' }),
  ];

  it('sorts by due date either way, always with undated tasks last', () => {
    expect(ids(sortRows(rows, 'due-asc'))).toEqual(['early', 'late', 'none']);
    expect(ids(sortRows(rows, 'due-desc'))).toEqual(['late', 'early', 'none']);
  });
});

describe('filters in the address', () => {
  it('round-trip through the query string and ignore values that are not allowed', () => {
    const filters = { ...NO_FILTERS, platform: 'TWITTER', category: 'PHI', crisisOnly: true, sort: 'due-desc' } as const;

    expect(filtersToParams(filters).toString()).toBe('platform=TWITTER&category=PHI&crisis=true&sort=due-desc');
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
    expect(filtersFromParams(new URLSearchParams('platform=MYSPACE&due=yesterday'))).toEqual(NO_FILTERS);
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
