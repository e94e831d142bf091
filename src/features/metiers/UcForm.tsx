// Add a UC to a métier, or correct one: code (new UCs only), label, validity period.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftInput, type DraftBinding } from './DraftInput';
import type { CatalogueUc } from '../../domain/metiers/schema';
import { checkUcDraft, type DraftErrors, type UcDraft } from './metier-drafts';

interface UcFormProps {
  metierLabel: string;
  initial: UcDraft;
  isNew: boolean;
  existing: readonly CatalogueUc[];
  onSave: (draft: UcDraft) => Promise<void>;
  onCancel?: () => void;
}

export function UcForm({ metierLabel, initial, isNew, existing, onSave, onCancel }: UcFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors<UcDraft>>({});
  const [busy, setBusy] = useState(false);
  const prefix = isNew ? 'uc-new' : `uc-${initial.code}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkUcDraft(draft, existing, isNew);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSave(draft);
      if (isNew) setDraft(initial);
    } finally {
      setBusy(false);
    }
  }

  const binding: DraftBinding = {
    prefix,
    labels: 'metiers.ucs.form',
    draft: { ...draft },
    errors,
    onField: (field, value) => setDraft((previous) => ({ ...previous, [field]: value })),
  };

  const title = isNew ? t('metiers.ucs.form.titleNew', { metier: metierLabel }) : t('metiers.ucs.form.titleEdit', { code: initial.code });
  return (
    <form className="file-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <h4 className="file-form__title">{title}</h4>
      <div className="form-grid">
        {isNew ? <DraftInput binding={binding} field="code" type="text" required hintKey="metiers.ucs.form.codeHint" /> : null}
        <DraftInput binding={binding} field="label" type="text" required />
        <DraftInput binding={binding} field="validFrom" type="date" />
        <DraftInput binding={binding} field="validTo" type="date" />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t(isNew ? 'metiers.ucs.form.add' : 'metiers.ucs.form.save')}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('metiers.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
