// A labelled text input with an optional hint and its error in words, tied by aria-describedby.
interface UcTextFieldProps {
  id: string;
  label: string;
  value: string;
  hint?: string;
  error?: string;
  required?: boolean;
  onChange: (value: string) => void;
}

export function UcTextField({ id, label, value, hint, error, required, onChange }: UcTextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        className="input"
        type="text"
        value={value}
        required={required}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
