import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createContext, useContext } from 'react';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { csrfResponse, json, mockBackend } from '@/test/fetch-mock';
import { draftPost } from '@/test/post-fixture';
import type { Post } from '@/types/post';
import type { Finding } from '@/types/screening';
import { ComposerForm } from './composer-form';

const author = { username: 'ana', groups: ['authors'] };

/** Screens like the real packs do for these two phrases, at their exact offsets. */
async function fakeScreening(request: Request) {
  const { text } = (await request.json()) as { text: string };
  const findings: Finding[] = [];
  const name = text.indexOf('John Smith');
  if (name >= 0) {
    findings.push({ ruleId: 'PHI_PATIENT_NAME', pack: 'hipaa-phi', category: 'PHI', severity: 'BLOCKER', message: 'Names a patient.', start: name, end: name + 10, suggestion: 'our patient' });
  }
  const claim = text.indexOf('guaranteed to cure');
  if (claim >= 0) {
    findings.push({ ruleId: 'CLAIM_GUARANTEE', pack: 'medical-claims', category: 'MEDICAL_CLAIM', severity: 'HIGH', message: 'Guarantees a result.', start: claim, end: claim + 18, suggestion: 'can help treat' });
  }
  const route = name >= 0 ? 'BLOCK' : claim >= 0 ? 'NEEDS_LEGAL' : 'PASS';
  return json({ route, fastTrackEligible: false, findings, packs: [{ id: 'hipaa-phi', version: '1.0.0' }] });
}

const post = draftPost;

/** The post the form is given; a context so that a test can hand the same mounted form a new one. */
const PostProp = createContext<Post | undefined>(undefined);

function renderComposer(onSaved = vi.fn(), existing?: Post) {
  function Composer() {
    return <ComposerForm user={author} onSaved={onSaved} post={useContext(PostProp)} />;
  }
  // A data router, as in the app: the form's leave guard blocks navigation with it.
  const router = createMemoryRouter(
    [
      { path: '/compose/:postId?', element: <Composer /> },
      { path: '/posts', element: <p>My posts</p> },
    ],
    { initialEntries: [existing ? `/compose/${existing.id}` : '/compose'] },
  );
  const app = (post?: Post) => (
    <PostProp.Provider value={post}>
      <RouterProvider router={router} />
    </PostProp.Provider>
  );
  const view = render(app(existing));
  const mirrorMarks = () => [...view.container.querySelectorAll('[data-testid="finding-mirror"] mark')].map((mark) => mark.textContent);
  return { ...view, onSaved, mirrorMarks, router, setPost: (post?: Post) => view.rerender(app(post)) };
}

const TEXT = 'Congratulations to our patient John Smith who went home. Our therapy is guaranteed to cure arthritis.';

describe('ComposerForm', () => {
  it('marks each finding at its exact span and lists it with its category, rule and suggestion', async () => {
    mockBackend({ 'GET /api/csrf': csrfResponse(), 'POST /api/screenings': fakeScreening });
    const { mirrorMarks } = renderComposer();

    fireEvent.change(screen.getByLabelText('Post text'), { target: { value: TEXT } });

    const list = await screen.findByRole('list', { name: 'Findings' });
    expect(mirrorMarks()).toEqual(['John Smith', 'guaranteed to cure']);
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual(['Finding 1: PHI_PATIENT_NAME', 'Finding 2: CLAIM_GUARANTEE']);
    expect(items[0].textContent).toContain('Protected health information');
    expect(items[0].textContent).toContain('Blocker');
    expect(items[0].textContent).toContain('Suggested rewrite: our patient');
    expect(screen.getByText('Blocked')).toBeDefined();
  });

  it('applies a suggestion to exactly its span and keeps the other finding on its words until screening answers again', async () => {
    mockBackend({ 'GET /api/csrf': csrfResponse(), 'POST /api/screenings': fakeScreening });
    const { mirrorMarks } = renderComposer();
    const textarea = screen.getByLabelText<HTMLTextAreaElement>('Post text');
    fireEvent.change(textarea, { target: { value: TEXT } });

    await userEvent.setup().click(await screen.findByRole('button', { name: /^Apply suggestion 1: replace “John Smith” with “our patient”/ }));

    expect(textarea.value).toBe('Congratulations to our patient who went home. Our therapy is guaranteed to cure arthritis.');
    // The claim moved 22 characters to the left and is still marked on the right words.
    expect(mirrorMarks()).toEqual(['guaranteed to cure']);
    await waitFor(() => expect(screen.queryByRole('button', { name: /Apply suggestion.*John Smith/ })).toBeNull());
    expect(await screen.findByText('Needs legal')).toBeDefined();
  });

  it('saves a new post and submits it, then says where screening sent it', async () => {
    const { requests } = mockBackend({
      'GET /api/csrf': csrfResponse(),
      'POST /api/screenings': fakeScreening,
      'POST /api/posts': () => json(post({ revision: { ...post().revision, text: 'Flu shots on Saturday.' } }), 201),
      'POST /api/posts/7/submit': () =>
        json(post({ status: 'IN_REVIEW', version: 1, screening: { revision: 1, route: 'NEEDS_COMPLIANCE', fastTrackEligible: false, findings: [], packs: [], screenedAt: '2026-01-01T00:00:00Z' } })),
    });
    const { onSaved } = renderComposer();
    const user = userEvent.setup();
    fireEvent.change(screen.getByLabelText('Post text'), { target: { value: 'Flu shots on Saturday.' } });
    await user.click(screen.getByRole('checkbox', { name: 'LinkedIn' }));

    await user.click(screen.getByRole('button', { name: 'Submit for review' }));

    expect(await screen.findByText('Submitted. Screening routed it to compliance review.')).toBeDefined();
    const created = requests.find((request) => request.method === 'POST' && new URL(request.url).pathname === '/api/posts')!;
    expect(await created.json()).toEqual({
      text: 'Flu shots on Saturday.',
      platforms: ['FACEBOOK', 'LINKEDIN'],
      kind: 'POST',
      sponsored: false,
      scheduledAt: null,
      consentIds: [],
      mediaDescriptions: [],
      accountIds: [],
    });
    expect(onSaved).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'IN_REVIEW' }));
  });

  it('will not submit a post over X’s limit or an Instagram post without media, and says why', async () => {
    mockBackend({ 'GET /api/csrf': csrfResponse(), 'POST /api/screenings': fakeScreening });
    renderComposer();
    const user = userEvent.setup();
    fireEvent.change(screen.getByLabelText('Post text'), { target: { value: 'a'.repeat(281) } });
    await user.click(screen.getByRole('checkbox', { name: 'X' }));
    await user.click(screen.getByRole('checkbox', { name: 'Instagram' }));

    const reasons = within(screen.getByRole('list', { name: 'Why it cannot be submitted yet' })).getAllByRole('listitem');
    expect(reasons.map((reason) => reason.textContent)).toEqual([
      'Instagram: Needs at least one photo or video: add it with a description.',
      'X: 1 over the limit of 280 characters.',
    ]);
    expect(screen.getByRole('button', { name: 'Submit for review' })).toHaveProperty('disabled', true);
    expect(screen.getByLabelText('X length').textContent).toContain('281 / 280');

    await user.click(screen.getByRole('button', { name: 'Add media' }));
    await user.type(screen.getByLabelText('Media 1 description (alt text)'), 'Nurse giving a flu shot');

    expect(within(screen.getByRole('list', { name: 'Why it cannot be submitted yet' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows an existing post unchanged, with the reviewer’s request, and resubmits it without a new revision', async () => {
    const returned = post({
      status: 'CHANGES_REQUESTED',
      version: 4,
      platforms: ['TWITTER', 'FACEBOOK'],
      scheduledAt: '2030-05-01T09:00:00Z',
      revision: { ...post().revision, text: 'Flu shots on Saturday.' },
      decisions: [
        { revision: 1, stage: 'COMPLIANCE', decision: 'REQUEST_CHANGES', reviewer: 'cleo', comment: 'Name the clinic.', escalateToLegal: false, decidedAt: '2026-01-01T00:00:00Z', current: true },
      ],
    });
    const { requests } = mockBackend({
      'GET /api/csrf': csrfResponse(),
      'POST /api/screenings': fakeScreening,
      'POST /api/posts/7/submit': () => json({ ...returned, status: 'IN_REVIEW' }),
    });
    renderComposer(vi.fn(), returned);

    expect(screen.getByRole('region', { name: 'Reviewer feedback' }).textContent).toContain('Compliance, changes requested by cleo on revision 1: “Name the clinic.”');
    expect(screen.getByRole('button', { name: 'Save draft' })).toHaveProperty('disabled', true);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Submit again' }));

    await screen.findByText(/^Submitted\./);
    expect(requests.filter((request) => request.method !== 'GET' && !request.url.endsWith('/api/screenings')).map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      'POST /api/posts/7/submit',
    ]);
  });

  it('counts a just-saved post as unchanged even though the server writes its instants differently', async () => {
    let saved: Post | undefined;
    mockBackend({
      'GET /api/csrf': csrfResponse(),
      'POST /api/screenings': fakeScreening,
      'POST /api/posts': async (request) => {
        const body = (await request.json()) as { text: string; scheduledAt: string };
        expect(body.scheduledAt).toMatch(/\.000Z$/);
        saved = post({ revision: { ...post().revision, text: body.text }, scheduledAt: body.scheduledAt.replace('.000Z', 'Z') });
        return json(saved, 201);
      },
    });
    const onSaved = vi.fn();
    const view = renderComposer(onSaved);
    fireEvent.change(screen.getByLabelText('Post text'), { target: { value: 'Flu shots on Saturday.' } });
    fireEvent.change(screen.getByLabelText('Publish at (optional)'), { target: { value: '2030-05-01T09:00' } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Draft saved (revision 1).');

    view.setPost(saved);

    expect(screen.getByRole('button', { name: 'Save draft' })).toHaveProperty('disabled', true);
  });
});
