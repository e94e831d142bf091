// The file's SPOC actions: each in words with "Corriger" and "Supprimer", and the form to add one.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isolatedText } from '../../domain/bidi';
import type { SpocActionData } from '../../domain/entities';
import type { LocalRecord, Repository } from '../../sync/workspace';
import { DeleteRecordButton } from './DeleteRecordButton';
import { codeLabel, formatDay, spocKindLabel } from './labels';
import { changedData } from './record-changes';
import { useCandidateIndex } from '../candidates/index/use-candidate-index';
import { SpocActionForm } from './SpocActionForm';
import { withoutUndefined } from './strip-undefined';
import { metierLabel } from '../../domain/metiers/catalogue';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';

interface SpocActionsSectionProps {
  candidate: LocalRecord<'candidates'>;
  adviserId: string;
  actions: LocalRecord<'spocActions'>[];
  outreachPlaces: string[];
  repo: Repository<'spocActions'>;
  onDone: (message: string) => void;
}

/** The form, with the tablet's candidates to name others of a collective session: the workspace's index, read only once a form is open. */
function SpocActionFormWithCandidates(props: Omit<Parameters<typeof SpocActionForm>[0], 'candidates'>) {
  const { records } = useCandidateIndex();
  const candidates = useMemo(() => [...records.values()], [records]);
  return <SpocActionForm {...props} candidates={candidates} />;
}

export function SpocActionsSection({ candidate, adviserId, actions, outreachPlaces, repo, onDone }: SpocActionsSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const sorted = [...actions].sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? ''));

  async function save(record: LocalRecord<'spocActions'> | undefined, data: SpocActionData) {
    if (record) {
      const changes = changedData(record.data, data as Record<string, unknown>);
      if (Object.keys(changes).length > 0) await repo.update(record.id, changes);
    } else {
      await repo.create(candidate.siteId, withoutUndefined(data));
    }
    setEditing(null);
    onDone(t('candidateFile.saved'));
  }

  const formFor = (record?: LocalRecord<'spocActions'>) => (
    <SpocActionFormWithCandidates
      candidateId={candidate.id}
      adviserId={adviserId}
      siteId={candidate.siteId}
      outreachPlaces={outreachPlaces}
      initial={record?.data}
      onSave={(data) => save(record, data)}
      onCancel={() => setEditing(null)}
    />
  );

  return (
    <section className="file-section" aria-labelledby="file-spoc-title">
      <h2 id="file-spoc-title">{t('candidateFile.spoc.title')}</h2>
      {sorted.length === 0 ? <p>{t('candidateFile.spoc.empty')}</p> : null}
      <ul className="file-records">
        {sorted.map((record) => {
          const date = formatDay(record.data.date, language);
          const others = (record.data.candidateIds ?? []).filter((id) => id !== candidate.id).length;
          return (
            <li key={record.id} className="file-record">
              {editing === record.id ? (
                formFor(record)
              ) : (
                <>
                  <div className="file-record__text">
                    <p className="file-record__title">
                      {date} — {spocKindLabel(record.data.kind, language)}
                      {record.pendingFields.length > 0 ? <span className="file-record__pending"> ({t('candidateFile.unsynced')})</span> : null}
                    </p>
                    <SpocDetails data={record.data} others={others} />
                  </div>
                  <div className="file-record__actions">
                    <button type="button" className="button" aria-label={t('candidateFile.spoc.correctNamed', { date })} onClick={() => setEditing(record.id)}>
                      {t('candidateFile.correct')}
                    </button>
                    <DeleteRecordButton
                      label={t('candidateFile.spoc.deleteNamed', { date })}
                      title={t('candidateFile.spoc.confirmDeleteTitle')}
                      text={t(others > 0 ? 'candidateFile.spoc.confirmDeleteShared' : 'candidateFile.spoc.confirmDeleteText', { date })}
                      onDelete={async () => {
                        await repo.remove(record.id);
                        onDone(t('candidateFile.deleted'));
                      }}
                    />
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {editing === 'new' ? (
        formFor()
      ) : (
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('candidateFile.spoc.add')}
        </button>
      )}
    </section>
  );
}

/** Place, métiers, outcome and the others present, each on its line when known. */
export function SpocDetails({ data, others }: { data: SpocActionData; others: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { catalogue } = useMetierCatalogue();
  const lines: string[] = [];
  if (data.outreachPlace) lines.push(t('candidateFile.timeline.spocPlace', { place: isolatedText(data.outreachPlace) }));
  if (data.metiers?.length) lines.push(t('candidateFile.timeline.spocMetiers', { metiers: data.metiers.map((code) => metierLabel(catalogue, code, language)).join(', ') }));
  if (data.outcome) lines.push(t('candidateFile.timeline.spocOutcome', { outcome: codeLabel('spocOutcomes', data.outcome, language) }));
  if (data.kind === 'collective') lines.push(t('candidateFile.timeline.spocOthers', { named: others, count: data.headCount ?? 0 }));
  return (
    <>
      {lines.map((line) => (
        <p key={line} className="file-record__detail">
          {line}
        </p>
      ))}
    </>
  );
}
