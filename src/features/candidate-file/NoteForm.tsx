// Add or correct a follow-up note: date (today by default) and text.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { brusselsDate } from '../../domain/dates';
import type { FollowUpNoteData } from '../../domain/entities';
import { InputField, TextAreaField } from './fields';
import { errorsOfRejection, missingFields, type FieldErrors } from './form-errors';

interface NoteFormProps {
  candidateId: string;
  initial?: FollowUpNoteData;
  onSave: (data: FollowUpNoteData) => Promise<void>;
  onCancel: () => void;
}

export function NoteForm({ candidateId, initial, onSave, onCancel }: NoteFormProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(initial?.date ?? brusselsDate());
  const [text, setText] = useState(initial?.text ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = missingFields({ date, text: text.trim() }, ['date', 'text']);
    setErrors(missing);
    setFailed(false);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      await onSave({ ...initial, candidateId, date, text: text.trim() });
    } catch (error) {
      const fieldErrors = errorsOfRejection(error);
      if (fieldErrors) setErrors(fieldErrors);
      else setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  const title = t(initial ? 'candidateFile.notes.formTitleEdit' : 'candidateFile.notes.formTitleNew');
  return (
    <form className="file-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <h3 className="file-form__title">{title}</h3>
      <InputField name="note-date" type="date" label={t('candidateFile.notes.date')} required errorKey={errors.date} value={date} onChange={setDate} />
      <TextAreaField name="note-text" label={t('candidateFile.notes.text')} required errorKey={errors.text} value={text} onChange={setText} />
      {failed ? (
        <p className="field__error" role="alert">
          {t('candidateFile.saveFailed')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t(busy ? 'candidateFile.saving' : 'candidateFile.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('candidateFile.cancel')}
        </button>
      </div>
    </form>
  );
}
