// Choosing the adviser's PIN on this device, the first time: 4 to 6 digits, typed twice.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledField } from '../../components/form/LabelledField';

export interface PinSetupValue {
  first: string;
  again: string;
}

/** The i18n key of what is wrong with the PIN typed twice, or undefined. */
export function pinSetupProblem(first: string, again: string): string | undefined {
  if (!/^\d{4,6}$/.test(first)) return 'positioning.pin.setupInvalid';
  if (first !== again) return 'positioning.pin.setupMismatch';
  return undefined;
}

interface PinInputProps {
  id: string;
  part: keyof PinSetupValue;
  label: string;
  value: PinSetupValue;
  onChange: (value: PinSetupValue) => void;
}

function PinInput({ id, part, label, value, onChange }: PinInputProps) {
  return (
    <LabelledField id={id} label={label}>
      <input
        id={id}
        className="input"
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        value={value[part]}
        onChange={(event) => onChange({ ...value, [part]: event.target.value.replace(/\D/g, '').slice(0, 6) })}
      />
    </LabelledField>
  );
}

export function PinSetupFields({ value, onChange }: { value: PinSetupValue; onChange: (value: PinSetupValue) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="form-section">
      <legend>{t('positioning.pin.setupTitle')}</legend>
      <p className="field__hint">{t('positioning.pin.setupHint')}</p>
      <div className="form-grid">
        <PinInput id={`${id}-first`} part="first" label={t('positioning.pin.setupFirst')} value={value} onChange={onChange} />
        <PinInput id={`${id}-again`} part="again" label={t('positioning.pin.setupAgain')} value={value} onChange={onChange} />
      </div>
    </fieldset>
  );
}
