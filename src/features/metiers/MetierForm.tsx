// Add or correct a métier of the catalogue: its code (new métiers only: it never changes), its
// names in French, Dutch and English, and its validity period (a retired métier gets a last day).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftInput, type DraftBinding } from './DraftInput';
import { checkMetierDraft, type DraftErrors, type MetierDraft } from './metier-drafts';

interface MetierFormProps {
  initial: MetierDraft;
  isNew: boolean;
  existingCodes: readonly string[];
  onSave: (draft: MetierDraft) => Promise<void>;
  onCancel: () => void;
}

export function MetierForm({ initial, isNew, existingCodes, onSave, onCancel }: MetierFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors<MetierDraft>>({});
  const [busy, setBusy] = useState(false);
  const prefix = isNew ? 'metier-new' : `metier-${initial.code}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkMetierDraft(draft, existingCodes, isNew);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSave(draft);
    } finally {
      setBusy(false);
    }
  }

  const binding: DraftBinding = {
    prefix,
    labels: 'metiers.form',
    draft: { ...draft },
    errors,
    onField: (field, value) => setDraft((previous) => ({ ...previous, [field]: value })),
  };

  const title = isNew ? t('metiers.form.titleNew') : t('metiers.form.titleEdit', { code: initial.code });
  return (
    <form className="file-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <h3 className="file-form__title">{title}</h3>
      <div className="form-grid">
        {isNew ? <DraftInput binding={binding} field="code" type="text" required hintKey="metiers.form.codeHint" /> : null}
        <DraftInput binding={binding} field="fr" type="text" required />
        <DraftInput binding={binding} field="nl" type="text" />
        <DraftInput binding={binding} field="en" type="text" />
        <DraftInput binding={binding} field="validFrom" type="date" />
        <DraftInput binding={binding} field="validTo" type="date" hintKey="metiers.form.validToHint" />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t(isNew ? 'metiers.form.add' : 'metiers.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('metiers.cancel')}
        </button>
      </div>
    </form>
  );
}
