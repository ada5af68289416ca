import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderInDataRouter } from '@/test/data-router';
import { csrfResponse, json, mockBackend } from '@/test/fetch-mock';
import { draftPost } from '@/test/post-fixture';
import type { Post, PostDecision } from '@/types/post';
import { ComposerForm } from './composer-form';

const author = { username: 'ana', groups: ['authors'] };
const TEXT = 'Our therapy is guaranteed to cure arthritis. Book now!';

function decision(overrides: Partial<PostDecision> = {}): PostDecision {
  return {
    revision: 2,
    stage: 'COMPLIANCE',
    decision: 'REQUEST_CHANGES',
    reviewer: 'cleo',
    comment: 'No cure claims.',
    escalateToLegal: false,
    decidedAt: '2026-01-02T00:00:00Z',
    current: true,
    suggestedEdits: [
      { start: 15, end: 33, replacement: 'designed to ease', note: 'No promise of a cure' },
      { start: 45, end: 54, replacement: 'Ask your doctor.' },
    ],
    ...overrides,
  };
}

function post(decisions: PostDecision[]): Post {
  const draft = draftPost({}, TEXT);
  return draftPost({ status: 'CHANGES_REQUESTED', version: 5, revision: { ...draft.revision, number: 2 }, decisions });
}

type Answers = { body: unknown; path: string }[];

/** The composer on a fake backend that keeps the author's answers to suggested edits as the server does. */
function renderComposer(existing: Post, answerStatus = 200) {
  const answers: Answers = [];
  let current = existing;
  const answer = (index: number) => async (request: Request) => {
    const body = (await request.json()) as { response: 'ACCEPTED' | 'IGNORED' };
    answers.push({ body, path: new URL(request.url).pathname });
    if (answerStatus !== 200) {
      return new Response(JSON.stringify({ type: 'urn:clearance:problem:illegal-transition', title: 'Conflict', status: answerStatus, detail: 'Post 7 cannot be changed.' }), {
        status: answerStatus,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    }
    current = {
      ...current,
      version: current.version + 1,
      decisions: current.decisions.map((d) =>
        d.id === 3 ? { ...d, suggestedEdits: d.suggestedEdits!.map((e, i) => (i === index ? { ...e, response: body.response } : e)) } : d,
      ),
    };
    return json(current);
  };
  const backend = mockBackend({
    'GET /api/csrf': csrfResponse(),
    'POST /api/screenings': () => json({ route: 'PASS', fastTrackEligible: false, findings: [], packs: [] }),
    'PUT /api/posts/7': async (request) => {
      const body = (await request.json()) as { text: string };
      current = { ...current, version: current.version + 1, revision: { ...current.revision, number: 3, text: body.text } };
      return json(current);
    },
    'PUT /api/posts/7/decisions/3/suggested-edits/0': answer(0),
    'PUT /api/posts/7/decisions/3/suggested-edits/1': answer(1),
  });
  renderInDataRouter(<ComposerForm user={author} onSaved={vi.fn()} post={existing} />);
  return { ...backend, answers };
}

const items = () => within(screen.getByRole('list', { name: 'Suggested edits' })).getAllByRole('listitem');

describe('Suggested edits in the composer', () => {
  it('accepts a reviewer’s edit into the text, keeps the next one on its words, and saves the result as a new revision', async () => {
    const user = userEvent.setup();
    const { requests } = renderComposer(post([decision()]));
    const textarea = screen.getByLabelText<HTMLTextAreaElement>('Post text');
    expect(items()[0].textContent).toContain('guaranteed to cure → designed to ease');
    expect(items()[0].textContent).toContain('No promise of a cure');

    await user.click(screen.getByRole('button', { name: 'Accept suggestion 1: replace “guaranteed to cure” with “designed to ease”' }));
    expect(textarea.value).toBe('Our therapy is designed to ease arthritis. Book now!');
    expect(items()[0].textContent).toContain('Accepted');

    // The second suggestion moved two characters to the left with the text and still applies.
    await user.click(screen.getByRole('button', { name: 'Accept suggestion 2: replace “Book now!” with “Ask your doctor.”' }));
    expect(textarea.value).toBe('Our therapy is designed to ease arthritis. Ask your doctor.');

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText(/revision 3/);
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(await put.json()).toMatchObject({ text: 'Our therapy is designed to ease arthritis. Ask your doctor.', version: 5 });
  });

  it('records an ignore at once, and the accepts with the save of their text, on the version the answers moved to', async () => {
    const user = userEvent.setup();
    const { requests, answers } = renderComposer(post([decision({ id: 3 })]));

    await user.click(within(items()[1]).getByRole('button', { name: 'Ignore' }));
    await waitFor(() => expect(answers).toEqual([{ path: '/api/posts/7/decisions/3/suggested-edits/1', body: { response: 'IGNORED' } }]));
    expect(items()[1].textContent).toContain('Ignored.');

    await user.click(screen.getByRole('button', { name: /Accept suggestion 1/ }));
    expect(items()[0].textContent).toContain('Accepted: save to make it part of the post.');
    expect(answers).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(items()[0].textContent).toContain('Accepted: part of the saved text.'));
    expect(answers[1]).toEqual({ path: '/api/posts/7/decisions/3/suggested-edits/0', body: { response: 'ACCEPTED' } });
    const put = requests.find((request) => request.method === 'PUT' && new URL(request.url).pathname === '/api/posts/7')!;
    expect(await put.json()).toMatchObject({ text: 'Our therapy is designed to ease arthritis. Book now!', version: 6 });
  });

  it('shows the answers the server keeps after a reload, also on a later revision', () => {
    const answered = decision({
      id: 3,
      revision: 1,
      current: false,
      suggestedEdits: [
        { start: 15, end: 33, replacement: 'designed to ease', response: 'ACCEPTED', respondedAt: '2026-01-03T00:00:00Z' },
        { start: 45, end: 54, replacement: 'Ask your doctor.', response: 'IGNORED', respondedAt: '2026-01-03T00:00:00Z' },
      ],
    });
    renderComposer(post([answered]));

    expect(items().map((item) => item.textContent)).toEqual([
      expect.stringContaining('Accepted: part of the saved text.'),
      expect.stringContaining('Ignored.'),
    ]);
    expect(screen.getByText('No suggestion left to decide on.')).toBeDefined();
  });

  it('offers a suggestion again when the server refuses to record its ignore, and says why', async () => {
    const user = userEvent.setup();
    renderComposer(post([decision({ id: 3 })]), 409);

    await user.click(within(items()[1]).getByRole('button', { name: 'Ignore' }));

    expect((await screen.findByRole('alert')).textContent).toContain('cannot be changed');
    expect(within(items()[1]).getByRole('button', { name: 'Ignore' })).toBeDefined();
  });

  it('shows a suggestion whose words the author changed as outdated and offers no way to apply it; an ignored one stays out of the text', async () => {
    const user = userEvent.setup();
    renderComposer(post([decision()]));
    const textarea = screen.getByLabelText<HTMLTextAreaElement>('Post text');

    fireEvent.change(textarea, { target: { value: 'Our therapy is guaranteed to help arthritis. Book now!' } });
    expect(items()[0].textContent).toContain('Outdated');
    expect(screen.queryByRole('button', { name: /Accept suggestion 1/ })).toBeNull();

    await user.click(within(items()[1]).getByRole('button', { name: 'Ignore' }));
    expect(items()[1].textContent).toContain('Ignored');
    expect(screen.queryByRole('button', { name: /Accept suggestion/ })).toBeNull();
    expect(textarea.value).toBe('Our therapy is guaranteed to help arthritis. Book now!');
  });

  it('marks the edits of a decision on an earlier revision as outdated', () => {
    renderComposer(post([decision({ revision: 1, current: false })]));
    expect(items().map((item) => item.textContent)).toEqual([expect.stringContaining('Outdated'), expect.stringContaining('Outdated')]);
    expect(screen.queryByRole('button', { name: /Accept suggestion/ })).toBeNull();
  });
});
