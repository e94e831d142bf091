// "Comptes": coordinators and administrators manage accounts: create, change name, role and sites,
// deactivate, give a new password, and see and revoke the tablets each person signed in from.
// A coordinator manages the accounts all of whose sites are theirs; others on their sites are
// listed with the reason in words. An administrator also sees the organisations and their sites,
// and picks sites grouped by organisation. Online only (accounts live on the server); says so when offline.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './accounts.css';
import { Notice } from '../../components/Notice';
import { PersonName } from '../../components/PersonName';
import { useWorkspace } from '../../components/session/session-context';
import { useBrowserOnline } from '../../components/use-browser-online';
import { useDocumentTitle } from '../../components/use-document-title';
import type { AccountSummary } from '../../domain/accounts';
import { isolatedText } from '../../domain/bidi';
import type { Role } from '../../domain/codes';
import { AccountDevices } from './AccountDevices';
import { AccountForm } from './AccountForm';
import { ResetPasswordForm } from './ResetPasswordForm';
import { failureKey } from './server-issues';
import { useAccounts } from './use-accounts';
import { useManageableSites } from './use-manageable-sites';
import { OrganisationsTable, organisationGrouping, useOrganisations } from './organisations';
import { ColumnHeads } from '../../components/ColumnHeads';

export function AccountsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accounts.title'));
  const workspace = useWorkspace();
  const api = workspace.accounts;
  const online = useBrowserOnline();
  const state = useAccounts(api, online);
  const sites = useManageableSites();
  const [editing, setEditing] = useState<AccountSummary | 'new'>();
  const [saved, setSaved] = useState<string>();
  const roles: Role[] = useMemo(() => (workspace.user.role === 'admin' ? ['adviser', 'coordinator', 'reporter', 'admin'] : ['adviser', 'coordinator']), [workspace.user.role]);
  const { organisations, put: putOrganisation } = useOrganisations(api, online);
  const groupOf = useMemo(() => organisationGrouping(organisations), [organisations]);
  const canChange = online;
  // Sites of other organisations (a read-only account's) are not on this tablet: the server names them.
  const serverSiteNames = useMemo(() => new Map((state.accounts ?? []).flatMap((account) => Object.entries(account.siteNames ?? {}))), [state.accounts]);
  const siteName = useCallback(
    (siteId: string) => {
      const local = sites.nameOf(siteId);
      if (local !== siteId) return local;
      const named = serverSiteNames.get(siteId);
      return named ? isolatedText(named) : t('accounts.unnamedSite');
    },
    [sites, serverSiteNames, t],
  );

  const selected = editing && editing !== 'new' ? state.accounts?.find((account) => account.id === editing.id) : undefined;
  const panelKey = editing === 'new' ? 'new' : selected?.id;
  useEffect(() => {
    // The form opens below the list: bring it into view and put the focus on its title.
    if (panelKey) document.getElementById(panelKey === 'new' ? 'account-new-title' : 'account-edit-title')?.focus();
  }, [panelKey]);
  if (workspace.user.role === 'adviser') return <Notice tone="error" message={t('accounts.forbidden')} />;

  const done = (message?: string) => {
    setEditing(undefined);
    setSaved(message);
  };

  return (
    <section className="page" aria-labelledby="accounts-title">
      <h1 id="accounts-title">{t('accounts.title')}</h1>
      <p>{t('accounts.intro')}</p>
      {!online ? <Notice message={t('accounts.offline')} /> : null}
      {state.loadFailed && online ? <Notice tone="error" message={t(failureKey(state.loadFailed))} /> : null}
      {saved ? <Notice tone="success" message={saved} onDismiss={() => setSaved(undefined)} /> : null}

      {editing === 'new' ? (
        <section aria-labelledby="account-new-title" className="panel">
          <h2 id="account-new-title" tabIndex={-1}>{t('accounts.newTitle')}</h2>
          <AccountForm
            roles={roles}
            sites={sites.options}
            siteName={siteName}
            groupOf={groupOf}
            onCreate={async (body) => state.put(await api.create(body))}
            onUpdate={() => Promise.resolve()}
            onDone={(changed) => done(changed ? t('accounts.created') : undefined)}
          />
        </section>
      ) : (
        <button type="button" className="button button--primary" disabled={!canChange} onClick={() => setEditing('new')}>
          {t('accounts.new')}
        </button>
      )}

      {state.accounts ? (
        // Its own sideways scroll when enlarged text makes it wider than the screen (not the page's).
        <div className="table-scroll" role="region" aria-labelledby="accounts-caption" tabIndex={0}>
          <table className="data-table accounts-table">
            <caption id="accounts-caption">{t('accounts.caption', { count: state.accounts.length })}</caption>
            <ColumnHeads labels={[t('accounts.field.name'), t('accounts.field.email'), t('accounts.field.role'), t('accounts.field.sites'), t('accounts.field.state'), t('accounts.devices.title'), <span key="actions" className="visually-hidden">{t('accounts.actions')}</span>]} />
            <tbody>
              {state.accounts.map((account) => (
                <tr key={account.id}>
                  <th scope="row"><PersonName>{account.name}</PersonName></th>
                  <td>{account.email}</td>
                  <td>{t(`accounts.role.${account.role}`)}</td>
                  <td>{account.siteIds.map(siteName).join(', ') || t(account.role === 'reporter' ? 'accounts.reporterSites' : 'accounts.allSites')}</td>
                  <td>{t(account.active ? 'accounts.state.active' : 'accounts.state.inactive')}</td>
                  <td>{account.devices.length}</td>
                  <td>
                    {account.manageable ? (
                      <button type="button" className="button" disabled={!canChange} onClick={() => setEditing(account)} aria-label={t('accounts.manageOne', { name: isolatedText(account.name) })}>
                        {t('accounts.manage')}
                      </button>
                    ) : (
                      t(`accounts.notManaged.${account.notManagedReason ?? 'otherSites'}`, { name: isolatedText(account.name) })
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : online && !state.loadFailed ? (
        <p role="status">{t('accounts.loading')}</p>
      ) : null}

      {workspace.user.role === 'admin' && organisations ? (
        <OrganisationsTable
          organisations={organisations}
          siteName={siteName}
          api={canChange ? api : undefined}
          onSaved={(organisation, message) => {
            putOrganisation(organisation);
            setSaved(message);
          }}
        />
      ) : null}

      {selected ? (
        <section aria-labelledby="account-edit-title" className="panel">
          <h2 id="account-edit-title" tabIndex={-1}>{t('accounts.editTitle', { name: isolatedText(selected.name) })}</h2>
          <AccountForm
            key={selected.id}
            account={selected}
            roles={selected.role === 'admin' && workspace.user.role !== 'admin' ? ['admin'] : roles}
            sites={sites.options}
            siteName={siteName}
            groupOf={groupOf}
            onCreate={() => Promise.resolve()}
            onUpdate={async (body) => state.put(await api.update(selected.id, body))}
            onDone={(changed) => done(changed ? t('accounts.saved', { name: isolatedText(selected.name) }) : undefined)}
          />
          <h3>{t('accounts.reset.title')}</h3>
          <ResetPasswordForm name={isolatedText(selected.name)} disabled={!canChange} onReset={(password) => api.resetPassword(selected.id, password)} />
          <h3>{t('accounts.devices.title')}</h3>
          <AccountDevices account={selected} disabled={!canChange} onRevoke={async (deviceId) => state.put(await api.revokeDevice(selected.id, deviceId))} />
        </section>
      ) : null}
    </section>
  );
}
