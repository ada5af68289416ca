import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { csrfResponse, mockBackend } from '@/test/fetch-mock';
import { DecisionForm } from './decision-form';

const TEXT = 'We are guaranteed to cure it. Call now!';

function selectInPost(start: number, end: number) {
  const textarea = screen.getByLabelText('Post text') as HTMLTextAreaElement;
  textarea.setSelectionRange(start, end);
  fireEvent.select(textarea);
}

function renderForm() {
  const onDecided = vi.fn();
  const backend = mockBackend({
    'GET /api/csrf': csrfResponse(),
    'POST /api/tasks/t1/decision': () => new Response(null, { status: 204 }),
  });
  render(<DecisionForm taskId="t1" stage="COMPLIANCE" legalRequired={false} text={TEXT} onDecided={onDecided} />);
  return { ...backend, onDecided };
}

describe('DecisionForm suggested edits', () => {
  it('sends the edits suggested on selected words with a request for changes', async () => {
    const user = userEvent.setup();
    const { requests, onDecided } = renderForm();
    expect(screen.queryByLabelText('Post text')).toBeNull();

    await user.click(screen.getByLabelText(/Request changes/));
    selectInPost(7, 25);
    await user.click(screen.getByRole('button', { name: 'Suggest an edit for “guaranteed to cure”' }));
    const replacement = screen.getByLabelText('Replacement');
    await user.clear(replacement);
    await user.type(replacement, 'designed to ease');
    await user.type(screen.getByLabelText('Note for the author (optional)'), 'No cure claims');
    await user.click(screen.getByRole('button', { name: 'Add suggestion' }));

    selectInPost(30, 39);
    await user.click(screen.getByRole('button', { name: /Suggest an edit for “Call now!”/ }));
    await user.clear(screen.getByLabelText('Replacement'));
    await user.click(screen.getByRole('button', { name: 'Add suggestion' }));

    const list = screen.getByRole('list', { name: 'Suggestions to send' });
    expect(list.children).toHaveLength(2);
    expect(list.textContent).toContain('guaranteed to cure → designed to ease');
    expect(list.textContent).toContain('Call now! → (delete)');

    await user.type(screen.getByLabelText('Comment (required)'), 'Please drop the cure claim.');
    await user.click(screen.getByRole('button', { name: 'Record decision' }));

    await vi.waitFor(() => expect(onDecided).toHaveBeenCalled());
    const decision = requests.find((request) => request.url.endsWith('/decision'))!;
    expect(await decision.json()).toEqual({
      decision: 'REQUEST_CHANGES',
      comment: 'Please drop the cure claim.',
      suggestedEdits: [
        { start: 7, end: 25, replacement: 'designed to ease', note: 'No cure claims' },
        { start: 30, end: 39, replacement: '' },
      ],
    });
  });

  it('refuses a selection overlapping an earlier suggestion, and a removed suggestion is not sent', async () => {
    const user = userEvent.setup();
    const { requests } = renderForm();
    await user.click(screen.getByLabelText(/Request changes/));
    selectInPost(7, 25);
    await user.click(screen.getByRole('button', { name: /Suggest an edit for/ }));
    await user.click(screen.getByRole('button', { name: 'Add suggestion' }));

    selectInPost(20, 28);
    await user.click(screen.getByRole('button', { name: /Suggest an edit for/ }));
    expect(screen.getByRole('alert').textContent).toMatch(/overlaps a suggestion/);
    expect(screen.queryByLabelText('Replacement')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Remove suggestion 1' }));
    expect(screen.queryByRole('list', { name: 'Suggestions to send' })).toBeNull();
    await user.type(screen.getByLabelText('Comment (required)'), 'Rewrite it.');
    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    await vi.waitFor(() => expect(requests.some((request) => request.url.endsWith('/decision'))).toBe(true));
    const decision = requests.find((request) => request.url.endsWith('/decision'))!;
    expect(await decision.json()).toEqual({ decision: 'REQUEST_CHANGES', comment: 'Rewrite it.' });
  });

  it('sends no edits with an approval, even when some were made before switching', async () => {
    const user = userEvent.setup();
    const { requests } = renderForm();
    await user.click(screen.getByLabelText(/Request changes/));
    selectInPost(0, 2);
    await user.click(screen.getByRole('button', { name: /Suggest an edit for/ }));
    await user.click(screen.getByRole('button', { name: 'Add suggestion' }));
    await user.click(screen.getByLabelText(/Approve/));
    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    await vi.waitFor(() => expect(requests.some((request) => request.url.endsWith('/decision'))).toBe(true));
    const decision = requests.find((request) => request.url.endsWith('/decision'))!;
    expect(await decision.json()).toEqual({ decision: 'APPROVE' });
  });
});
