// Route guards: signed-in screens need a workspace (and stay in candidate mode while it is locked);
// the login screen is skipped when one is open; a network reporter has only the report's screen.
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet } from 'react-router';
import { useSession } from '../components/session/session-context';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { CandidateLockGate } from '../features/positioning/CandidateLockGate';
import { useWorkspaceWords } from './use-workspace-words';

function Resuming() {
  const { t } = useTranslation();
  return (
    <main id="main" className="resuming">
      <p role="status">{t('app.loading')}</p>
    </main>
  );
}

export function RequireWorkspace() {
  const { phase, workspace, leftWith, reporter } = useSession();
  const wordsReady = useWorkspaceWords(phase === 'resuming' || workspace !== null);
  if (phase === 'resuming') return <Resuming />;
  if (!workspace && reporter) return <Navigate to={NETWORK_REPORT_PATH} replace />;
  if (!workspace) return <Navigate to="/login" replace state={leftWith ? { notice: leftWith } : undefined} />;
  if (!wordsReady) return <Resuming />;
  // A tablet handed to a candidate shows only their sitting, whatever the address.
  return (
    <CandidateLockGate workspace={workspace}>
      <Outlet />
    </CandidateLockGate>
  );
}

export function RedirectIfSignedIn() {
  const { phase, workspace, enteredOffline, reporter } = useSession();
  if (phase === 'resuming') return <Resuming />;
  if (reporter) return <Navigate to={NETWORK_REPORT_PATH} replace />;
  if (!workspace) return <Outlet />;
  return <Navigate to="/" replace state={enteredOffline ? { notice: 'loggedInOffline' } : undefined} />;
}

/** The network reporter's only screen: the server's report, online (no workspace on the tablet). */
export const NETWORK_REPORT_PATH = '/reseau';

export function RequireReporter() {
  const { phase, reporter } = useSession();
  const wordsReady = useWorkspaceWords(reporter !== null);
  if (phase === 'resuming') return <Resuming />;
  if (!reporter) return <Navigate to="/login" replace />;
  if (!wordsReady) return <Resuming />;
  return <Outlet />;
}

/** Unknown addresses get the 404 page, except on a tablet locked to a candidate's sitting. */
export function NotFoundUnlessLocked() {
  const { workspace } = useSession();
  const wordsReady = useWorkspaceWords(workspace !== null);
  if (!workspace) return <NotFoundPage />;
  if (!wordsReady) return <Resuming />;
  return (
    <CandidateLockGate workspace={workspace}>
      <NotFoundPage />
    </CandidateLockGate>
  );
}
