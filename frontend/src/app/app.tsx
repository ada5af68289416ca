import { RouterProvider, createBrowserRouter } from 'react-router-dom';
import { routes } from './routes';
import { SessionProvider } from './session-provider';

const router = createBrowserRouter(routes);

export function App() {
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
