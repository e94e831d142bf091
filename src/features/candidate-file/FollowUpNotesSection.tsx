// The file's follow-up notes: add, correct, delete with a confirmation. They belong to the
// candidate's site: only that site's advisers have them on their tablet, which the section says.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpNoteData } from '../../domain/entities';
import type { LocalRecord, Repository } from '../../sync/workspace';
import { DeleteRecordButton } from './DeleteRecordButton';
import { formatDay } from './labels';
import { NoteForm } from './NoteForm';
import { changedData } from './record-changes';

interface FollowUpNotesSectionProps {
  candidate: LocalRecord<'candidates'>;
  siteName: string;
  notes: LocalRecord<'followUpNotes'>[];
  repo: Repository<'followUpNotes'>;
  onDone: (message: string) => void;
}

export function FollowUpNotesSection({ candidate, siteName, notes, repo, onDone }: FollowUpNotesSectionProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const sorted = [...notes].sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? ''));

  async function save(record: LocalRecord<'followUpNotes'> | undefined, data: FollowUpNoteData) {
    if (record) {
      const changes = changedData(record.data, data as Record<string, unknown>);
      if (Object.keys(changes).length > 0) await repo.update(record.id, changes);
    } else {
      await repo.create(candidate.siteId, data);
    }
    setEditing(null);
    onDone(t('candidateFile.saved'));
  }

  const formFor = (record?: LocalRecord<'followUpNotes'>) => (
    <NoteForm candidateId={candidate.id} initial={record?.data} onSave={(data) => save(record, data)} onCancel={() => setEditing(null)} />
  );

  return (
    <section className="file-section" aria-labelledby="file-notes-title">
      <h2 id="file-notes-title">{t('candidateFile.notes.title')}</h2>
      <p className="field__hint">{t('candidateFile.notes.visibility', { site: siteName })}</p>
      {sorted.length === 0 ? <p>{t('candidateFile.notes.empty')}</p> : null}
      <ul className="file-records">
        {sorted.map((record) => {
          const date = formatDay(record.data.date, i18n.language);
          return (
            <li key={record.id} className="file-record">
              {editing === record.id ? (
                formFor(record)
              ) : (
                <>
                  <div className="file-record__text">
                    <p className="file-record__title">{date}</p>
                    <p className="file-record__note">{record.data.text}</p>
                  </div>
                  <div className="file-record__actions">
                    <button type="button" className="button" aria-label={t('candidateFile.notes.correctNamed', { date })} onClick={() => setEditing(record.id)}>
                      {t('candidateFile.correct')}
                    </button>
                    <DeleteRecordButton
                      label={t('candidateFile.notes.deleteNamed', { date })}
                      title={t('candidateFile.notes.confirmDeleteTitle')}
                      text={t('candidateFile.notes.confirmDeleteText', { date })}
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
          {t('candidateFile.notes.add')}
        </button>
      )}
    </section>
  );
}
