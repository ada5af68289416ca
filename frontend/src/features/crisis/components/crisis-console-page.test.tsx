import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { csrfResponse, json, mockBackend } from '@/test/fetch-mock';
import type { Incident } from '@/types/incident';
import type { HistoryEntry, Post } from '@/types/post';
import { formatElapsed } from '../lib/fill-text';
import { CrisisConsolePage } from './crisis-console-page';

const lead = { username: 'crisis', groups: ['crisis-leads', 'authors'] };

const incident: Incident = {
  id: 1,
  title: 'Boil-water notice',
  severity: 'CRITICAL',
  allPlatforms: true,
  platforms: [],
  status: 'OPEN',
  declaredBy: 'crisis',
  declaredAt: '2026-01-01T00:00:00Z',
  closedBy: null,
  closedAt: null,
  heldPostsRelease: null,
  heldNow: 0,
  holds: [],
  version: 0,
};

const template = {
  id: 'closure',
  name: 'Facility closure',
  description: 'A site closes for the day.',
  text: '{{facility}} is closed today. Call {{phone}}.',
  placeholders: [
    { name: 'facility', label: 'Facility', example: 'North clinic' },
    { name: 'phone', label: 'Phone number', example: '555-0100' },
  ],
};

function update(id: number, status: Post['status'], approvedBy?: string): Post {
  return {
    id,
    status,
    version: 3,
    author: 'crisis',
    kind: 'CRISIS_UPDATE',
    sponsored: false,
    platforms: ['TWITTER'],
    scheduledAt: null,
    legalRequired: false,
    revision: { number: 1, text: 'North clinic is closed today.', mediaDescriptions: [], consentIds: [], createdBy: 'crisis', createdAt: '2026-01-01T10:00:00Z' },
    screening: { revision: 1, route: 'PASS', fastTrackEligible: true, findings: [], packs: [], screenedAt: '2026-01-01T10:00:01Z' },
    decisions: approvedBy
      ? [{ revision: 1, stage: 'CRISIS', decision: 'APPROVE', reviewer: approvedBy, comment: null, escalateToLegal: false, decidedAt: '2026-01-01T10:02:00Z', current: true }]
      : [],
    createdAt: '2026-01-01T10:00:00Z',
    updatedAt: '2026-01-01T10:03:00Z',
  };
}

const history = (published: boolean): HistoryEntry[] => [
  { sequence: 1, type: 'SUBMITTED', actor: 'crisis', revision: 1, from: 'DRAFT', to: 'IN_REVIEW', detail: null, at: '2026-01-01T10:00:00Z', hash: 'a' },
  ...(published ? [{ sequence: 2, type: 'PUBLISHED', actor: 'workflow', revision: 1, from: 'APPROVED' as const, to: 'PUBLISHED' as const, detail: null, at: '2026-01-01T10:03:05Z', hash: 'b' }] : []),
];

function renderConsole() {
  render(
    <MemoryRouter>
      <CrisisConsolePage user={lead} />
    </MemoryRouter>,
  );
}

describe('CrisisConsolePage', () => {
  it('declares an incident for chosen platforms and refuses one without a title', async () => {
    let open: Incident[] = [];
    const { requests } = mockBackend({
      'GET /api/incidents': () => json(open),
      'GET /api/crisis/templates': () => json([template]),
      'GET /api/posts': () => json([]),
      'GET /api/csrf': csrfResponse(),
      'POST /api/incidents': async (request) => {
        const body = (await request.json()) as { title: string };
        open = [{ ...incident, title: body.title, allPlatforms: false, platforms: ['TWITTER'] }];
        return json(open[0], 201);
      },
    });
    renderConsole();
    const user = userEvent.setup();
    expect(await screen.findByText(/No incident is open/)).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Declare incident' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Give the incident a title.');

    await user.type(screen.getByLabelText('Title'), 'ED on diversion');
    const declare = screen.getByRole('form', { name: 'Declare an incident' });
    await user.click(within(declare).getByRole('checkbox', { name: 'All platforms' }));
    await user.click(within(declare).getByRole('checkbox', { name: 'X' }));
    await user.click(screen.getByRole('button', { name: 'Declare incident' }));

    expect(await screen.findByText(/Declared incident “ED on diversion”. Publications on X are held/)).toBeDefined();
    const sent = requests.find((request) => request.method === 'POST' && request.url.endsWith('/api/incidents'))!;
    expect(await sent.json()).toEqual({ title: 'ED on diversion', severity: 'MAJOR', platforms: ['TWITTER'] });
    expect(await screen.findByRole('listitem', { name: 'Incident ED on diversion' })).toBeDefined();
  });

  it('fills a template, previews it, sends it for approval and closes the incident', async () => {
    const { requests } = mockBackend({
      'GET /api/incidents': () => json([incident]),
      'GET /api/crisis/templates': () => json([template]),
      'GET /api/posts': () => json([]),
      'GET /api/csrf': csrfResponse(),
      'POST /api/crisis/templates/closure/updates': () => json({ id: 12, status: 'DRAFT', kind: 'CRISIS_UPDATE', text: '', platforms: ['TWITTER'], version: 0 }, 201),
      'POST /api/posts/12/submit': () => json(update(12, 'IN_REVIEW')),
      'POST /api/incidents/1/close': () => json({ ...incident, status: 'CLOSED' }),
    });
    renderConsole();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send for approval' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Fill in: Facility, Phone number.');

    await user.type(screen.getByLabelText('Facility'), 'North clinic');
    await user.type(screen.getByLabelText('Phone number'), '555-0100');
    expect(screen.getByLabelText('Update text').textContent).toBe('North clinic is closed today. Call 555-0100.');
    await user.click(screen.getByRole('checkbox', { name: 'Facebook' }));
    await user.click(screen.getByRole('button', { name: 'Send for approval' }));

    expect(await screen.findByText('Update 12 sent for approval.')).toBeDefined();
    const fill = requests.find((request) => request.url.endsWith('/updates'))!;
    expect(await fill.json()).toEqual({ values: { facility: 'North clinic', phone: '555-0100' }, platforms: ['TWITTER'] });
    expect(requests.some((request) => request.method === 'POST' && request.url.endsWith('/api/posts/12/submit'))).toBe(true);

    await user.selectOptions(screen.getByLabelText('Held publications when closing'), 'BACK_TO_AUTHORS');
    await user.click(screen.getByRole('button', { name: 'Close incident Boil-water notice' }));
    const close = requests.find((request) => request.url.endsWith('/close'))!;
    expect(await close.json()).toEqual({ heldPosts: 'BACK_TO_AUTHORS' });
  });

  it('tracks each update through screening and its approval to publication, with the time it took', async () => {
    mockBackend({
      'GET /api/incidents': () => json([]),
      'GET /api/crisis/templates': () => json([template]),
      'GET /api/posts': () => json([update(7, 'PUBLISHED', 'compliance'), update(8, 'IN_REVIEW')]),
      'GET /api/posts/7/history': () => json(history(true)),
      'GET /api/posts/8/history': () => json(history(false)),
    });
    renderConsole();

    const published = await screen.findByRole('listitem', { name: 'Crisis update 7' });
    expect(within(published).getByRole('timer', { name: 'Time to publication' }).textContent).toBe('3:05');
    const steps = within(published).getByRole('list', { name: 'Progress of update 7' });
    expect(steps.textContent).toContain('Approved (done): approved by compliance');
    expect(steps.textContent).toContain('Published (done)');

    const waiting = screen.getByRole('listitem', { name: 'Crisis update 8' });
    expect(within(waiting).getByRole('timer', { name: 'Time since submission' })).toBeDefined();
    expect(within(waiting).getByRole('list', { name: 'Progress of update 8' }).textContent).toContain('Approved (waiting)');
  });

  it('formats a running clock', () => {
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
  });
});
