// The file's follow-up notes: add, correct, delete with a confirmation. They belong to the
// candidate's site: only that site's advisers have them on their tablet, which the section says.
import { useTranslation } from 'react-i18next';
import { RecordSection } from '../../components/form/RecordSection';
import type { LocalRecord, Repository } from '../../sync/workspace';
import { formatDay } from './labels';
import { NoteForm } from './NoteForm';
import { useRecordSection } from './use-record-section';

interface FollowUpNotesSectionProps {
  candidate: LocalRecord<'candidates'>;
  siteName: string;
  notes: LocalRecord<'followUpNotes'>[];
  repo: Repository<'followUpNotes'>;
  onDone: (message: string) => void;
}

export function FollowUpNotesSection({ candidate, siteName, notes, repo, onDone }: FollowUpNotesSectionProps) {
  const { t, i18n } = useTranslation();
  const { save, close, section } = useRecordSection(repo, onDone);
  const sorted = [...notes].sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? ''));

  return (
    <RecordSection
      {...section}
      headingId="file-notes-title"
      title={t('candidateFile.notes.title')}
      intro={<p className="field__hint">{t('candidateFile.notes.visibility', { site: siteName })}</p>}
      empty={t('candidateFile.notes.empty')}
      records={sorted}
      entry={(record) => {
        const date = formatDay(record.data.date, i18n.language);
        return {
          text: (
            <>
              <p className="file-record__title">{date}</p>
              <p className="file-record__note">{record.data.text}</p>
            </>
          ),
          correctLabel: t('candidateFile.notes.correctNamed', { date }),
          deleteLabel: t('candidateFile.notes.deleteNamed', { date }),
          deleteTitle: t('candidateFile.notes.confirmDeleteTitle'),
          deleteText: t('candidateFile.notes.confirmDeleteText', { date }),
        };
      }}
      form={(record) => <NoteForm candidateId={candidate.id} initial={record?.data} onSave={(data) => save(record, data, candidate.siteId)} onCancel={close} />}
      addLabel={t('candidateFile.notes.add')}
    />
  );
}
