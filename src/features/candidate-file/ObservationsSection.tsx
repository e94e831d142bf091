// The person's practical observations and mock tests (docs/observations.md): a task performed, the UC it informs, the criteria observed, the overall
// result, who observed and when. Listed newest first; added on one of their accompaniments,
// corrected, deleted with a confirmation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import type { ObservationData } from '../../domain/entities';
import { findUc, metierLabel, ucDisplay } from '../../domain/metiers/catalogue';
import { sittingOptions } from './sitting-options';
import type { LocalRecord, Repository } from '../../sync/workspace';
import { DeleteRecordButton } from './DeleteRecordButton';
import { formatDay } from './labels';
import { ObservationForm, type PathOption } from './ObservationForm';
import { changedData } from './record-changes';
import { withoutUndefined } from './strip-undefined';
import { PhotoField } from '../../components/attachments/PhotoField';

interface ObservationsSectionProps {
  candidate: LocalRecord<'candidates'>;
  accompaniments: LocalRecord<'accompaniments'>[];
  observations: LocalRecord<'observations'>[];
  /** The person's positioning sittings (an observation may be linked to one). */
  positionings?: LocalRecord<'positionings'>[];
  repo: Repository<'observations'>;
  onDone: (message: string) => void;
}

export function ObservationsSection({ candidate, accompaniments, observations, positionings = [], repo, onDone }: ObservationsSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { catalogue } = useMetierCatalogue();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const sorted = [...observations].sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? ''));
  const pathOptions: PathOption[] = [...accompaniments]
    .sort((a, b) => Number(b.data.status === 'open') - Number(a.data.status === 'open') || (b.data.startDate ?? '').localeCompare(a.data.startDate ?? ''))
    .map((record) => ({
      code: record.id,
      metier: record.data.metier,
      label: `${metierLabel(catalogue, record.data.metier, language)} — ${formatDay(record.data.startDate, language)}`,
    }));
  const sittings = sittingOptions(positionings, accompaniments, catalogue, language, {
    day: (date) => formatDay(date, language),
    done: (date, metier) => t(metier ? 'candidateFile.observations.sittingDone' : 'candidateFile.observations.sittingDoneNoMetier', { date, metier }),
    unfinished: (date, metier) => t(metier ? 'candidateFile.observations.sittingUnfinished' : 'candidateFile.observations.sittingUnfinishedNoMetier', { date, metier }),
  });
  /** An observation belongs to its accompaniment's site (else the file's). */
  const siteFor = (data: ObservationData) => accompaniments.find((record) => record.id === data.accompanimentId)?.siteId ?? candidate.siteId;

  async function save(record: LocalRecord<'observations'> | undefined, data: ObservationData) {
    if (record) {
      const changes = changedData(record.data, data as Record<string, unknown>);
      if (Object.keys(changes).length > 0) await repo.update(record.id, changes);
    } else {
      await repo.create(siteFor(data), withoutUndefined(data));
    }
    setEditing(null);
    onDone(t('candidateFile.saved'));
  }

  const formFor = (record?: LocalRecord<'observations'>) => (
    <ObservationForm
      candidateId={candidate.id}
      accompaniments={pathOptions}
      sittings={sittings}
      initial={record?.data}
      {...(record ? { recordId: record.id } : {})}
      onSave={(data) => save(record, data)}
      onCancel={() => setEditing(null)}
    />
  );

  return (
    <section className="file-section" aria-labelledby="file-observations-title">
      <h2 id="file-observations-title">{t('candidateFile.observations.title')}</h2>
      <p className="field__hint">{t('candidateFile.observations.intro')}</p>
      {sorted.length === 0 ? <p>{t('candidateFile.observations.empty')}</p> : null}
      <ul className="file-records">
        {sorted.map((record) => {
          const { data } = record;
          const date = formatDay(data.date, language);
          const kind = t(`candidateFile.observations.kind.${data.kind ?? 'observation'}`);
          const uc = ucDisplay(findUc(catalogue, data.metier, data.uc), data.uc);
          const named = { kind, uc, date };
          if (editing === record.id) return <li key={record.id} className="file-record">{formFor(record)}</li>;
          return (
            <li key={record.id} className="file-record">
              <div className="file-record__text">
                <p className="file-record__title">{t('candidateFile.observations.entryTitle', named)}</p>
                <p className="file-record__detail">
                  {t('candidateFile.observations.entryResult', { result: t(`candidateFile.observations.result.${data.result ?? 'not-yet'}`) })}
                </p>
                {data.task ? <p className="file-record__detail">{t('candidateFile.observations.entryTask', { task: data.task })}</p> : null}
                {data.conditions ? <p className="file-record__detail">{t('candidateFile.observations.entryConditions', { conditions: data.conditions })}</p> : null}
                {data.criteria && data.criteria.length > 0 ? (
                  <ul className="file-record__list" aria-label={t('candidateFile.observations.criteria')}>
                    {data.criteria.map((criterion, index) => (
                      <li key={index}>{t('candidateFile.observations.entryCriterion', { label: criterion.label, result: t(`candidateFile.observations.result.${criterion.result}`) })}</li>
                    ))}
                  </ul>
                ) : null}
                <p className="file-record__detail">
                  {data.observerName
                    ? t(`candidateFile.observations.observedByNamed.${data.observerKind ?? 'adviser'}`, { name: data.observerName })
                    : t(`candidateFile.observations.observedBy.${data.observerKind ?? 'adviser'}`)}
                </p>
                {data.note ? <p className="file-record__note">{data.note}</p> : null}
                <PhotoField ownerTable="observations" ownerId={record.id} candidateId={candidate.id} siteId={record.siteId} />
              </div>
              <div className="file-record__actions">
                <button type="button" className="button" aria-label={t('candidateFile.observations.correctNamed', named)} onClick={() => setEditing(record.id)}>
                  {t('candidateFile.correct')}
                </button>
                <DeleteRecordButton
                  label={t('candidateFile.observations.deleteNamed', named)}
                  title={t('candidateFile.observations.confirmDeleteTitle')}
                  text={t('candidateFile.observations.confirmDeleteText', named)}
                  onDelete={async () => {
                    await repo.remove(record.id);
                    onDone(t('candidateFile.deleted'));
                  }}
                />
              </div>
            </li>
          );
        })}
      </ul>
      {editing === 'new' ? (
        formFor()
      ) : pathOptions.length === 0 ? (
        <p>{t('candidateFile.observations.needsAccompaniment')}</p>
      ) : (
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('candidateFile.observations.add')}
        </button>
      )}
    </section>
  );
}
