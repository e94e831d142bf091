// Renders the real routes in memory with an injected session service (component tests only).
// The router is rendered at once, not after the first screen (first-screen.test.tsx covers that).
import { render } from '@testing-library/react';
import type { SessionService } from '../../components/session/session-context';
import { createI18n } from '../../i18n';
import type { Workspace } from '../../sync/workspace';
import { AppProviders } from '../App';
import { RoutedScreens } from '../RoutedScreens';

export function signedInService(workspace: Workspace): SessionService {
  return {
    signIn: async () => ({ ok: true, workspace, offline: false }),
    resumeSession: async () => workspace,
    // An open session, not a reload: no lock screen first.
    resumeOpensLocked: false,
  };
}

export function renderApp(initialPath: string, service: SessionService) {
  return render(
    <AppProviders i18n={createI18n('fr')} sessionService={service}>
      <RoutedScreens initialPath={initialPath} />
    </AppProviders>,
  );
}
