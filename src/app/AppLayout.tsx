// The signed-in frame: app name, adviser, sync indicator and button, logout, navigation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useSession, useWorkspace } from '../components/session/session-context';
import { SyncBar } from '../features/sync/SyncBar';
import { ExpiredSessionPanel } from '../features/sync/ExpiredSessionPanel';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { useUserLanguage } from './use-user-language';
import { IdleLock } from '../features/lock/IdleLock';

/** Who is signed in, with their role: "Coordinateur·rice : …" rather than always "Conseiller·ère". */
const ROLE_LINE = { adviser: 'app.adviser', coordinator: 'app.coordinator', admin: 'app.admin' } as const;

export function AppLayout() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { leave } = useSession();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  useUserLanguage(workspace.user.id);

  async function logout() {
    setLeaving(true);
    await leave();
    await navigate('/login', { replace: true });
  }

  return (
    <IdleLock>
      <div className="shell">
        <a href="#main" className="skip-link">
          {t('app.skipToContent')}
        </a>
        <header className="shell__header">
          <div className="shell__brand">
            <span className="shell__app-name">{t('app.name')}</span>
            <span className="shell__adviser">{t(ROLE_LINE[workspace.user.role], { name: workspace.user.name })}</span>
          </div>
          <SyncBar sync={workspace.sync} />
          <LanguageSwitcher userId={workspace.user.id} />
          <button type="button" className="button" onClick={() => void logout()} disabled={leaving}>
            {t(leaving ? 'nav.loggingOut' : 'nav.logout')}
          </button>
        </header>
        <nav className="shell__nav" aria-label={t('app.mainNav')}>
          <NavLink to="/" end className="nav-link">
            {t('nav.home')}
          </NavLink>
          <NavLink to="/candidats" end className="nav-link">
            {t('nav.candidates')}
          </NavLink>
          <NavLink to="/candidats/nouveau" className="nav-link">
            {t('nav.newCandidate')}
          </NavLink>
          <NavLink to="/positionnements/nouveau" className="nav-link">
            {t('positioning.nav')}
          </NavLink>
          <NavLink to="/modules" className="nav-link">
            {t('modules.nav')}
          </NavLink>
          <NavLink to="/rapports" className="nav-link">
            {t('reports.nav')}
          </NavLink>
          <NavLink to="/a-verifier" className="nav-link">
            {t('attention.navLink')}
          </NavLink>
          {workspace.user.role !== 'adviser' ? (
            <>
              <NavLink to="/comptes" className="nav-link">
                {t('accounts.nav')}
              </NavLink>
              <NavLink to="/journal" className="nav-link">
                {t('audit.nav')}
              </NavLink>
              <NavLink to="/import" className="nav-link">
                {t('import.nav')}
              </NavLink>
              <NavLink to="/ucs" className="nav-link">
                {t('ucs.nav')}
              </NavLink>
            </>
          ) : null}
          <NavLink to="/mot-de-passe" className="nav-link">
            {t('password.nav')}
          </NavLink>
        </nav>
        <main id="main" className="shell__main" tabIndex={-1}>
          <ExpiredSessionPanel workspace={workspace} />
          <Outlet />
        </main>
      </div>
    </IdleLock>
  );
}
