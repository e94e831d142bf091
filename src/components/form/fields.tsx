// Controlled inputs, each in a FieldShell (label, hint, in-field message): the record forms bind
// them to react-hook-form (form-controls.tsx); pickers and search boxes use them as they are.
import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldShell, fieldMessageKey } from './FieldShell';
import { CodeOptions } from './CodeOptions';
import type { CodeOption } from '../../i18n/code-labels';
import type { FieldIds } from './FieldShell';

interface BaseProps {
  /** Unique on the page (it names the input's id). */
  name: string;
  label: string;
  hint?: string;
  errorKey?: string;
  /** Values the message names (`{{min}}`–`{{max}}` of a range). */
  errorValues?: Record<string, string | number>;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
  /** The control itself, for the form to focus the first invalid field. */
  inputRef?: (element: HTMLElement | null) => void;
}

/** What the input, the text area and the select share: their shell's props and the control's ids, ref, value and change. */
function controlProps(props: BaseProps) {
  const shell = { name: props.name, label: props.label, hint: props.hint, errorKey: props.errorKey, errorValues: props.errorValues, required: props.required };
  const control = (ids: FieldIds) => ({
    ref: props.inputRef,
    id: ids.inputId,
    'aria-invalid': ids.invalid || undefined,
    'aria-describedby': ids.describedBy,
    // Off on every control: Chromium otherwise saves what was typed into its session-restore files
    // on disk, in clear (docs/key-handling.md; proven by no-clear-personal-data.spec.ts).
    autoComplete: 'off',
    value: props.value,
    onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
  });
  return { shell, control };
}

/** `inputProps`: what a field may add to the input (a secret's autocomplete, no spell check on a code, a phone's keyboard, a PIN's digits, a key that cannot change while correcting). */
type InputExtras = Pick<InputHTMLAttributes<HTMLInputElement>, 'autoComplete' | 'autoCapitalize' | 'spellCheck' | 'inputMode' | 'maxLength' | 'min' | 'max' | 'readOnly'>;

export function InputField({ type = 'text', list, inputProps, ...props }: BaseProps & { type?: 'text' | 'date' | 'time' | 'number' | 'email' | 'password' | 'tel'; list?: string; inputProps?: InputExtras }) {
  const { shell, control } = controlProps(props);
  return (
    <FieldShell {...shell}>
      {(ids) => (
        <input
          {...control(ids)}
          className="input"
          type={type}
          list={list}
          min={type === 'number' ? 0 : undefined}
          inputMode={type === 'number' ? 'numeric' : undefined}
          {...inputProps}
        />
      )}
    </FieldShell>
  );
}

export function TextAreaField(props: BaseProps) {
  const { shell, control } = controlProps(props);
  return (
    <FieldShell {...shell}>
      {(ids) => <textarea {...control(ids)} className="input input--area" />}
    </FieldShell>
  );
}

export function SelectField({ options, allowEmpty = true, disabled, ...props }: BaseProps & { options: CodeOption[]; allowEmpty?: boolean; disabled?: boolean }) {
  const { t } = useTranslation();
  const { shell, control } = controlProps(props);
  return (
    <FieldShell {...shell}>
      {(ids) => (
        <select {...control(ids)} className="input" disabled={disabled}>
          {allowEmpty ? <option value="">{t('form.choose')}</option> : null}
          <CodeOptions options={options} />
        </select>
      )}
    </FieldShell>
  );
}

/** Radios or checkboxes in a fieldset; `errorKey` shows under the legend's group. */
export function ChoicesField({
  name,
  legend,
  hint,
  errorKey,
  options,
  multiple,
  value,
  onChange,
  inputRef,
}: {
  name: string;
  legend: string;
  hint?: string;
  errorKey?: string;
  options: CodeOption[];
  multiple: boolean;
  value: string[];
  onChange: (value: string[]) => void;
  /** Given the first choice, for the form to focus the first invalid field. */
  inputRef?: (element: HTMLElement | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const describedBy = [hint ? `${name}-hint` : '', errorKey ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={errorKey ? 'choice-group field--invalid' : 'choice-group'} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="choice-group__options">
        {options.map((option, index) => (
          <label key={option.code} className="choice">
            <input
              ref={index === 0 ? inputRef : undefined}
              type={multiple ? 'checkbox' : 'radio'}
              autoComplete="off"
              name={name}
              value={option.code}
              checked={value.includes(option.code)}
              onChange={(event) => {
                if (!multiple) onChange([option.code]);
                else onChange(event.target.checked ? [...value, option.code] : value.filter((code) => code !== option.code));
              }}
            />
            {option.label}
          </label>
        ))}
      </div>
      {errorKey ? (
        <p id={`${name}-error`} className="field__error">
          {t(fieldMessageKey(errorKey, (key) => i18n.exists(key)))}
        </p>
      ) : null}
    </fieldset>
  );
}
