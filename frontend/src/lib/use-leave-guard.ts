import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, useLocation } from 'react-router-dom';

export const LEAVE_WARNING = 'You have unsaved changes. Leave this page and lose them?';

/**
 * Asks before work that is not saved is lost: the browser's own prompt on reload, close or an address typed in,
 * and a confirmation before the app navigates elsewhere while `dirty`. Call the returned `allowLeave()` just
 * before navigating away on purpose (after a deploy or a discard, or to the address of what was just saved), so that
 * navigation is not questioned. It lets one navigation through: once the location has changed the guard is on again,
 * for a page that stays (the composer moves to its new post's address and the author keeps writing).
 */
export function useLeaveGuard(dirty: boolean): () => void {
  const leaving = useRef(false);
  const location = useLocation();

  useEffect(() => {
    leaving.current = false;
  }, [location.key]);

  useEffect(() => {
    if (!dirty) {
      return;
    }
    const warn = (event: BeforeUnloadEvent) => {
      if (!leaving.current) {
        event.preventDefault();
        event.returnValue = '';
      }
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (blocker.state === 'blocked') {
      if (window.confirm(LEAVE_WARNING)) {
        blocker.proceed();
      } else {
        blocker.reset();
      }
    }
  }, [blocker]);

  return useCallback(() => {
    leaving.current = true;
  }, []);
}
