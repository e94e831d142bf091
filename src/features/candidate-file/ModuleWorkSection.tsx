// The person's individual module work (a one-to-one technical practice, an FLE coaching): add it on
// one of their accompaniments, correct it, delete it with a confirmation. It counts in the report's
// modules table like a session attended (docs/report-counting.md).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModuleWorkData } from '../../domain/entities';
import type { CodeOption } from '../../i18n/code-labels';
import type { LocalRecord, Repository } from '../../sync/workspace';
import { DeleteRecordButton } from './DeleteRecordButton';
import { formatDay, metierLabel, moduleLabel } from './labels';
import { ModuleWorkForm } from './ModuleWorkForm';
import { changedData } from './record-changes';
import { withoutUndefined } from './strip-undefined';

interface ModuleWorkSectionProps {
  candidate: LocalRecord<'candidates'>;
  adviserId: string;
  advisers: CodeOption[];
  accompaniments: LocalRecord<'accompaniments'>[];
  work: LocalRecord<'moduleWork'>[];
  repo: Repository<'moduleWork'>;
  onDone: (message: string) => void;
}

export function ModuleWorkSection({ candidate, adviserId, advisers, accompaniments, work, repo, onDone }: ModuleWorkSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const sorted = [...work].sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? ''));
  // Open accompaniments first: new work is most often on the one going on.
  const pathOptions = [...accompaniments]
    .sort((a, b) => Number(b.data.status === 'open') - Number(a.data.status === 'open') || (b.data.startDate ?? '').localeCompare(a.data.startDate ?? ''))
    .map((record) => ({ code: record.id, label: `${metierLabel(record.data.metier, language)} — ${formatDay(record.data.startDate, language)}` }));
  const who = (id: string | undefined) => advisers.find((option) => option.code === id)?.label ?? id ?? '';

  async function save(record: LocalRecord<'moduleWork'> | undefined, data: ModuleWorkData) {
    if (record) {
      const changes = changedData(record.data, data as Record<string, unknown>);
      if (Object.keys(changes).length > 0) await repo.update(record.id, changes);
    } else {
      await repo.create(candidate.siteId, withoutUndefined(data));
    }
    setEditing(null);
    onDone(t('candidateFile.saved'));
  }

  const formFor = (record?: LocalRecord<'moduleWork'>) => (
    <ModuleWorkForm
      candidateId={candidate.id}
      accompaniments={pathOptions}
      advisers={advisers}
      adviserId={adviserId}
      initial={record?.data}
      onSave={(data) => save(record, data)}
      onCancel={() => setEditing(null)}
    />
  );

  return (
    <section className="file-section" aria-labelledby="file-work-title">
      <h2 id="file-work-title">{t('candidateFile.moduleWork.title')}</h2>
      <p className="field__hint">{t('candidateFile.moduleWork.intro')}</p>
      {sorted.length === 0 ? <p>{t('candidateFile.moduleWork.empty')}</p> : null}
      <ul className="file-records">
        {sorted.map((record) => {
          const date = formatDay(record.data.date, language);
          const moduleName = moduleLabel(record.data.module, language);
          if (editing === record.id) return <li key={record.id} className="file-record">{formFor(record)}</li>;
          return (
            <li key={record.id} className="file-record">
              <div className="file-record__text">
                <p className="file-record__title">{`${moduleName} — ${date}`}</p>
                <p className="file-record__detail">{t('candidateFile.moduleWork.duration', { count: record.data.minutes ?? 0, who: who(record.data.adviserId) })}</p>
                {record.data.note ? <p className="file-record__note">{record.data.note}</p> : null}
              </div>
              <div className="file-record__actions">
                <button type="button" className="button" aria-label={t('candidateFile.moduleWork.correctNamed', { module: moduleName, date })} onClick={() => setEditing(record.id)}>
                  {t('candidateFile.correct')}
                </button>
                <DeleteRecordButton
                  label={t('candidateFile.moduleWork.deleteNamed', { module: moduleName, date })}
                  title={t('candidateFile.moduleWork.confirmDeleteTitle')}
                  text={t('candidateFile.moduleWork.confirmDeleteText', { module: moduleName, date })}
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
        <p>{t('candidateFile.moduleWork.needsAccompaniment')}</p>
      ) : (
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('candidateFile.moduleWork.add')}
        </button>
      )}
    </section>
  );
}
