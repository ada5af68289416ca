import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEAVE_WARNING } from '@/lib/use-leave-guard';
import { csrfResponse, json, mockBackend, problem } from '@/test/fetch-mock';
import { draftPost } from '@/test/post-fixture';
import type { Post } from '@/types/post';
import { ComposerPage } from './composer-page';

const author = { username: 'ana', groups: ['authors'] };

const created = (text: string): Post => draftPost({}, text);

/** Screens everything clean and creates post 7. */
const savingBackend = () => ({
  'GET /api/csrf': csrfResponse(),
  'POST /api/screenings': () => json({ route: 'PASS', fastTrackEligible: false, findings: [], packs: [] }),
  'POST /api/posts': () => json(created('Flu shots on Saturday.'), 201),
});

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/compose/:postId?', element: <ComposerPage user={author} /> },
      { path: '/posts', element: <p>My posts list</p> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

afterEach(() => vi.restoreAllMocks());

describe('ComposerPage leave guard', () => {
  it('asks before leaving unsaved text, and stays when the author says no', async () => {
    mockBackend({ 'POST /api/screenings': () => json({ route: 'PASS', fastTrackEligible: false, findings: [], packs: [] }) });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const router = renderAt('/compose');

    fireEvent.change(screen.getByLabelText('Post text'), { target: { value: 'Flu shots on Saturday.' } });
    await userEvent.click(screen.getByRole('link', { name: 'My posts' }));

    expect(confirm).toHaveBeenCalledWith(LEAVE_WARNING);
    expect(router.state.location.pathname).toBe('/compose');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Post text').value).toBe('Flu shots on Saturday.');
  });

  it('moves to the new post’s address after the first save without asking, and guards later changes again', async () => {
    mockBackend(savingBackend());
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const router = renderAt('/compose');
    const user = userEvent.setup();

    fireEvent.change(screen.getByLabelText('Post text'), { target: { value: 'Flu shots on Saturday.' } });
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByText('Draft saved (revision 1).')).toBeDefined();
    expect(router.state.location.pathname).toBe('/compose/7');
    expect(confirm).not.toHaveBeenCalled();
    await user.click(screen.getByRole('link', { name: 'My posts' }));
    expect(await screen.findByText('My posts list')).toBeDefined();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('guards the changes made after the first save', async () => {
    mockBackend(savingBackend());
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const router = renderAt('/compose');
    const user = userEvent.setup();

    fireEvent.change(screen.getByLabelText('Post text'), { target: { value: 'Flu shots on Saturday.' } });
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Draft saved (revision 1).');
    fireEvent.change(screen.getByLabelText('Post text'), { target: { value: 'Flu shots on Saturday and Sunday.' } });
    await user.click(screen.getByRole('link', { name: 'My posts' }));

    expect(confirm).toHaveBeenCalledWith(LEAVE_WARNING);
    expect(router.state.location.pathname).toBe('/compose/7');
  });

  it('keeps a new post whose submit failed, so that submitting again does not create it twice', async () => {
    let submits = 0;
    const { requests } = mockBackend({
      ...savingBackend(),
      'POST /api/posts/7/submit': () =>
        ++submits === 1
          ? problem(503, 'Service Unavailable', 'Try again in a moment.')
          : json({ ...created('Flu shots on Saturday.'), status: 'IN_REVIEW' }),
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const router = renderAt('/compose');
    const user = userEvent.setup();

    fireEvent.change(screen.getByLabelText('Post text'), { target: { value: 'Flu shots on Saturday.' } });
    await user.click(screen.getByRole('button', { name: /Submit/ }));
    expect(await screen.findByText(/Try again in a moment/)).toBeDefined();
    expect(router.state.location.pathname).toBe('/compose/7');

    await user.click(screen.getByRole('button', { name: /Submit/ }));
    expect(await screen.findByText(/Submitted\./)).toBeDefined();
    const creates = requests.filter((request) => request.method === 'POST' && new URL(request.url).pathname === '/api/posts');
    expect(creates).toHaveLength(1);
    expect(submits).toBe(2);
    expect(confirm).not.toHaveBeenCalled();
  });
});
