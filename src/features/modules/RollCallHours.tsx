// The hours a person attended, editable beside their status choice; saved when the field is left.
// The parent keys it by the status and the saved hours, so every choice starts it afresh. Hours
// typed and left by choosing the same person's status are not saved: the choice sets the new
// status's default hours, and two writes racing would leave either value.
import { useId, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface RollCallHoursProps {
  name: string;
  hours: number | null | undefined;
  /** The id of the same person's status choice (the group holding the radios). */
  statusGroupId: string;
  onSave: (hours: number | null) => void;
}

export function RollCallHours({ name, hours, statusGroupId, onSave }: RollCallHoursProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(hours == null ? '' : String(hours));
  const [invalid, setInvalid] = useState(false);

  function save(event: FocusEvent<HTMLInputElement>) {
    if (event.relatedTarget instanceof Node && document.getElementById(statusGroupId)?.contains(event.relatedTarget)) return;
    const trimmed = text.trim().replace(',', '.');
    if (!trimmed) return onSave(null);
    const value = Number(trimmed);
    if (!Number.isFinite(value) || value < 0 || value > 24) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (value !== hours) onSave(value);
  }

  return (
    <div className={invalid ? 'roll-call__hours field--invalid' : 'roll-call__hours'}>
      <label htmlFor={id}>{t('modules.rollCall.hours', { name })}</label>
      <input
        id={id}
        className="input"
        type="number"
        inputMode="decimal"
        min={0}
        max={24}
        step={0.25}
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={save}
      />
      {invalid ? (
        <p id={`${id}-error`} className="field__error">
          {t('modules.rollCall.hoursInvalid')}
        </p>
      ) : null}
    </div>
  );
}
