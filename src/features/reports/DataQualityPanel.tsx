// What would make the report wrong (docs/report-counting.md, "Data-quality panel"): counts, and
// which records when this device holds them (a candidate file on the tablet is one the user may
// see, so it is linked by name).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DataQuality } from '../../domain/report';
import type { LocalRecord } from '../../sync/workspace';
import { PersonName } from '../../components/PersonName';
import { displayName } from '../candidates/candidate-display';
import { formatDay } from '../../i18n/format';
import { SCREEN_PATHS } from '../../domain/screen-paths';

interface Props {
  quality: DataQuality;
  candidates: readonly LocalRecord<'candidates'>[];
  siteName: (siteId: string) => string;
}

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <details className="quality__section">
      <summary>{t('reports.quality.count', { title, count })}</summary>
      {count > 0 ? <ul className="quality__list">{children}</ul> : null}
    </details>
  );
}

export function DataQualityPanel({ quality, candidates, siteName }: Props) {
  const { t, i18n } = useTranslation();
  const day = (date: string | null | undefined) => formatDay(date, i18n.language);
  const byId = new Map(candidates.map((record) => [record.id, record]));
  const person = (candidateId: string | null) => {
    const record = candidateId ? byId.get(candidateId) : undefined;
    if (!record) return <span>{t('reports.quality.notOnDevice')}</span>;
    const name = displayName(record.data) ?? t('reports.quality.noName');
    return (
      <Link to={SCREEN_PATHS.candidate(record.id)}>
        <PersonName>{name}</PersonName>
      </Link>
    );
  };

  return (
    <section className="quality" aria-labelledby="quality-title">
      <h2 id="quality-title">{t('reports.quality.title')}</h2>
      <p className="field__hint">{t('reports.quality.intro', { date: day(quality.asOf) })}</p>
      <Section title={t('reports.quality.stale')} count={quality.staleAccompaniments.length}>
        {quality.staleAccompaniments.map((item) => (
          <li key={item.accompanimentId}>
            {person(item.candidateId)}{' '}
            {t('reports.quality.staleItem', { site: siteName(item.siteId), start: day(item.startDate), last: day(item.lastActivityDate) })}
          </li>
        ))}
      </Section>
      <Section title={t('reports.quality.noResult')} count={quality.testsWithoutResult.length}>
        {quality.testsWithoutResult.map((item) => (
          <li key={item.validationStepId}>
            {person(item.candidateId)} {t('reports.quality.noResultItem', { site: siteName(item.siteId), date: day(item.testDate) })}
          </li>
        ))}
      </Section>
      <Section title={t('reports.quality.missing')} count={quality.candidatesMissingFields.length}>
        {quality.candidatesMissingFields.map((item) => (
          <li key={item.candidateId}>
            {person(item.candidateId)}{' '}
            {t('reports.quality.missingItem', { fields: item.missing.map((field) => t(`reports.quality.field.${field}`)).join(', ') })}
          </li>
        ))}
      </Section>
      <Section title={t('reports.quality.duplicates')} count={quality.possibleDuplicates.length}>
        {quality.possibleDuplicates.map((group) => (
          <li key={group.candidateIds.join(' ')}>
            {t('reports.quality.duplicateItem', { year: group.birthYear })}{' '}
            <span className="quality__names">
              {group.candidateIds.map((candidateId) => (
                <span key={candidateId}>{person(candidateId)}</span>
              ))}
            </span>
          </li>
        ))}
      </Section>
    </section>
  );
}
