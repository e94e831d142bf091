// The list's filters: site (when the adviser has several), métier and accompaniment state.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledSelect } from '../../../components/form/LabelledField';
import { metierOptions } from '../reference-labels';
import { useSiteNames } from '../../../components/use-site-names';
import { ACCOMPANIMENT_STATES, type AccompanimentState, type CandidateFilters } from './candidate-filters';

interface FiltersBarProps {
  filters: CandidateFilters;
  onChange: (filters: CandidateFilters) => void;
  siteIds: readonly string[];
}

/** Memoized: the list re-renders as files arrive, the filters only when they change. */
export const CandidateFiltersBar = memo(function CandidateFiltersBar({ filters, onChange, siteIds }: FiltersBarProps) {
  const { t, i18n } = useTranslation();
  const sites = useSiteNames();
  const metiers = metierOptions(i18n.language);
  return (
    <div className="list-filters" role="group" aria-label={t('candidates.filters')}>
      {siteIds.length > 1 ? (
        <LabelledSelect
          id="filter-site"
          label={t('candidates.filterSite')}
          value={filters.siteId}
          options={sites}
          emptyLabel={t('candidates.all')}
          onChange={(siteId) => onChange({ ...filters, siteId })}
        />
      ) : null}
      <LabelledSelect
        id="filter-metier"
        label={t('candidates.filterMetier')}
        value={filters.metier}
        options={metiers}
        emptyLabel={t('candidates.all')}
        onChange={(metier) => onChange({ ...filters, metier })}
      />
      <LabelledSelect
        id="filter-state"
        label={t('candidates.filterStatus')}
        value={filters.state}
        options={ACCOMPANIMENT_STATES.map((state) => ({ code: state, label: t(`candidates.status.${state}`) }))}
        emptyLabel={t('candidates.all')}
        onChange={(state) => onChange({ ...filters, state: state as AccompanimentState | '' })}
      />
    </div>
  );
});
