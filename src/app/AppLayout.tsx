// The signed-in frame: app name, adviser, sync indicator and button, logout, navigation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { MetierCatalogueProvider } from '../components/metiers/use-metier-catalogue';
import { useSession, useWorkspace } from '../components/session/session-context';
import { isolatedText } from '../domain/bidi';
import { SyncBar } from '../features/sync/SyncBar';
import { ExpiredSessionPanel } from '../features/sync/ExpiredSessionPanel';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { useUserLanguage } from './use-user-language';
import { IdleLock } from '../features/lock/IdleLock';
import { useSyncStatus } from '../features/sync/use-sync-status';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { SCREEN_PATHS } from '../domain/screen-paths';

/** Who is signed in, with their role: "Coordinateur·rice : …" rather than always "Conseiller·ère". */
const ROLE_LINE = { adviser: 'app.adviser', coordinator: 'app.coordinator', reporter: 'app.reporter', admin: 'app.admin' } as const;

/** The main navigation, in order; `managersOnly` links are for coordinators and administrators. */
const NAV_LINKS: readonly { to: string; labelKey: string; end?: boolean; managersOnly?: boolean }[] = [
  { to: SCREEN_PATHS.home, labelKey: 'nav.home', end: true },
  { to: SCREEN_PATHS.candidates, labelKey: 'nav.candidates', end: true },
  { to: SCREEN_PATHS.newCandidate, labelKey: 'nav.newCandidate' },
  { to: SCREEN_PATHS.newPositioning, labelKey: 'positioning.nav' },
  { to: SCREEN_PATHS.modules, labelKey: 'modules.nav' },
  { to: SCREEN_PATHS.reports, labelKey: 'reports.nav', managersOnly: true },
  { to: SCREEN_PATHS.attention, labelKey: 'attention.navLink' },
  { to: SCREEN_PATHS.accounts, labelKey: 'accounts.nav', managersOnly: true },
  { to: SCREEN_PATHS.journal, labelKey: 'audit.nav', managersOnly: true },
  { to: SCREEN_PATHS.import, labelKey: 'import.nav', managersOnly: true },
  { to: SCREEN_PATHS.metiers, labelKey: 'metiers.nav', end: true },
  { to: SCREEN_PATHS.password, labelKey: 'password.nav' },
];

export function AppLayout() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { leave } = useSession();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  const [asking, setAsking] = useState(false);
  const { pending } = useSyncStatus(workspace.sync);
  useUserLanguage(workspace.user.id);

  async function logout() {
    setLeaving(true);
    await leave();
    await navigate(SCREEN_PATHS.login, { replace: true });
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
            <span className="shell__adviser">{t(ROLE_LINE[workspace.user.role], { name: isolatedText(workspace.user.name) })}</span>
          </div>
          <SyncBar sync={workspace.sync} />
          <LanguageSwitcher userId={workspace.user.id} />
          <button type="button" className="button shell__logout" onClick={() => (pending > 0 ? setAsking(true) : void logout())} disabled={leaving}>
            {t(leaving ? 'nav.loggingOut' : 'nav.logout')}
          </button>
          {asking ? (
            // Changes not yet sent stay in this adviser's encrypted database on the tablet and leave
            // at the next sync after they sign in again: said before signing out, never a surprise.
            <ConfirmDialog
              title={t('nav.unsentTitle', { count: pending })}
              text={t('nav.unsentText', { count: pending })}
              confirmLabel={t('nav.logoutAnyway')}
              cancelLabel={t('nav.stayToSync')}
              onConfirm={() => {
                setAsking(false);
                void logout();
              }}
              onCancel={() => setAsking(false)}
            />
          ) : null}
        </header>
        <nav className="shell__nav" aria-label={t('app.mainNav')}>
          {NAV_LINKS.filter((link) => !link.managersOnly || workspace.user.role !== 'adviser').map((link) => (
            <NavLink key={link.to} to={link.to} end={link.end} className="nav-link">
              {t(link.labelKey)}
            </NavLink>
          ))}
        </nav>
        <main id="main" className="shell__main" tabIndex={-1}>
          <ExpiredSessionPanel workspace={workspace} />
          <MetierCatalogueProvider>
            <Outlet />
          </MetierCatalogueProvider>
        </main>
      </div>
    </IdleLock>
  );
}
