// Adding a UC to a métier's list: code and title, checked in words before anything is written.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkUcDraft, type UcDraftErrors, type UcEntry } from '../../domain/ucs';
import { UcTextField } from './UcTextField';

interface UcAddFormProps {
  metierLabel: string;
  existing: readonly UcEntry[];
  onAdd: (code: string, label: string) => Promise<void>;
}

export function UcAddForm({ metierLabel, existing, onAdd }: UcAddFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<UcDraftErrors>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkUcDraft({ code, label }, existing);
    setErrors(found);
    if (found.code) return document.getElementById(`${id}-code`)?.focus();
    if (found.label) return document.getElementById(`${id}-label`)?.focus();
    setBusy(true);
    try {
      await onAdd(code.trim(), label.trim());
      setCode('');
      setLabel('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="uc-add" noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('ucs.add.title', { metier: metierLabel })}</h2>
      <div className="form-grid">
        <UcTextField
          id={`${id}-code`}
          label={t('ucs.add.code')}
          hint={t('ucs.add.codeHint')}
          value={code}
          required
          error={errors.code ? t(`ucs.errors.${errors.code}`) : undefined}
          onChange={setCode}
        />
        <UcTextField
          id={`${id}-label`}
          label={t('ucs.add.label')}
          value={label}
          required
          error={errors.label ? t(`ucs.errors.${errors.label}`) : undefined}
          onChange={setLabel}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('ucs.add.submit')}
        </button>
      </div>
    </form>
  );
}
