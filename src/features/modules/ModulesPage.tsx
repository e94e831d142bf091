// /modules: upcoming and past sessions of the adviser's sites, with places taken and a way to plan one.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { brusselsDate } from '../../domain/dates';
import type { LocalRecord } from '../../sync/workspace';
import { SessionRow } from './SessionRow';
import { sessionSortKey } from './module-format';
import { useModuleData } from './use-module-data';
import './modules.css';
import { SCREEN_PATHS } from '../../domain/screen-paths';

export function ModulesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('modules.title'));
  const { sessions, attendance } = useModuleData();
  const today = brusselsDate();

  const taken = (sessionId: string) => attendance?.filter((row) => row.data.sessionId === sessionId).length ?? 0;
  const sorted = [...(sessions ?? [])].sort((a, b) => sessionSortKey(a.data).localeCompare(sessionSortKey(b.data)));
  const upcoming = sorted.filter((session) => (session.data.date ?? '') >= today);
  const past = sorted.filter((session) => (session.data.date ?? '') < today).reverse();

  const section = (id: string, title: string, list: LocalRecord<'moduleSessions'>[], empty: string) => (
    <section aria-labelledby={id} className="modules-section">
      <h2 id={id}>{title}</h2>
      {list.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="session-list" aria-labelledby={id}>
          {list.map((session) => (
            <SessionRow key={session.id} session={session} taken={taken(session.id)} />
          ))}
        </ul>
      )}
    </section>
  );

  const upcomingSection = section('modules-upcoming', t('modules.upcoming'), upcoming, t('modules.noUpcoming'));
  const pastSection = section('modules-past', t('modules.past'), past, t('modules.noPast'));

  return (
    <>
      <div className="page-heading">
        <h1>{t('modules.title')}</h1>
        <Link to={SCREEN_PATHS.newSession} className="button button--primary button--large">
          {t('modules.plan')}
        </Link>
      </div>
      {sessions === undefined ? (
        <p>{t('modules.loading')}</p>
      ) : (
        <>
          {upcomingSection}
          {pastSection}
        </>
      )}
    </>
  );
}

export { ModulesPage as Component };
