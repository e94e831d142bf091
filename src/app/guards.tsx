// Route guards: signed-in screens need a workspace; the login screen is skipped when one is open.
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet } from 'react-router';
import { useSession } from '../components/session/session-context';

function Resuming() {
  const { t } = useTranslation();
  return (
    <main id="main" className="resuming">
      <p role="status">{t('app.loading')}</p>
    </main>
  );
}

export function RequireWorkspace() {
  const { phase, workspace } = useSession();
  if (phase === 'resuming') return <Resuming />;
  return workspace ? <Outlet /> : <Navigate to="/login" replace />;
}

export function RedirectIfSignedIn() {
  const { phase, workspace, enteredOffline } = useSession();
  if (phase === 'resuming') return <Resuming />;
  if (!workspace) return <Outlet />;
  return <Navigate to="/" replace state={enteredOffline ? { notice: 'loggedInOffline' } : undefined} />;
}
