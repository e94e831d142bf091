// The organisations (each Mission Locale, CPAS and OISP) and their sites, loaded online for the
// accounts screen: an administrator sees them all in a table and picks sites grouped by them.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSummary } from '../../domain/accounts';
import type { AccountsApi } from '../../sync/accounts-api';

export function useOrganisations(api: AccountsApi | undefined, online: boolean): OrganisationSummary[] | undefined {
  const [organisations, setOrganisations] = useState<OrganisationSummary[]>();
  useEffect(() => {
    if (!api || !online) return;
    let live = true;
    api.organisations().then(
      (list) => live && setOrganisations(list),
      () => undefined, // the screen works without the grouping
    );
    return () => {
      live = false;
    };
  }, [api, online]);
  return organisations;
}

/** Site id → its organisation's name. */
export function organisationGrouping(organisations: readonly OrganisationSummary[] | undefined): (siteId: string) => string | undefined {
  const names = new Map<string, string>();
  for (const organisation of organisations ?? []) for (const siteId of organisation.siteIds) names.set(siteId, organisation.name);
  return (siteId) => names.get(siteId);
}

export function OrganisationsTable({ organisations, siteName }: { organisations: readonly OrganisationSummary[]; siteName: (siteId: string) => string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="organisations-title">
      <h2 id="organisations-title">{t('accounts.organisations.title')}</h2>
      <p>{t('accounts.organisations.intro')}</p>
      <div className="table-scroll" role="region" aria-labelledby="organisations-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="organisations-caption">{t('accounts.organisations.caption', { count: organisations.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('accounts.organisations.name')}</th>
              <th scope="col">{t('accounts.field.sites')}</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">{organisation.name}</th>
                <td>{organisation.siteIds.map(siteName).join(', ') || t('accounts.organisations.noSites')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
