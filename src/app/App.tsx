// Providers around the router. The session service and i18n instance are injected so tests can
// render the real routes with their own storage.
import type { i18n } from 'i18next';
import { useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createBrowserRouter, createMemoryRouter } from 'react-router';
import { SessionProvider, type SessionService } from '../components/session/session-context';
import { PwaShell } from '../pwa/PwaShell';
import { appRoutes } from './routes';

interface AppProps {
  i18n: i18n;
  sessionService: SessionService;
  /** Tests start at a given address in memory; the app uses the browser's address bar. */
  initialPath?: string;
}

export function App({ i18n, sessionService, initialPath }: AppProps) {
  const router = useMemo(
    () => (initialPath ? createMemoryRouter(appRoutes, { initialEntries: [initialPath] }) : createBrowserRouter(appRoutes)),
    [initialPath],
  );
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider service={sessionService}>
        <PwaShell>
          <RouterProvider router={router} />
        </PwaShell>
      </SessionProvider>
    </I18nextProvider>
  );
}
