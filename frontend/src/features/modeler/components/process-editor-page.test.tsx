import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { forwardRef, useEffect, useImperativeHandle } from 'react';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { csrfResponse, json, mockBackend } from '@/test/fetch-mock';
import { aDetail, aDraft, TASK_XML } from '../test-fixtures';
import type { EditorHandle } from './bpmn-editor';
import { ProcessEditorPage } from './process-editor-page';

// bpmn-js needs a real browser (SVG layout); here a stand-in takes its place and records what the page asks of it.
// The real editor runs in the browser tests (e2e/modeler-scenario.mjs).
const diagram = vi.hoisted(() => ({ xml: '', selected: [] as string[], marked: [] as string[] }));
vi.mock('./bpmn-editor', () => ({
  BpmnEditor: forwardRef<EditorHandle, { xml: string; onChange?: () => void }>(function FakeEditor({ xml, onChange }, ref) {
    useEffect(() => {
      diagram.xml = xml;
    }, [xml]);
    useImperativeHandle(ref, () => ({
      saveXml: async () => diagram.xml,
      select: (id) => {
        diagram.selected.push(id);
        return true;
      },
      markProblems: (ids) => {
        diagram.marked = [...ids];
      },
    }));
    return (
      <button type="button" onClick={() => ((diagram.xml = TASK_XML({ Task_ComplianceReview: 'Compliance review', Task_New: 'New' })), onChange?.())}>
        Edit the diagram
      </button>
    );
  }),
}));

beforeEach(() => {
  diagram.selected = [];
  diagram.marked = [];
});

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/processes', element: <p>Process list</p> },
      { path: '/processes/:definitionId/edit', element: <ProcessEditorPage /> },
      { path: '/processes/drafts/:draftId', element: <ProcessEditorPage /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const base = aDetail(2);
const templates = () => json([{ id: 'io.clearance.ScreenPost', name: 'Screen post', appliesTo: ['bpmn:ServiceTask'], properties: [] }]);

describe('ProcessEditorPage', () => {
  it('validates on the server, lists the problems, and selects the element named by the one clicked', async () => {
    const { requests } = mockBackend({
      'GET /api/csrf': csrfResponse(),
      'GET /api/processes/element-templates': templates,
      [`GET /api/processes/${encodeURIComponent(base.definitionId)}`]: () => json(base),
      'POST /api/processes/validate': () =>
        json({
          valid: false,
          problems: [
            { elementId: 'Task_ComplianceReview', rule: 'contract', message: 'Task_ComplianceReview must offer the task to the compliance group.' },
            { elementId: null, rule: 'history-time-to-live', message: 'The process needs camunda:historyTimeToLive.' },
          ],
        }),
    });
    renderAt(`/processes/${encodeURIComponent(base.definitionId)}/edit`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Edit the diagram' }));
    await user.click(screen.getByRole('button', { name: 'Validate' }));

    const problems = await screen.findByRole('list', { name: 'Problems found by the server' });
    expect(within(problems).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'contract Task_ComplianceReview: Task_ComplianceReview must offer the task to the compliance group.',
      'history-time-to-live the whole diagram: The process needs camunda:historyTimeToLive.',
    ]);
    expect(diagram.marked).toEqual(['Task_ComplianceReview']);
    const sent = requests.find((request) => request.url.endsWith('/api/processes/validate'))!;
    expect(await sent.json()).toEqual({ xml: expect.stringContaining('Task_New') });

    await user.click(screen.getByRole('button', { name: 'Show Task_ComplianceReview in the diagram' }));
    expect(diagram.selected).toEqual(['Task_ComplianceReview']);
  });

  it('saves a new draft from a deployed version, then saves over it with the version it read', async () => {
    const created = aDraft({ id: 9, version: 0, name: 'Post approval (edited)' });
    const { requests } = mockBackend({
      'GET /api/csrf': csrfResponse(),
      'GET /api/processes/element-templates': templates,
      [`GET /api/processes/${encodeURIComponent(base.definitionId)}`]: () => json(base),
      'POST /api/process-drafts': () => json(created, 201),
      'PUT /api/process-drafts/9': () => json({ ...created, version: 1 }),
    });
    renderAt(`/processes/${encodeURIComponent(base.definitionId)}/edit`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Edit the diagram' }));
    expect(screen.getByText('Unsaved changes')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));
    await screen.findByText(/^Saved the draft “Post approval \(edited\)”/);
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('All changes saved');

    const posted = requests.find((request) => request.method === 'POST' && request.url.endsWith('/api/process-drafts'))!;
    expect(await posted.json()).toEqual({
      name: 'Post approval (edited)',
      xml: expect.stringContaining('Task_New'),
      basedOnDefinitionId: base.definitionId,
    });
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(await put.json()).toMatchObject({ name: 'Post approval (edited)', version: 0 });
  });

  it('shows a stale save as a conflict and keeps the edit', async () => {
    const draft = aDraft();
    mockBackend({
      'GET /api/csrf': csrfResponse(),
      'GET /api/processes/element-templates': templates,
      'GET /api/process-drafts/7': () => json(draft),
      [`GET /api/processes/${encodeURIComponent(base.definitionId)}`]: () => json(base),
      'PUT /api/process-drafts/7': () =>
        new Response(
          JSON.stringify({ type: 'urn:clearance:problem:stale-version', title: 'Stale version', status: 409, detail: 'Someone saved this draft since version 3.' }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    renderAt('/processes/drafts/7');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Edit the diagram' }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Someone saved this draft since version 3.');
    expect(screen.getByText('Unsaved changes')).toBeDefined();
  });

  it('deploys a draft with its comment and goes back to the list', async () => {
    const draft = aDraft();
    const { requests } = mockBackend({
      'GET /api/csrf': csrfResponse(),
      'GET /api/processes/element-templates': templates,
      'GET /api/process-drafts/7': () => json(draft),
      [`GET /api/processes/${encodeURIComponent(base.definitionId)}`]: () => json(base),
      'POST /api/process-drafts/7/deploy': () => json({ definitionId: 'PostApprovalProcess:3:d3', key: 'PostApprovalProcess', version: 3 }, 201),
    });
    const router = renderAt('/processes/drafts/7');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Deploy…' }));
    await user.type(screen.getByLabelText('Deployment comment'), 'Adds a medical review for oncology posts.');
    await user.click(screen.getByRole('button', { name: 'Deploy new version' }));

    await screen.findByText('Process list');
    expect(router.state.location.state).toEqual({ notice: 'Deployed PostApprovalProcess version 3.' });
    const deploy = requests.find((request) => request.url.endsWith('/deploy'))!;
    expect(await deploy.json()).toEqual({ comment: 'Adds a medical review for oncology posts.' });
    expect(requests.some((request) => request.method === 'PUT')).toBe(false);
  });

  it('asks before leaving a diagram with unsaved changes, and deploys an edited diagram without asking', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    mockBackend({
      'GET /api/csrf': csrfResponse(),
      'GET /api/processes/element-templates': templates,
      [`GET /api/processes/${encodeURIComponent(base.definitionId)}`]: () => json(base),
      'POST /api/processes/deployments': () => json({ definitionId: 'PostApprovalProcess:3:d3', key: 'PostApprovalProcess', version: 3 }, 201),
    });
    const router = renderAt(`/processes/${encodeURIComponent(base.definitionId)}/edit`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Edit the diagram' }));
    await user.click(screen.getByRole('link', { name: '← All processes' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname).toBe(`/processes/${encodeURIComponent(base.definitionId)}/edit`);
    expect(screen.getByText('Unsaved changes')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Deploy…' }));
    await user.click(screen.getByRole('button', { name: 'Deploy new version' }));
    await screen.findByText('Process list');
    expect(confirm).toHaveBeenCalledTimes(1);
    confirm.mockRestore();
  });

  it('lists the problems of a refused deployment and marks their elements', async () => {
    mockBackend({
      'GET /api/csrf': csrfResponse(),
      'GET /api/processes/element-templates': templates,
      [`GET /api/processes/${encodeURIComponent(base.definitionId)}`]: () => json(base),
      'POST /api/processes/deployments': () =>
        new Response(
          JSON.stringify({
            type: 'urn:clearance:problem:invalid-process',
            title: 'Invalid process',
            status: 422,
            detail: 'The process breaks the process contract; nothing was deployed.',
            problems: [{ elementId: 'Task_ScreenPost', rule: 'contract', message: 'Task_ScreenPost is missing.' }],
          }),
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    const router = renderAt(`/processes/${encodeURIComponent(base.definitionId)}/edit`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Deploy…' }));
    await user.click(screen.getByRole('button', { name: 'Deploy new version' }));

    expect(await screen.findByRole('heading', { name: 'Deployment refused: 1 problem' })).toBeDefined();
    expect(screen.getByRole('alert').textContent).toContain('nothing was deployed');
    expect(diagram.marked).toEqual(['Task_ScreenPost']);
    expect(router.state.location.pathname).toBe(`/processes/${encodeURIComponent(base.definitionId)}/edit`);
  });

  it('opens without element templates when the server has none to give, and says so', async () => {
    mockBackend({
      [`GET /api/processes/${encodeURIComponent(base.definitionId)}`]: () => json(base),
    });
    renderAt(`/processes/${encodeURIComponent(base.definitionId)}/edit`);

    expect(await screen.findByRole('button', { name: 'Edit the diagram' })).toBeDefined();
    expect(screen.getByRole('note').textContent).toMatch(/^Element templates could not be loaded/);
  });
});
