// Route guards: signed-in screens need a workspace (and stay in candidate mode while it is locked);
// the login screen is skipped when one is open; a network reporter has only the report's screen.
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../components/session/session-context';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { SCREEN_PATHS } from '../domain/screen-paths';
import { returnPath, type LoginState } from './login-return';
import { Resuming } from './Resuming';
import { CandidateLockGate } from '../features/positioning/CandidateLockGate';
import { useWorkspaceWords } from './use-workspace-words';

export function RequireWorkspace() {
  const { phase, workspace, leftWith, reporter } = useSession();
  const location = useLocation();
  const wordsReady = useWorkspaceWords(phase === 'resuming' || workspace !== null);
  if (phase === 'resuming') return <Resuming />;
  if (!workspace && reporter) return <Navigate to={SCREEN_PATHS.networkReport} replace />;
  if (!workspace) {
    const from = returnPath(`${location.pathname}${location.search}`);
    const state: LoginState = { ...(leftWith ? { notice: leftWith } : {}), ...(from ? { from } : {}) };
    return <Navigate to={SCREEN_PATHS.login} replace state={Object.keys(state).length > 0 ? state : undefined} />;
  }
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
  const location = useLocation();
  if (phase === 'resuming') return <Resuming />;
  if (reporter) return <Navigate to={SCREEN_PATHS.networkReport} replace />;
  if (!workspace) return <Outlet />;
  // Back where the adviser was when the session ended (a reload, the idle lock, an expired token).
  const back = returnPath((location.state as LoginState | null)?.from) ?? SCREEN_PATHS.home;
  return <Navigate to={back} replace state={enteredOffline ? { notice: 'loggedInOffline' } : undefined} />;
}

export function RequireReporter() {
  const { phase, reporter } = useSession();
  const wordsReady = useWorkspaceWords(reporter !== null);
  if (phase === 'resuming') return <Resuming />;
  if (!reporter) return <Navigate to={SCREEN_PATHS.login} replace />;
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
