// Providers around the router. The session service and i18n instance are injected so tests can
// render the real routes with their own storage.
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, MemoryRouter, useRoutes } from 'react-router';
import { SessionProvider, type SessionService } from '../components/session/session-context';
import { PwaShell } from '../pwa/PwaShell';
import { appRoutes } from './routes';

interface AppProps {
  i18n: i18n;
  sessionService: SessionService;
  /** Tests start at a given address in memory; the app uses the browser's address bar. */
  initialPath?: string;
}

function Screens() {
  return useRoutes(appRoutes);
}

/**
 * Declarative routers, not createBrowserRouter: the app has no loaders, actions or blockers, and the
 * data router would add about 15 kB gzip to the first screen (docs/performance.md, First screen).
 */
export function App({ i18n, sessionService, initialPath }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider service={sessionService}>
        <PwaShell>
          {initialPath ? (
            <MemoryRouter initialEntries={[initialPath]}>
              <Screens />
            </MemoryRouter>
          ) : (
            <BrowserRouter>
              <Screens />
            </BrowserRouter>
          )}
        </PwaShell>
      </SessionProvider>
    </I18nextProvider>
  );
}
