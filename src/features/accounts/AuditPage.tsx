// "Journal": the audit log of erasures, exports, transfers, merges and account changes of the
// coordinator's sites (all sites for an administrator), newest first. Online only.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './accounts.css';
import { Notice } from '../../components/Notice';
import { useWorkspace } from '../../components/session/session-context';
import { useBrowserOnline } from '../../components/use-browser-online';
import { useDocumentTitle } from '../../components/use-document-title';
import { SYSTEM_RETENTION_ACTOR, type AuditEntry } from '../../domain/accounts';
import { RetentionSection } from './RetentionSection';
import { formatInstant } from './format';
import { failureKey } from './server-issues';
import { useManageableSites } from './use-manageable-sites';

export function AuditPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('audit.title'));
  const workspace = useWorkspace();
  const api = workspace.accounts;
  const online = useBrowserOnline();
  const sites = useManageableSites();
  const [entries, setEntries] = useState<AuditEntry[]>();
  const [failed, setFailed] = useState<unknown>();

  useEffect(() => {
    if (!api || !online) return;
    let live = true;
    api.audit().then(
      (list) => live && setEntries(list),
      (error: unknown) => live && setFailed(error ?? new Error('failed')),
    );
    return () => {
      live = false;
    };
  }, [api, online]);

  if (workspace.user.role === 'adviser') return <Notice tone="error" message={t('accounts.forbidden')} />;
  return (
    <section className="page" aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      {!online ? <Notice message={t('accounts.offline')} /> : null}
      {failed && online ? <Notice tone="error" message={t(failureKey(failed))} /> : null}
      {api ? <RetentionSection api={api} online={online} siteName={sites.nameOf} /> : null}
      {entries && entries.length === 0 ? <p>{t('audit.empty')}</p> : null}
      {entries && entries.length > 0 ? (
        <table className="data-table">
          <caption>{t('audit.caption', { count: entries.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('audit.site')}</th>
              <th scope="col">{t('audit.record')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{formatInstant(entry.at, i18n.language)}</td>
                <td>{entry.actorId === SYSTEM_RETENTION_ACTOR ? t('audit.automatic') : entry.actorName || entry.actorId.slice(0, 8)}</td>
                <th scope="row">{t(`audit.action.${entry.action}`)}</th>
                <td>{entry.siteIds.length > 0 ? entry.siteIds.map((siteId) => sites.nameOf(siteId)).join(', ') : '—'}</td>
                <td>{entry.targetId ? <code>{`${t(`audit.table.${entry.targetTable ?? 'other'}`, { defaultValue: entry.targetTable ?? '' })} ${entry.targetId.slice(0, 8)}`}</code> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
