// Add a UC to a métier, or correct one: code (new UCs only), label, validity period.
import { useTranslation } from 'react-i18next';
import { valuesCheckedBy } from '../../components/form/checked-values';
import { FormFooter } from '../../components/form/FormFooter';
import { useRecordForm } from '../../components/form/use-record-form';
import { DraftFields, type DraftFieldSpec } from './DraftFields';
import type { CatalogueUc } from '../../domain/metiers/schema';
import { checkUcDraft, type UcDraft } from './metier-drafts';

const FIELDS: readonly DraftFieldSpec<UcDraft>[] = [
  { field: 'code', type: 'text', required: true, hintKey: 'metiers.ucs.form.codeHint', newOnly: true },
  { field: 'label', type: 'text', required: true },
  { field: 'validFrom', type: 'date' },
  { field: 'validTo', type: 'date' },
];

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
  const { form, submit, errors, busy } = useRecordForm({
    schema: valuesCheckedBy<UcDraft>((draft) => checkUcDraft(draft, existing, isNew)),
    defaultValues: initial,
    save: async (draft, current) => {
      await onSave(draft);
      // The form below the list stays open for the next UC.
      if (isNew) current.reset(initial);
    },
  });
  const prefix = isNew ? 'uc-new' : `uc-${initial.code}`;

  const title = isNew ? t('metiers.ucs.form.titleNew', { metier: metierLabel }) : t('metiers.ucs.form.titleEdit', { code: initial.code });
  return (
    <form className="file-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
      <h4 className="file-form__title">{title}</h4>
      <DraftFields control={form.control} specs={FIELDS} prefix={prefix} labels="metiers.ucs.form" isNew={isNew} />
      <FormFooter busy={busy} saveLabel={t(isNew ? 'metiers.ucs.form.add' : 'metiers.ucs.form.save')} cancelLabel={t('metiers.cancel')} onCancel={onCancel} rootError={errors.root} />
    </form>
  );
}
