// The adviser's lock settings on this tablet: after how many idle minutes the screen locks, and
// their PIN (typed twice). Both stay on the device; the PIN is kept only as a salted hash.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../components/session/session-context';
import { IDLE_MINUTE_CHOICES, idleMinutes, setIdleMinutes } from './idle-settings';
import { TabletLockSettings } from './TabletLockSettings';

const PIN = /^\d{4,6}$/;

export function LockSettings() {
  const { t } = useTranslation();
  const { pin, tabletLock } = useWorkspace();
  const ids = { idle: useId(), pin: useId(), repeat: useId(), error: useId() };
  const [minutes, setMinutes] = useState(idleMinutes);
  const [idleSaved, setIdleSaved] = useState(false);
  const [typed, setTyped] = useState({ pin: '', repeat: '' });
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();

  async function savePin(event: FormEvent) {
    event.preventDefault();
    if (!PIN.test(typed.pin)) return setOutcome({ ok: false, text: t('lock.pinInvalid') });
    if (typed.pin !== typed.repeat) return setOutcome({ ok: false, text: t('lock.pinMismatch') });
    await pin.set(typed.pin);
    setTyped({ pin: '', repeat: '' });
    setOutcome({ ok: true, text: t('lock.pinSaved') });
  }

  const digits = { className: 'input', type: 'password', inputMode: 'numeric', autoComplete: 'off', maxLength: 6 } as const;
  return (
    <section className="panel" aria-labelledby="lock-settings-title">
      <h2 id="lock-settings-title">{t('lock.settingsTitle')}</h2>
      <div className="field">
        <label className="field__label" htmlFor={ids.idle}>
          {t('lock.idleLabel')}
        </label>
        <select
          id={ids.idle}
          className="input"
          value={minutes}
          onChange={(event) => {
            const value = Number(event.target.value);
            setMinutes(value);
            setIdleMinutes(value);
            setIdleSaved(true);
          }}
        >
          {IDLE_MINUTE_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t('lock.minutes', { count: choice })}
            </option>
          ))}
        </select>
        {idleSaved ? <p role="status">{t('lock.idleSaved')}</p> : null}
      </div>
      <form onSubmit={(event) => void savePin(event)} noValidate>
        <h3>{t('lock.pinTitle')}</h3>
        <p className="field__hint">{t('lock.pinHint')}</p>
        <div className="field">
          <label className="field__label" htmlFor={ids.pin}>
            {t('lock.pinNew')}
          </label>
          <input id={ids.pin} {...digits} value={typed.pin} aria-describedby={outcome && !outcome.ok ? ids.error : undefined} onChange={(event) => setTyped({ ...typed, pin: event.target.value })} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.repeat}>
            {t('lock.pinRepeat')}
          </label>
          <input id={ids.repeat} {...digits} value={typed.repeat} onChange={(event) => setTyped({ ...typed, repeat: event.target.value })} />
        </div>
        <button type="submit" className="button">
          {t('lock.pinSave')}
        </button>
        {outcome ? (
          <p id={ids.error} className={outcome.ok ? undefined : 'field__error'} role={outcome.ok ? 'status' : 'alert'}>
            {outcome.text}
          </p>
        ) : null}
      </form>
      <TabletLockSettings tabletLock={tabletLock} />
    </section>
  );
}
