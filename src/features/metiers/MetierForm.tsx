// Add or correct a métier of the catalogue: its code (new métiers only: it never changes), its
// names in French, Dutch and English, and its validity period (a retired métier gets a last day).
import { useTranslation } from 'react-i18next';
import { valuesCheckedBy } from '../../components/form/checked-values';
import { FormFooter } from '../../components/form/FormFooter';
import { useRecordForm } from '../../components/form/use-record-form';
import { DraftFields, type DraftFieldSpec } from './DraftFields';
import { checkMetierDraft, type MetierDraft } from './metier-drafts';

const FIELDS: readonly DraftFieldSpec<MetierDraft>[] = [
  { field: 'code', type: 'text', required: true, hintKey: 'metiers.form.codeHint', newOnly: true },
  { field: 'fr', type: 'text', required: true },
  { field: 'nl', type: 'text' },
  { field: 'en', type: 'text' },
  { field: 'validFrom', type: 'date' },
  { field: 'validTo', type: 'date', hintKey: 'metiers.form.validToHint' },
];

interface MetierFormProps {
  initial: MetierDraft;
  isNew: boolean;
  existingCodes: readonly string[];
  onSave: (draft: MetierDraft) => Promise<void>;
  onCancel: () => void;
}

export function MetierForm({ initial, isNew, existingCodes, onSave, onCancel }: MetierFormProps) {
  const { t } = useTranslation();
  const { form, submit, errors, busy } = useRecordForm({
    schema: valuesCheckedBy<MetierDraft>((draft) => checkMetierDraft(draft, existingCodes, isNew)),
    defaultValues: initial,
    save: (draft) => onSave(draft),
  });
  const prefix = isNew ? 'metier-new' : `metier-${initial.code}`;

  const title = isNew ? t('metiers.form.titleNew') : t('metiers.form.titleEdit', { code: initial.code });
  return (
    <form className="file-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <h3 className="file-form__title">{title}</h3>
      <DraftFields control={form.control} specs={FIELDS} prefix={prefix} labels="metiers.form" isNew={isNew} />
      <FormFooter busy={busy} saveLabel={t(isNew ? 'metiers.form.add' : 'metiers.form.save')} cancelLabel={t('metiers.cancel')} onCancel={onCancel} rootError={errors.root} />
    </form>
  );
}
