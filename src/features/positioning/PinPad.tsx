// The adviser's PIN pad: big digit keys (and the keyboard), the code hidden as it is typed. Says
// how many tries are left after a wrong PIN; after too many the caller signs the adviser out.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PinCheck } from './pin-types';
import './pin-pad.css';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

interface PinPadProps {
  onVerify: (pin: string) => Promise<PinCheck>;
  onOk: () => void;
  onLockedOut: () => void;
  onCancel?: () => void;
}

export function PinPad({ onVerify, onOk, onLockedOut, onCancel }: PinPadProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const [checking, setChecking] = useState(false);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (checking || pin.length < 4) return;
    setChecking(true);
    const check = await onVerify(pin);
    setChecking(false);
    setPin('');
    if (check.result === 'ok') onOk();
    else if (check.result === 'locked-out') {
      setMessage(t('positioning.pin.lockedOut'));
      onLockedOut();
    } else if (check.result === 'wrong') setMessage(t('positioning.pin.wrong', { count: check.remaining }));
    else setMessage(t('positioning.pin.notSet'));
  }

  return (
    <form className="pin-pad" onSubmit={(event) => void submit(event)}>
      <label htmlFor={inputId} className="pin-pad__label">
        {t('positioning.pin.label')}
      </label>
      <input
        id={inputId}
        className="pin-pad__input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={6}
        value={pin}
        onChange={(event) => setPin(event.target.value.replace(/\D/g, '').slice(0, 6))}
        aria-describedby={message ? `${inputId}-message` : undefined}
      />
      <p id={`${inputId}-message`} role="alert" className="pin-pad__message">
        {message}
      </p>
      <div className="pin-pad__keys">
        {DIGITS.map((digit) => (
          <button key={digit} type="button" className="pin-pad__key" onClick={() => setPin((typed) => (typed + digit).slice(0, 6))}>
            {digit}
          </button>
        ))}
        <button type="button" className="pin-pad__key" onClick={() => setPin((typed) => typed.slice(0, -1))}>
          {t('positioning.pin.erase')}
        </button>
      </div>
      <div className="pin-pad__actions">
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('positioning.pin.cancel')}
          </button>
        ) : null}
        <button type="submit" className="button button--primary" disabled={checking || pin.length < 4}>
          {t('positioning.pin.submit')}
        </button>
      </div>
    </form>
  );
}
