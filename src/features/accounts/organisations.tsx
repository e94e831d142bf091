// The organisations (each Mission Locale, CPAS and OISP) and their sites, loaded online for the
// accounts screen: an administrator sees them all in a table, creates and renames them there (as
// with the admin CLI's create-organisation), and picks sites grouped by them.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSummary } from '../../domain/accounts';
import type { AccountsApi } from '../../sync/accounts-api';
import { OrganisationForm, RenameOrganisationForm } from './OrganisationForms';
import { ColumnHeads } from '../../components/ColumnHeads';

export function useOrganisations(
  api: AccountsApi,
  online: boolean,
): { organisations: OrganisationSummary[] | undefined; put: (organisation: OrganisationSummary) => void } {
  const [organisations, setOrganisations] = useState<OrganisationSummary[]>();
  useEffect(() => {
    if (!online) return;
    let live = true;
    api.organisations().then(
      (list) => live && setOrganisations(list),
      () => undefined, // the screen works without the grouping
    );
    return () => {
      live = false;
    };
  }, [api, online]);
  const put = useCallback((organisation: OrganisationSummary) => {
    setOrganisations((list) => {
      const others = (list ?? []).filter((known) => known.id !== organisation.id);
      return [...others, organisation].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    });
  }, []);
  return { organisations, put };
}

/** Site id → its organisation's name. */
export function organisationGrouping(organisations: readonly OrganisationSummary[] | undefined): (siteId: string) => string | undefined {
  const names = new Map<string, string>();
  for (const organisation of organisations ?? []) for (const siteId of organisation.siteIds) names.set(siteId, organisation.name);
  return (siteId) => names.get(siteId);
}

interface TableProps {
  organisations: readonly OrganisationSummary[];
  siteName: (siteId: string) => string;
  /** Administrators with the network: create and rename. */
  api?: AccountsApi;
  onSaved?: (organisation: OrganisationSummary, message: string) => void;
}

export function OrganisationsTable({ organisations, siteName, api, onSaved }: TableProps) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState<string>();
  const [creating, setCreating] = useState(false);
  return (
    <section aria-labelledby="organisations-title">
      <h2 id="organisations-title">{t('accounts.organisations.title')}</h2>
      <p>{t(api ? 'accounts.organisations.introManage' : 'accounts.organisations.intro')}</p>
      {api && creating ? (
        <OrganisationForm
          taken={organisations.map((organisation) => organisation.id)}
          onCreate={(body) => api.createOrganisation(body)}
          onDone={(created) => {
            setCreating(false);
            if (created) onSaved?.(created, t('accounts.organisations.created', { name: created.name }));
          }}
        />
      ) : api ? (
        <button type="button" className="button" onClick={() => setCreating(true)}>
          {t('accounts.organisations.new')}
        </button>
      ) : null}
      <div className="table-scroll" role="region" aria-labelledby="organisations-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="organisations-caption">{t('accounts.organisations.caption', { count: organisations.length })}</caption>
          <ColumnHeads labels={[t('accounts.organisations.name'), t('accounts.field.sites'), ...(api ? [<span key="actions" className="visually-hidden">{t('accounts.actions')}</span>] : [])]} />
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">
                  {api && renaming === organisation.id ? (
                    <RenameOrganisationForm
                      organisation={organisation}
                      onRename={(name) => api.renameOrganisation(organisation.id, name)}
                      onDone={(renamed) => {
                        setRenaming(undefined);
                        if (renamed) onSaved?.(renamed, t('accounts.organisations.renamed', { name: renamed.name }));
                      }}
                    />
                  ) : (
                    organisation.name
                  )}
                </th>
                <td>{organisation.siteIds.map(siteName).join(', ') || t('accounts.organisations.noSites')}</td>
                {api ? (
                  <td>
                    {renaming === organisation.id ? null : (
                      <button type="button" className="button" onClick={() => setRenaming(organisation.id)} aria-label={t('accounts.organisations.renameOne', { name: organisation.name })}>
                        {t('accounts.organisations.rename')}
                      </button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
