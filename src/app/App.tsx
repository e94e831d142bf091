// Providers around the screens. The session service and i18n instance are injected so tests can
// render the real routes with their own storage (test-support/render-app.tsx).
import type { ReactNode } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { SessionProvider, type SessionService } from '../components/session/session-context';
import { PwaShell } from '../pwa/PwaShell';
import { FirstScreen } from './first-screen';

interface AppProvidersProps {
  i18n: i18n;
  sessionService: SessionService;
  children: ReactNode;
}

export function AppProviders({ i18n, sessionService, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider service={sessionService}>
        <PwaShell>{children}</PwaShell>
      </SessionProvider>
    </I18nextProvider>
  );
}

/** The app at the browser's address: the login first, the router once it is needed. */
export function App({ i18n, sessionService }: Omit<AppProvidersProps, 'children'>) {
  return (
    <AppProviders i18n={i18n} sessionService={sessionService}>
      <FirstScreen />
    </AppProviders>
  );
}
