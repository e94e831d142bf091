// Add or correct a follow-up note: date (today by default) and text.
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormInput, FormTextArea } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import { FileFormFooter } from './FileFormFooter';
import { requiredChoice, requiredText } from '../../components/form/value-schemas';
import { brusselsDate } from '../../domain/dates';
import type { FollowUpNoteData } from '../../domain/entities';

interface NoteFormProps {
  candidateId: string;
  initial?: FollowUpNoteData;
  onSave: (data: FollowUpNoteData) => Promise<void>;
  onCancel: () => void;
}

const noteValues = z.object({ date: requiredChoice, text: requiredText });

export function NoteForm({ candidateId, initial, onSave, onCancel }: NoteFormProps) {
  const { t } = useTranslation();
  const { form, submit, failed, errors, busy } = useRecordForm({
    schema: noteValues,
    defaultValues: { date: initial?.date ?? brusselsDate(), text: initial?.text ?? '' },
    save: ({ date, text }) => onSave({ ...initial, candidateId, date, text }),
  });
  const { control } = form;

  const title = t(initial ? 'candidateFile.notes.formTitleEdit' : 'candidateFile.notes.formTitleNew');
  return (
    <form className="file-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <h3 className="file-form__title">{title}</h3>
      <FormInput control={control} field="date" name="note-date" type="date" label={t('candidateFile.notes.date')} required />
      <FormTextArea control={control} field="text" name="note-text" label={t('candidateFile.notes.text')} required />
      <FileFormFooter busy={busy} failed={failed} rootError={errors.root} onCancel={onCancel} />
    </form>
  );
}
