// A labelled control outside the record forms (list filters, pickers, a search box, the login):
// the caller names the control's id; the hint, when there is one, is `${id}-hint` so the control
// can point at it with aria-describedby. The record forms use FieldShell instead (ids from a name,
// in-field messages).
import type { ReactNode } from 'react';
import type { CodeOption } from '../../i18n/code-labels';
import { CodeOptions } from './CodeOptions';

interface LabelledFieldProps {
  /** The control's id, unique on the page. */
  id: string;
  label: string;
  hint?: string;
  /** Extra classes of the wrapper besides `field` (e.g. `search`). */
  className?: string;
  children: ReactNode;
}

export function LabelledField({ id, label, hint, className, children }: LabelledFieldProps) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children}
    </div>
  );
}

interface LabelledSelectProps<C extends string | number> {
  id: string;
  label: string;
  hint?: string;
  value: C;
  options: readonly CodeOption<C>[];
  /** The chosen option's code, as the select gives it (a string: numbers are the caller's to parse). */
  onChange: (value: string) => void;
  /** The text of a first, empty option ("all"), when there is one. */
  emptyLabel?: string;
  disabled?: boolean;
}

export function LabelledSelect<C extends string | number>({ id, label, hint, value, options, onChange, emptyLabel, disabled }: LabelledSelectProps<C>) {
  return (
    <LabelledField id={id} label={label} hint={hint}>
      <select
        id={id}
        className="input"
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        <CodeOptions options={options} />
      </select>
    </LabelledField>
  );
}
