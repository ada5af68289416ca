import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';

/** Renders one element in a data router, as the app does (hooks such as useBlocker need one). */
export function renderInDataRouter(element: ReactElement, path = '/') {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  return { ...render(<RouterProvider router={router} />), router };
}
