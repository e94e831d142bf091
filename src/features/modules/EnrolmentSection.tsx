// Who is enrolled in a session: add the people their positioning recommends in one tap, or anyone
// by searching their name; remove them (with a confirmation); a warning in words when the session is
// full (enrolling stays allowed).
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useRecords } from '../../components/use-records';
import type { LocalRecord } from '../../sync/workspace';
import { matchesName } from './candidate-match';
import { personName } from './module-format';
import { recommendedFor } from './recommended';
import { useModuleRepos } from './use-module-data';
import { PersonName } from '../../components/PersonName';
import { PersonChoiceButton } from '../../components/PersonChoiceButton';
import { usePersonDetails } from '../candidates/person-details';

interface EnrolmentSectionProps {
  session: LocalRecord<'moduleSessions'>;
  rows: LocalRecord<'attendance'>[];
  candidates: LocalRecord<'candidates'>[];
}

const MAX_RESULTS = 8;

export function EnrolmentSection({ session, rows, candidates }: EnrolmentSectionProps) {
  const { t } = useTranslation();
  const repos = useModuleRepos();
  const detailsOf = usePersonDetails();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [removing, setRemoving] = useState<LocalRecord<'attendance'> | undefined>();
  const [busy, setBusy] = useState(false);

  const nameOf = (candidateId: string | undefined) =>
    personName(candidates.find((candidate) => candidate.id === candidateId)?.data, t('modules.unknownPerson'));
  const detailsFor = (candidateId: string) => {
    const candidate = candidates.find((record) => record.id === candidateId);
    return candidate ? detailsOf(candidate) : '';
  };
  const enrolled = new Set(rows.map((row) => row.data.candidateId));
  const results = query.trim()
    ? candidates.filter((candidate) => !enrolled.has(candidate.id) && matchesName(candidate.data, query)).slice(0, MAX_RESULTS)
    : [];
  const positionings = useRecords(repos.positionings);
  const recommended = useMemo(
    () => recommendedFor((positionings ?? []).map((record) => record.data), session.data.module).filter((candidateId) => candidates.some((candidate) => candidate.id === candidateId)),
    [positionings, session.data.module, candidates],
  );
  const toRecommend = recommended.filter((candidateId) => !enrolled.has(candidateId));
  const capacity = session.data.capacity;
  const full = capacity != null && rows.length >= capacity;

  async function enrol(candidateIds: readonly string[]) {
    await repos.attendance.createMany(candidateIds.map((candidateId) => ({ siteId: session.siteId, data: { sessionId: session.id, candidateId, status: 'inscrit' } })));
  }

  return (
    <section aria-labelledby="enrolment-title" className="enrolment">
      <h2 id="enrolment-title">{t('modules.enrolment.title', { count: rows.length })}</h2>
      {full ? (
        <p role="status" className="notice capacity-warning">
          {t('modules.enrolment.full', { taken: rows.length, capacity })}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p>{t('modules.enrolment.empty')}</p>
      ) : (
        <ul className="enrolled-list" aria-labelledby="enrolment-title">
          {rows.map((row) => (
            <li key={row.id} className="enrolled-row">
              <PersonName>{nameOf(row.data.candidateId)}</PersonName>
              <span className="enrolled-row__status">{t(`modules.status.${row.data.status ?? 'inscrit'}`)}</span>
              <button type="button" className="button" onClick={() => setRemoving(row)}>
                {t('modules.enrolment.remove', { name: nameOf(row.data.candidateId) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {toRecommend.length > 0 ? (
        <div className="enrol-recommended">
          <h3 id="enrol-recommended-title">{t('modules.enrolment.recommended', { count: toRecommend.length })}</h3>
          <ul className="enrol-results" aria-labelledby="enrol-recommended-title">
            {toRecommend.map((candidateId) => (
              <li key={candidateId}>
                <PersonChoiceButton
                  label={t('modules.enrolment.add', { name: nameOf(candidateId) })}
                  details={detailsFor(candidateId)}
                  onClick={() => void enrol([candidateId])}
                />
              </li>
            ))}
          </ul>
          {toRecommend.length > 1 ? (
            <button
              type="button"
              className="button button--primary button--large"
              onClick={() => void enrol(toRecommend)}
            >
              {t('modules.enrolment.addAllRecommended', { count: toRecommend.length })}
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={searchId} className="field__label">
          {t('modules.enrolment.search')}
        </label>
        <input id={searchId} className="input" type="search" autoComplete="off" value={query} onChange={(event) => setQuery(event.target.value)} />
      </div>
      {query.trim() && results.length === 0 ? <p role="status">{t('modules.enrolment.noMatch')}</p> : null}
      {results.length > 0 ? (
        <ul className="enrol-results" aria-label={t('modules.enrolment.results')}>
          {results.map((candidate) => (
            <li key={candidate.id}>
              <PersonChoiceButton
                label={t('modules.enrolment.add', { name: personName(candidate.data, candidate.id) })}
                details={detailsOf(candidate)}
                onClick={() => void enrol([candidate.id])}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('modules.enrolment.removeTitle')}
          text={t('modules.enrolment.removeText', { name: nameOf(removing.data.candidateId) })}
          confirmLabel={t('modules.enrolment.removeConfirm')}
          cancelLabel={t('modules.cancel')}
          busy={busy}
          onCancel={() => setRemoving(undefined)}
          onConfirm={() => {
            setBusy(true);
            void repos.attendance
              .remove(removing.id)
              .then(() => setRemoving(undefined))
              .finally(() => setBusy(false));
          }}
        />
      ) : null}
    </section>
  );
}
