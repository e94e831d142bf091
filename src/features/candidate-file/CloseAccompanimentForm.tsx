// Close an accompaniment: exit date (today by default, not before the start) and exit reason.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { brusselsDate } from '../../domain/dates';
import type { AccompanimentData } from '../../domain/entities';
import { exitDateIssue } from '../../domain/plausibility';
import { InputField, SelectField } from '../../components/form/fields';
import { missingFields, type FieldErrors } from './form-errors';
import { codeOptions } from './labels';
import { TRANSFER_EXIT_REASON } from '../../domain/file-admin';

interface CloseAccompanimentFormProps {
  title: string;
  startDate: string | undefined;
  onClose: (exit: Pick<AccompanimentData, 'exitDate' | 'exitReason'>) => Promise<void>;
  onCancel: () => void;
}

export function CloseAccompanimentForm({ title, startDate, onClose, onCancel }: CloseAccompanimentFormProps) {
  const { t, i18n } = useTranslation();
  const [exitDate, setExitDate] = useState(brusselsDate());
  const [exitReason, setExitReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = missingFields({ exitDate, exitReason }, ['exitDate', 'exitReason']);
    const beforeStart = exitDateIssue(startDate, exitDate);
    if (beforeStart) missing.exitDate = beforeStart;
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      await onClose({ exitDate, exitReason: exitReason as AccompanimentData['exitReason'] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="file-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <h3 className="file-form__title">{title}</h3>
      <div className="form-grid">
        <InputField name="close-exit-date" type="date" label={t('candidateFile.accompaniment.exitDate')} required errorKey={errors.exitDate} value={exitDate} onChange={setExitDate} />
        <SelectField
          name="close-exit-reason"
          label={t('candidateFile.accompaniment.exitReason')}
          required
          errorKey={errors.exitReason}
          options={codeOptions('exitReasons', i18n.language).filter((option) => option.code !== TRANSFER_EXIT_REASON)}
          value={exitReason}
          onChange={setExitReason}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('candidateFile.accompaniment.close')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('candidateFile.cancel')}
        </button>
      </div>
    </form>
  );
}
