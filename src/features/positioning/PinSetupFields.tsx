// Choosing the adviser's PIN on this device, the first time: 4 to 6 digits, typed twice.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

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

export function PinSetupFields({ value, onChange }: { value: PinSetupValue; onChange: (value: PinSetupValue) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const digitsOnly = (typed: string) => typed.replace(/\D/g, '').slice(0, 6);
  return (
    <fieldset className="form-section">
      <legend>{t('positioning.pin.setupTitle')}</legend>
      <p className="field__hint">{t('positioning.pin.setupHint')}</p>
      <div className="form-grid">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-first`}>
            {t('positioning.pin.setupFirst')}
          </label>
          <input
            id={`${id}-first`}
            className="input"
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={value.first}
            onChange={(event) => onChange({ ...value, first: digitsOnly(event.target.value) })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-again`}>
            {t('positioning.pin.setupAgain')}
          </label>
          <input
            id={`${id}-again`}
            className="input"
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={value.again}
            onChange={(event) => onChange({ ...value, again: digitsOnly(event.target.value) })}
          />
        </div>
      </div>
    </fieldset>
  );
}
