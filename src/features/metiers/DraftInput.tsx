// One text or date input of the catalogue's forms, labelled from metiers.* words, with its error.
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../components/form/FieldShell';

/** What every input of one form shares: the draft, its errors, and how a field changes. */
export interface DraftBinding {
  /** Unique on the page: the inputs' ids are `<prefix>-<field>`. */
  prefix: string;
  /** Where the labels are: `<labels>.<field>` (metiers.form, metiers.ucs.form). */
  labels: string;
  draft: Readonly<Record<string, string>>;
  errors: Readonly<Partial<Record<string, string>>>;
  onField: (field: string, value: string) => void;
}

interface DraftInputProps {
  binding: DraftBinding;
  field: string;
  hintKey?: string;
  type: 'text' | 'date';
  required?: boolean;
}

export function DraftInput({ binding, field, hintKey, type, required }: DraftInputProps) {
  const { t } = useTranslation();
  const id = `${binding.prefix}-${field}`;
  const labelKey = `${binding.labels}.${field}`;
  const value = binding.draft[field] ?? '';
  const errorKey = binding.errors[field];
  const onChange = (next: string) => binding.onField(field, next);
  return (
    <FieldShell name={id} label={t(labelKey)} hint={hintKey ? t(hintKey) : undefined} errorKey={errorKey} required={required}>
      {(ids) => (
        <input
          id={ids.inputId}
          className="input"
          type={type}
          value={value}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}
