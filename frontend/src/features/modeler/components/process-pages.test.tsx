import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { csrfResponse, json, mockBackend } from '@/test/fetch-mock';
import type { CurrentUser } from '@/types/current-user';
import { aDetail, aDraft, admin, aVersion, modeler } from '../test-fixtures';
import type { ActivityStat } from '../types';
import { MigrationPage } from './migration-page';
import { ProcessListPage } from './process-list-page';
import { ProcessVersionPage } from './process-version-page';

// The real viewer draws with bpmn-js in a browser (e2e); here it shows the counts it was given as text.
vi.mock('./bpmn-viewer', () => ({
  BpmnViewer: ({ label, stats }: { label: string; stats?: ActivityStat[] }) => (
    <div role="img" aria-label={label}>
      {stats?.map((stat) => `${stat.activityId}=${stat.instances}`).join(' ')}
    </div>
  ),
}));

const id = (version: number) => encodeURIComponent(aVersion(version).definitionId);

function renderAt(path: string, user: CurrentUser) {
  const router = createMemoryRouter(
    [
      { path: '/processes', element: <ProcessListPage user={user} /> },
      { path: '/processes/:definitionId', element: <ProcessVersionPage user={user} /> },
      { path: '/processes/:definitionId/migration', element: <MigrationPage /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('ProcessListPage', () => {
  it('lists the versions of each process newest first, with their live counts, drafts and edit links for modelers', async () => {
    mockBackend({
      'GET /api/processes': () => json([aVersion(1), aVersion(2, { openIncidents: 1 })]),
      'GET /api/process-drafts': () => json([aDraft()]),
    });
    renderAt('/processes', modeler);

    const table = await screen.findByRole('table', { name: 'Deployed versions of Post approval, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(0, 5).map((cell) => cell.textContent))).toEqual([
      ['Version 2', expect.stringContaining('by mo'), 'modeler', '2', '1'],
      ['Version 1', expect.not.stringContaining('by'), 'processes/ folder', '1', '0'],
    ]);
    expect(screen.getByRole('link', { name: 'Edit PostApprovalProcess version 2 in the modeler' }).getAttribute('href')).toBe(`/processes/${id(2)}/edit`);
    expect(screen.getByRole('link', { name: 'Download PostApprovalProcess version 2 as BPMN' }).getAttribute('href')).toBe(`/api/processes/${id(2)}/xml`);
    expect(screen.getByRole('link', { name: 'Medical review step' }).getAttribute('href')).toBe('/processes/drafts/7');
  });

  it('shows administrators the versions read-only: no edit links, no drafts', async () => {
    const { requests } = mockBackend({ 'GET /api/processes': () => json([aVersion(1)]) });
    renderAt('/processes', admin);

    await screen.findByRole('link', { name: 'Version 1' });
    expect(screen.queryByRole('link', { name: /^Edit/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Drafts' })).toBeNull();
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual(['/api/processes']);
  });

  it('deletes a draft and says so', async () => {
    let drafts = [aDraft()];
    mockBackend({
      'GET /api/csrf': csrfResponse(),
      'GET /api/processes': () => json([aVersion(1)]),
      'GET /api/process-drafts': () => json(drafts),
      'DELETE /api/process-drafts/7': () => {
        drafts = [];
        return new Response(null, { status: 204 });
      },
    });
    renderAt('/processes', modeler);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Delete the draft Medical review step' }));

    expect(await screen.findByText('Deleted the draft “Medical review step”.')).toBeDefined();
    expect(await screen.findByText(/^No drafts\./)).toBeDefined();
  });
});

describe('ProcessVersionPage', () => {
  it('draws the live counts on the diagram and lists where instances wait; administrators get the migration link', async () => {
    mockBackend({
      [`GET /api/processes/${id(2)}`]: () => json(aDetail(2)),
      [`GET /api/processes/${id(2)}/activity-stats`]: () =>
        json([
          { activityId: 'Task_ComplianceReview', instances: 3, incidents: 0 },
          { activityId: 'Task_PublishPost', instances: 0, incidents: 0 },
        ]),
    });
    renderAt(`/processes/${id(2)}`, admin);

    expect(await screen.findByRole('heading', { name: 'Post approval, version 2' })).toBeDefined();
    expect((await screen.findByRole('img', { name: 'Diagram of Post approval, version 2' })).textContent).toContain('Task_ComplianceReview=3');
    const counts = await screen.findByRole('table', { name: 'Instances and open incidents per activity' });
    expect(within(counts).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['Task_ComplianceReview30']);
    expect(screen.getByRole('link', { name: 'Migrate instances' })).toBeDefined();
    expect(screen.queryByRole('link', { name: 'Edit in the modeler' })).toBeNull();
  });
});

describe('MigrationPage', () => {
  it('previews the plan for the newest other version, then applies it once confirmed', async () => {
    const { requests } = mockBackend({
      'GET /api/csrf': csrfResponse(),
      'GET /api/processes': () => json([aVersion(1), aVersion(2), aVersion(3)]),
      [`GET /api/processes/${id(1)}/migration`]: () =>
        json({
          instructions: [{ sourceActivityIds: ['Task_ComplianceReview'], targetActivityIds: ['Task_ComplianceReview'] }],
          instances: 1,
          problems: [],
        }),
      [`POST /api/processes/${id(1)}/migration`]: () => json({ migratedInstances: 1 }),
    });
    renderAt(`/processes/${id(1)}/migration`, admin);
    const user = userEvent.setup();

    expect(((await screen.findByLabelText('Target version')) as HTMLSelectElement).value).toBe(aVersion(3).definitionId);
    await user.click(screen.getByRole('button', { name: 'Preview migration' }));
    expect(await screen.findByRole('heading', { name: 'Plan: 1 instance to version 3' })).toBeDefined();
    const apply = screen.getByRole('button', { name: 'Apply migration' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Move 1 running instance to version 3' }));
    await user.click(apply);

    expect(await screen.findByText('Migrated 1 instance to version 3.')).toBeDefined();
    const preview = requests.find((request) => request.method === 'GET' && request.url.includes('/migration'))!;
    expect(new URL(preview.url).searchParams.get('targetDefinitionId')).toBe(aVersion(3).definitionId);
    const applied = requests.find((request) => request.method === 'POST')!;
    expect(await applied.json()).toEqual({ targetDefinitionId: aVersion(3).definitionId });
  });

  it('does not offer to apply a plan the server has problems with', async () => {
    mockBackend({
      'GET /api/processes': () => json([aVersion(1), aVersion(2)]),
      [`GET /api/processes/${id(1)}/migration`]: () =>
        json({ instructions: [], instances: 2, problems: [{ elementId: 'Task_Old', rule: 'no-counterpart', message: 'Task_Old has no counterpart in version 2.' }] }),
    });
    renderAt(`/processes/${id(1)}/migration`, admin);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Preview migration' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Task_Old has no counterpart in version 2.');
    expect((screen.getByRole('button', { name: 'Apply migration' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
