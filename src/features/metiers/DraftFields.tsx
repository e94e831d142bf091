// The inputs of the catalogue's forms (métier, UC), from a list: each labelled from metiers.* words
// and bound to the form; the code is typed for a new entry only (it never changes).
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormInput } from '../../components/form/form-controls';

export interface DraftFieldSpec<D> {
  field: keyof D & string;
  type: 'text' | 'date';
  required?: boolean;
  hintKey?: string;
  /** Shown only while the entry is new. */
  newOnly?: boolean;
}

interface DraftFieldsProps<D extends FieldValues> {
  control: Control<D>;
  specs: readonly DraftFieldSpec<D>[];
  /** Unique on the page: the inputs' ids are `field-<prefix>-<field>`. */
  prefix: string;
  /** Where the labels are: `<labels>.<field>` (metiers.form, metiers.ucs.form). */
  labels: string;
  isNew: boolean;
}

export function DraftFields<D extends FieldValues>({ control, specs, prefix, labels, isNew }: DraftFieldsProps<D>) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      {specs
        .filter((spec) => isNew || !spec.newOnly)
        .map((spec) => (
          <FormInput
            key={spec.field}
            control={control}
            field={spec.field as FieldPath<D>}
            name={`${prefix}-${spec.field}`}
            type={spec.type}
            label={t(`${labels}.${spec.field}`)}
            hint={spec.hintKey ? t(spec.hintKey) : undefined}
            required={spec.required}
          />
        ))}
    </div>
  );
}
