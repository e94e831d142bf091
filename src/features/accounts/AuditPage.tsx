// "Journal": the audit log of erasures, exports, transfers, merges and account changes concerning
// the coordinator's sites (all sites for an administrator), newest first, paged from the server
// and filtered by action, person and date. Online only.
import { importCounts } from '../../domain/audit';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import './accounts.css';
import { Notice } from '../../components/Notice';
import { PersonName } from '../../components/PersonName';
import { useWorkspace } from '../../components/session/session-context';
import { useBrowserOnline } from '../../components/use-browser-online';
import { useDocumentTitle } from '../../components/use-document-title';
import { SYSTEM_RETENTION_ACTOR } from '../../domain/accounts';
import { AuditFilters } from './AuditFilters';
import { RetentionSection } from './RetentionSection';
import { formatInstant } from './format';
import { failureKey } from './server-issues';
import { useAuditJournal, type AuditFilters as Filters } from './use-audit-journal';
import { useManageableSites } from './use-manageable-sites';
import { ColumnHeads } from '../../components/ColumnHeads';

export function AuditPage() {
  const { t, i18n } = useTranslation();
  // An import's detail is its counts (domain/audit.ts importDetail), an export's its kind.
  const detailWords = (action: string, detail: string) => {
    const counts = action === 'spreadsheet-imported' ? importCounts(detail) : undefined;
    return counts ? t('audit.importCounts', counts) : t(`audit.kind.${detail}`, { defaultValue: detail });
  };
  useDocumentTitle(t('audit.title'));
  const workspace = useWorkspace();
  const api = workspace.accounts;
  const online = useBrowserOnline();
  const sites = useManageableSites();
  // `?person=<id>` opens the journal of one person (an account or a candidate's file).
  const [searchParams] = useSearchParams();
  const [filters, setFilters] = useState<Filters>(() => {
    const person = searchParams.get('person');
    return person ? { person } : {};
  });
  const journal = useAuditJournal(api, online, filters);
  const [accounts, setAccounts] = useState<{ id: string; name: string }[]>([]);

  useEffect(() => {
    if (!online || workspace.user.role === 'adviser') return;
    let live = true;
    api.list().then(
      (list) => live && setAccounts(list.map((account) => ({ id: account.id, name: account.name || account.email }))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, online, workspace.user.role]);

  const language = i18n.language;
  const people = useMemo(() => {
    const known = new Map(accounts.map((account) => [account.id, account.name]));
    for (const entry of journal.entries ?? []) if (entry.actorName && !known.has(entry.actorId)) known.set(entry.actorId, entry.actorName);
    if (filters.person && !known.has(filters.person)) known.set(filters.person, t('audit.thisPerson', { id: filters.person.slice(0, 8) }));
    return [...known].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, language));
  }, [accounts, journal.entries, filters.person, t, language]);

  if (workspace.user.role === 'adviser') return <Notice tone="error" message={t('accounts.forbidden')} />;
  const { entries } = journal;
  return (
    <section className="page" aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      {!online ? <Notice message={t('accounts.offline')} /> : null}
      {journal.failed && online ? <Notice tone="error" message={t(failureKey(journal.failed))} /> : null}
      <RetentionSection api={api} online={online} siteName={sites.nameOf} />
      <h2>{t('audit.entries')}</h2>
      <AuditFilters filters={filters} people={people} onChange={setFilters} />
      {entries && entries.length === 0 ? <p>{t('audit.empty')}</p> : null}
      {entries && entries.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t(journal.hasMore ? 'audit.captionMore' : 'audit.caption', { count: entries.length })}</caption>
            <ColumnHeads labels={[t('audit.when'), t('audit.who'), t('audit.what'), t('audit.site'), t('audit.record')]} />
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatInstant(entry.at, i18n.language)}</td>
                  <td>{entry.actorId === SYSTEM_RETENTION_ACTOR ? t('audit.automatic') : <PersonName>{entry.actorName || entry.actorId.slice(0, 8)}</PersonName>}</td>
                  <th scope="row">
                    {t(`audit.action.${entry.action}`)}
                    {entry.detail ? ` (${detailWords(entry.action, entry.detail)})` : ''}
                  </th>
                  <td>{entry.siteIds.length > 0 ? entry.siteIds.map((siteId) => sites.nameOf(siteId)).join(', ') : '—'}</td>
                  <td>{entry.targetId ? <code>{`${t(`audit.table.${entry.targetTable ?? 'other'}`, { defaultValue: entry.targetTable ?? '' })} ${entry.targetId.slice(0, 8)}`}</code> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {journal.hasMore ? (
        <button type="button" className="button" disabled={journal.loading} onClick={journal.loadMore}>
          {t(journal.loading ? 'audit.loading' : 'audit.more')}
        </button>
      ) : null}
    </section>
  );
}
