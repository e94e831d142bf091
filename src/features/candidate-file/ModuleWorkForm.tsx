// Add or correct a piece of individual module work (docs/report-counting.md): which accompaniment, the
// day, the module, how long (in minutes) and who did it, with an optional note. One question per
// field; each field says what is wrong with it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { brusselsDate } from '../../domain/dates';
import { MAX_MODULE_WORK_MINUTES, type ModuleWorkData } from '../../domain/entities';
import type { CodeOption } from '../../i18n/code-labels';
import { InputField, SelectField, TextAreaField } from '../../components/form/fields';
import { errorsOfRejection, missingFields, type FieldErrors } from './form-errors';
import { codeOptions } from './labels';

interface ModuleWorkFormProps {
  candidateId: string;
  /** The person's accompaniments, as options (the open ones first). */
  accompaniments: CodeOption[];
  advisers: CodeOption[];
  adviserId: string;
  initial?: ModuleWorkData;
  onSave: (data: ModuleWorkData) => Promise<void>;
  onCancel: () => void;
}

/** A whole number of minutes from 1 to the maximum, or the message key saying what is wrong. */
function minutesOf(text: string): number | string {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return 'invalidNumber';
  const minutes = Number(trimmed);
  return minutes >= 1 && minutes <= MAX_MODULE_WORK_MINUTES ? minutes : 'outOfRange';
}

export function ModuleWorkForm({ candidateId, accompaniments, advisers, adviserId, initial, onSave, onCancel }: ModuleWorkFormProps) {
  const { t, i18n } = useTranslation();
  const [accompanimentId, setAccompanimentId] = useState(initial?.accompanimentId ?? accompaniments[0]?.code ?? '');
  const [date, setDate] = useState(initial?.date ?? brusselsDate());
  const [module, setModule] = useState<string>(initial?.module ?? '');
  const [minutes, setMinutes] = useState(initial?.minutes !== undefined ? String(initial.minutes) : '');
  const [who, setWho] = useState(initial?.adviserId ?? adviserId);
  const [note, setNote] = useState(initial?.note ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = missingFields({ accompanimentId, date, module, minutes: minutes.trim(), adviserId: who }, ['accompanimentId', 'date', 'module', 'minutes', 'adviserId']);
    const duration = minutesOf(minutes);
    if (!found.minutes && typeof duration === 'string') found.minutes = duration;
    setErrors(found);
    setFailed(false);
    if (Object.keys(found).length > 0 || typeof duration === 'string') return;
    setBusy(true);
    try {
      const data: ModuleWorkData = { ...initial, accompanimentId, candidateId, date, module: module as ModuleWorkData['module'], minutes: duration, adviserId: who };
      if (note.trim()) data.note = note.trim();
      else if (initial?.note) data.note = null;
      await onSave(data);
    } catch (error) {
      const fieldErrors = errorsOfRejection(error);
      if (fieldErrors) setErrors(fieldErrors);
      else setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  const title = t(initial ? 'candidateFile.moduleWork.formTitleEdit' : 'candidateFile.moduleWork.formTitleNew');
  return (
    <form className="file-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <h3 className="file-form__title">{title}</h3>
      <SelectField
        name="work-accompaniment"
        label={t('candidateFile.moduleWork.accompaniment')}
        required
        allowEmpty={false}
        errorKey={errors.accompanimentId}
        options={accompaniments}
        value={accompanimentId}
        onChange={setAccompanimentId}
      />
      <InputField name="work-date" type="date" label={t('candidateFile.moduleWork.date')} required errorKey={errors.date} value={date} onChange={setDate} />
      <SelectField name="work-module" label={t('candidateFile.moduleWork.module')} required errorKey={errors.module} options={codeOptions('modules', i18n.language)} value={module} onChange={setModule} />
      <InputField
        name="work-minutes"
        type="number"
        label={t('candidateFile.moduleWork.minutes')}
        hint={t('candidateFile.moduleWork.minutesHint', { max: MAX_MODULE_WORK_MINUTES })}
        required
        errorKey={errors.minutes}
        value={minutes}
        onChange={setMinutes}
      />
      <SelectField name="work-adviser" label={t('candidateFile.moduleWork.who')} required allowEmpty={false} errorKey={errors.adviserId} options={advisers} value={who} onChange={setWho} />
      <TextAreaField name="work-note" label={t('candidateFile.moduleWork.note')} hint={t('candidateFile.moduleWork.noteHint')} errorKey={errors.note} value={note} onChange={setNote} />
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
