import { useCallback, useEffect, useRef } from 'react';
import { useBlocker } from 'react-router-dom';

export const LEAVE_WARNING = 'You have unsaved changes. Leave this page and lose them?';

/**
 * Asks before work that is not saved is lost: the browser's own prompt on reload, close or an address typed in,
 * and a confirmation before the app navigates elsewhere while `dirty`. Call the returned `allowLeave()` just
 * before navigating away on purpose (after a deploy or a discard), so that navigation is not questioned.
 */
export function useLeaveGuard(dirty: boolean): () => void {
  const leaving = useRef(false);

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
