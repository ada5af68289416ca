import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetCsrfTokenForTests } from '@/lib/api-client';

// The build machines are shared and often busy: give findBy*/waitFor more than the default second.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  resetCsrfTokenForTests();
  // Tests that run in the node environment (no DOM) have nothing more to reset.
  if (typeof document === 'undefined') {
    return;
  }
  cleanup();
  document.cookie.split('; ').forEach((cookie) => {
    const name = cookie.split('=')[0];
    if (name) {
      document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    }
  });
});
