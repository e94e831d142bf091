// The adviser's candidates on this tablet: instant search in memory (name, phone, postal code),
// filters (site, métier, accompaniment), and a virtualized list so 50,000 files scroll smoothly.
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../components/Notice';
import { LabelledField } from '../../components/form/LabelledField';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { useLocationNotice } from '../../components/use-location-notice';
import { useRecords } from '../../components/use-records';
import { searchCandidates } from '../../domain/matching';
import { useCandidateIndex } from './index/use-candidate-index';
import { applyFilters, filtersByPathway, NO_FILTERS, NO_PATHWAYS, pathwaysByCandidate, type CandidateFilters } from './list/candidate-filters';
import { CandidateFiltersBar } from './list/CandidateFiltersBar';
import { VirtualCandidateList } from './list/VirtualCandidateList';
import './candidates.css';
import { SCREEN_PATHS } from '../../domain/screen-paths';

export function CandidateListPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { index, records, version } = useCandidateIndex();
  const accompaniments = useRecords(useMemo(() => workspace.repo('accompaniments'), [workspace]));
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<CandidateFilters>(NO_FILTERS);
  const deferredQuery = useDeferredValue(query);
  const [notice, dismissNotice] = useLocationNotice();
  const [focusFirstRow, setFocusFirstRow] = useState(0);
  useDocumentTitle(t('candidates.title'));

  // Read only when a filter asks: otherwise their arrival would render the whole list again.
  const readsPathways = filtersByPathway(filters);
  const pathways = useMemo(() => (readsPathways ? pathwaysByCandidate(accompaniments ?? []) : NO_PATHWAYS), [readsPathways, accompaniments]);
  const shown = useMemo(() => {
    if (!index) return [];
    let ids: string[];
    if (deferredQuery.trim() === '') {
      // Anonymised files have no name to index: listed first, as an empty name sorts.
      const anonymised = [...records.values()].filter((record) => record.data.erased && !record.data.mergedInto).map((record) => record.id);
      ids = [...anonymised, ...index.orderedIds()];
    } else {
      ids = searchCandidates(index, deferredQuery);
    }
    return applyFilters(ids, records, pathways, filters);
    // `version` changes whenever the index changed in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, records, version, deferredQuery, pathways, filters]);
  const total = useMemo(() => [...records.values()].filter((record) => !record.data.mergedInto).length, [records]);

  return (
    <>
      <div className="page-heading">
        <h1>{t('candidates.title')}</h1>
        <Link to={SCREEN_PATHS.newCandidate} className="button button--primary">
          {t('nav.newCandidate')}
        </Link>
      </div>
      {notice ? <Notice tone="success" message={t(`notice.${notice}`)} onDismiss={dismissNotice} /> : null}
      <div className="list-tools">
        <LabelledField id="candidate-search" label={t('candidates.search')} hint={t('candidates.searchHint')} className="search">
          <input
            id="candidate-search"
            className="input"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' && shown.length > 0) {
                event.preventDefault();
                setFocusFirstRow((value) => value + 1);
              }
            }}
            aria-describedby="candidate-search-hint candidate-list-keys"
            autoComplete="off"
          />
        </LabelledField>
        <CandidateFiltersBar filters={filters} onChange={setFilters} siteIds={workspace.user.siteIds} />
      </div>
      {!index ? (
        <p>{t('candidates.loading')}</p>
      ) : total === 0 ? (
        <p className="empty">{t('candidates.empty')}</p>
      ) : (
        <>
          <p className="list-count" aria-live="polite">
            {t('candidates.count', { count: shown.length, total })}
          </p>
          <p id="candidate-list-keys" className="visually-hidden">
            {t('candidates.listKeys')}
          </p>
          {shown.length === 0 ? <p className="empty">{t('candidates.noMatch')}</p> : <VirtualCandidateList records={shown} focusRequest={focusFirstRow} />}
        </>
      )}
    </>
  );
}
