// The list's filters: site (when the adviser has several), métier and accompaniment state.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { metierOptions } from '../reference-labels';
import { useSiteOptions } from '../use-site-options';
import { ACCOMPANIMENT_STATES, type AccompanimentState, type CandidateFilters } from './candidate-filters';

interface FiltersBarProps {
  filters: CandidateFilters;
  onChange: (filters: CandidateFilters) => void;
  siteIds: readonly string[];
}

/** Memoized: the list re-renders as files arrive, the filters only when they change. */
export const CandidateFiltersBar = memo(function CandidateFiltersBar({ filters, onChange, siteIds }: FiltersBarProps) {
  const { t, i18n } = useTranslation();
  const sites = useSiteOptions();
  const metiers = metierOptions(i18n.language);
  return (
    <div className="list-filters" role="group" aria-label={t('candidates.filters')}>
      {siteIds.length > 1 ? (
        <div className="field">
          <label htmlFor="filter-site" className="field__label">
            {t('candidates.filterSite')}
          </label>
          <select id="filter-site" className="input" value={filters.siteId} onChange={(event) => onChange({ ...filters, siteId: event.target.value })}>
            <option value="">{t('candidates.all')}</option>
            {sites.map((site) => (
              <option key={site.code} value={site.code}>
                {site.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="filter-metier" className="field__label">
          {t('candidates.filterMetier')}
        </label>
        <select id="filter-metier" className="input" value={filters.metier} onChange={(event) => onChange({ ...filters, metier: event.target.value })}>
          <option value="">{t('candidates.all')}</option>
          {metiers.map((metier) => (
            <option key={metier.code} value={metier.code}>
              {metier.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-state" className="field__label">
          {t('candidates.filterStatus')}
        </label>
        <select
          id="filter-state"
          className="input"
          value={filters.state}
          onChange={(event) => onChange({ ...filters, state: event.target.value as AccompanimentState | '' })}
        >
          <option value="">{t('candidates.all')}</option>
          {ACCOMPANIMENT_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`candidates.status.${state}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
});
