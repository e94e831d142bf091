// The adviser's candidates on this tablet, searchable offline.
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../components/Notice';
import { useDocumentTitle } from '../../components/use-document-title';
import { useLocationNotice } from '../../components/use-location-notice';
import { useRecords } from '../../components/use-records';
import { buildSearchIndex, searchCandidates, sortByName } from './candidate-search';
import { CandidateRow } from './CandidateRow';
import { useCandidatesRepo } from './use-candidates-repo';

export function CandidateListPage() {
  const { t, i18n } = useTranslation();
  const records = useRecords(useCandidatesRepo());
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [notice, dismissNotice] = useLocationNotice();
  useDocumentTitle(t('candidates.title'));

  const index = useMemo(() => buildSearchIndex(sortByName(records ?? []), i18n.language), [records, i18n.language]);
  const shown = useMemo(() => searchCandidates(index, deferredQuery), [index, deferredQuery]);

  return (
    <>
      <div className="page-heading">
        <h1>{t('candidates.title')}</h1>
        <Link to="/candidats/nouveau" className="button button--primary">
          {t('nav.newCandidate')}
        </Link>
      </div>
      {notice ? <Notice tone="success" message={t(`notice.${notice}`)} onDismiss={dismissNotice} /> : null}
      <div className="field search">
        <label htmlFor="candidate-search" className="field__label">
          {t('candidates.search')}
        </label>
        <p id="candidate-search-hint" className="field__hint">
          {t('candidates.searchHint')}
        </p>
        <input
          id="candidate-search"
          className="input"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby="candidate-search-hint"
          autoComplete="off"
        />
      </div>
      {records === undefined ? (
        <p>{t('candidates.loading')}</p>
      ) : records.length === 0 ? (
        <p className="empty">{t('candidates.empty')}</p>
      ) : (
        <>
          <p className="list-count" aria-live="polite">
            {t('candidates.count', { count: shown.length, total: records.length })}
          </p>
          {shown.length === 0 ? <p className="empty">{t('candidates.noMatch')}</p> : null}
          <ul className="candidate-list">
            {shown.map((record) => (
              <CandidateRow key={record.id} record={record} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
