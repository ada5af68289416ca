import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Link, RouterProvider, createMemoryRouter, useNavigate } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEAVE_WARNING, useLeaveGuard } from './use-leave-guard';

function Editor() {
  const [dirty, setDirty] = useState(false);
  const allowLeave = useLeaveGuard(dirty);
  const navigate = useNavigate();
  return (
    <>
      <button type="button" onClick={() => setDirty(true)}>Change</button>
      <button type="button" onClick={() => setDirty(false)}>Save</button>
      <button type="button" onClick={() => (allowLeave(), navigate('/list'))}>Deploy</button>
      <button type="button" onClick={() => (allowLeave(), navigate('/edit/1', { replace: true }))}>Save as new</button>
      <Link to="/list">All processes</Link>
    </>
  );
}

function renderEditor() {
  const router = createMemoryRouter(
    [
      { path: '/edit/:id?', element: <Editor /> },
      { path: '/list', element: <p>Process list</p> },
    ],
    { initialEntries: ['/edit'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

afterEach(() => vi.restoreAllMocks());

describe('useLeaveGuard', () => {
  it('lets a user leave without asking when nothing is unsaved', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    renderEditor();
    await userEvent.click(screen.getByRole('link', { name: 'All processes' }));
    expect(await screen.findByText('Process list')).toBeTruthy();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks before leaving unsaved changes, and stays when the user says no', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const router = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Change' }));
    await userEvent.click(screen.getByRole('link', { name: 'All processes' }));
    expect(confirm).toHaveBeenCalledWith(LEAVE_WARNING);
    expect(router.state.location.pathname).toBe('/edit');
    expect(screen.queryByText('Process list')).toBeNull();
  });

  it('leaves when the user confirms', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Change' }));
    await userEvent.click(screen.getByRole('link', { name: 'All processes' }));
    expect(await screen.findByText('Process list')).toBeTruthy();
  });

  it('does not question a navigation the page makes on purpose after allowLeave()', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Change' }));
    await userEvent.click(screen.getByRole('button', { name: 'Deploy' }));
    expect(await screen.findByText('Process list')).toBeTruthy();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('lets only one navigation through after allowLeave(): a page that stays is guarded again', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const router = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Change' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save as new' }));
    expect(router.state.location.pathname).toBe('/edit/1');
    expect(confirm).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('link', { name: 'All processes' }));
    expect(confirm).toHaveBeenCalledWith(LEAVE_WARNING);
    expect(router.state.location.pathname).toBe('/edit/1');
  });

  it('warns on reload or close only while changes are unsaved', async () => {
    renderEditor();
    const before = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(before()).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Change' }));
    expect(before()).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(before()).toBe(false);
  });
});
