import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetCsrfTokenForTests } from '@/lib/api-client';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  resetCsrfTokenForTests();
  document.cookie.split('; ').forEach((cookie) => {
    const name = cookie.split('=')[0];
    if (name) {
      document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    }
  });
});
