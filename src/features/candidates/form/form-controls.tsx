// Inputs bound to react-hook-form, each inside a FieldShell (label, hint, in-field message).
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../../components/form/FieldShell';
import { validationKey } from '../../../i18n/validation-key';
import type { CodeOption } from '../../../i18n/code-labels';
import type { CandidateFormField, CandidateFormValues } from './candidate-form-values';

interface ControlProps {
  name: CandidateFormField;
  label: string;
  hint?: string;
  register: UseFormRegister<CandidateFormValues>;
  errors: FieldErrors<CandidateFormValues>;
}

type TextControlProps = ControlProps & {
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'tel' | 'numeric';
};

export function TextControl({ name, label, hint, register, errors, type = 'text', autoComplete = 'off', inputMode }: TextControlProps) {
  return (
    <FieldShell name={name} label={label} hint={hint} errorKey={errors[name]?.message}>
      {(ids) => (
        <input
          id={ids.inputId}
          className="input"
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          aria-invalid={ids.invalid || undefined}
          aria-describedby={ids.describedBy}
          {...register(name)}
        />
      )}
    </FieldShell>
  );
}

export function SelectControl<C extends string | number>({
  name,
  label,
  hint,
  register,
  errors,
  options,
  disabled,
}: ControlProps & { options: CodeOption<C>[]; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <FieldShell name={name} label={label} hint={hint} errorKey={errors[name]?.message}>
      {(ids) => (
        <select
          id={ids.inputId}
          className="input"
          autoComplete="off"
          aria-invalid={ids.invalid || undefined}
          aria-describedby={ids.describedBy}
          disabled={disabled}
          {...register(name)}
        >
          <option value="">{t('form.choose')}</option>
          {options.map((option) => (
            <option key={option.code} value={String(option.code)}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function TextAreaControl({ name, label, hint, register, errors }: ControlProps) {
  return (
    <FieldShell name={name} label={label} hint={hint} errorKey={errors[name]?.message}>
      {(ids) => (
        <textarea
          id={ids.inputId}
          className="input input--area"
          rows={4}
          autoComplete="off"
          aria-invalid={ids.invalid || undefined}
          aria-describedby={ids.describedBy}
          {...register(name)}
        />
      )}
    </FieldShell>
  );
}

/** A group of checkboxes (or radios) that share one legend and one message. */
export function ChoiceGroup({
  name,
  legend,
  kind,
  options,
  register,
  errors,
}: {
  name: CandidateFormField;
  legend: string;
  kind: 'checkbox' | 'radio';
  options: { value: string; label: string }[];
  register: UseFormRegister<CandidateFormValues>;
  errors: FieldErrors<CandidateFormValues>;
}) {
  const errorKey = errors[name]?.message;
  const errorId = `${name}-error`;
  return (
    <fieldset className={errorKey ? 'choice-group field--invalid' : 'choice-group'} aria-describedby={errorKey ? errorId : undefined}>
      <legend className="field__label">{legend}</legend>
      <div className="choice-group__options">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input type={kind} value={option.value} autoComplete="off" aria-invalid={errorKey ? true : undefined} {...register(name)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {errorKey ? <ErrorLine id={errorId} errorKey={errorKey} /> : null}
    </fieldset>
  );
}

function ErrorLine({ id, errorKey }: { id: string; errorKey: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="field__error">
      {t(validationKey(errorKey))}
    </p>
  );
}
