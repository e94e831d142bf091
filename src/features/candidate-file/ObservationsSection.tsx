// The person's practical observations and mock tests (docs/observations.md): a task performed, the UC it informs, the criteria observed, the overall
// result, who observed and when. Listed newest first; added on one of their accompaniments,
// corrected, deleted with a confirmation.
import { useTranslation } from 'react-i18next';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import type { ObservationData } from '../../domain/entities';
import { findUc, metierLabel, ucDisplay } from '../../domain/metiers/catalogue';
import { sittingOptions } from './sitting-options';
import type { LocalRecord, Repository } from '../../sync/workspace';
import { RecordSection } from '../../components/form/RecordSection';
import { formatDay } from './labels';
import { ObservationForm, type PathOption } from './ObservationForm';
import { useRecordSection } from './use-record-section';
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
  const { save, close, section } = useRecordSection(repo, onDone);
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

  return (
    <RecordSection
      {...section}
      headingId="file-observations-title"
      title={t('candidateFile.observations.title')}
      intro={<p className="field__hint">{t('candidateFile.observations.intro')}</p>}
      empty={t('candidateFile.observations.empty')}
      records={sorted}
      entry={(record) => {
        const { data } = record;
        const date = formatDay(data.date, language);
        const kind = t(`candidateFile.observations.kind.${data.kind ?? 'observation'}`);
        const uc = ucDisplay(findUc(catalogue, data.metier, data.uc), data.uc);
        const named = { kind, uc, date };
        return {
          text: (
            <>
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
            </>
          ),
          correctLabel: t('candidateFile.observations.correctNamed', named),
          deleteLabel: t('candidateFile.observations.deleteNamed', named),
          deleteTitle: t('candidateFile.observations.confirmDeleteTitle'),
          deleteText: t('candidateFile.observations.confirmDeleteText', named),
        };
      }}
      form={(record) => (
        <ObservationForm
          candidateId={candidate.id}
          accompaniments={pathOptions}
          sittings={sittings}
          initial={record?.data}
          {...(record ? { recordId: record.id } : {})}
          onSave={(data) => save(record, data, siteFor(data))}
          onCancel={close}
        />
      )}
      addLabel={t('candidateFile.observations.add')}
      cannotAdd={pathOptions.length === 0 ? <p>{t('candidateFile.observations.needsAccompaniment')}</p> : undefined}
    />
  );
}
