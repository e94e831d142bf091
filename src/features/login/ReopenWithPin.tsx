// Reopening the last adviser's workspace with their PIN and the server's help, after a reload, a
// closed tab or a restarted browser (docs/key-handling.md). Each refusal says what to do instead.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../components/session/session-context';
import { Notice } from '../../components/Notice';
import type { PinReopenOutcome } from '../../sync/workspace';

type Refusal = Extract<PinReopenOutcome, { ok: false }>;

export function ReopenWithPin() {
  const { t } = useTranslation();
  const { service, enter } = useSession();
  const ids = { pin: useId(), explain: useId() };
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!service.reopenWithPin || !pin) return;
    setBusy(true);
    const outcome = await service.reopenWithPin(pin).catch((): PinReopenOutcome => ({ ok: false, reason: 'offline' }));
    setBusy(false);
    setPin('');
    if (outcome.ok) {
      enter(outcome.workspace);
      return;
    }
    setRefusal(outcome);
  }

  const message = refusal && (refusal.reason === 'wrong' ? t('login.reopen.wrong', { count: refusal.remaining }) : t(`login.reopen.${refusal.reason}`));
  const stillPossible = !refusal || refusal.reason === 'wrong' || refusal.reason === 'offline';
  return (
    <section className="login__reopen" aria-labelledby={`${ids.pin}-title`}>
      <h2 id={`${ids.pin}-title`}>{t('login.reopen.title')}</h2>
      {message ? <Notice tone="error" message={message} /> : null}
      {stillPossible ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p id={ids.explain} className="field__hint">
            {t('login.reopen.pinExplain')}
          </p>
          <div className="field">
            <label className="field__label" htmlFor={ids.pin}>
              {t('login.reopen.pinLabel')}
            </label>
            <input
              id={ids.pin}
              className="input"
              type="password"
              inputMode="numeric"
              autoComplete="off"
              maxLength={6}
              aria-describedby={ids.explain}
              value={pin}
              onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
            />
          </div>
          <button type="submit" className="button button--primary" disabled={busy || pin.length < 4}>
            {t(busy ? 'login.reopen.submitting' : 'login.reopen.submit')}
          </button>
        </form>
      ) : null}
      <p className="login__or">{t('login.reopen.orPassword')}</p>
    </section>
  );
}
