// Reopening the last adviser's workspace with the tablet's own lock (fingerprint, face or the
// device's code, through WebAuthn PRF), offline too (docs/key-handling.md).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../components/session/session-context';
import { Notice } from '../../components/Notice';

export function ReopenWithTabletLock() {
  const { t } = useTranslation();
  const { service, enter } = useSession();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function open() {
    if (!service.reopenWithTabletLock) return;
    setBusy(true);
    const outcome = await service.reopenWithTabletLock().catch(() => ({ ok: false as const, reason: 'unavailable' as const }));
    setBusy(false);
    if (outcome.ok) enter(outcome.workspace);
    else setFailed(true);
  }

  return (
    <section className="login__reopen" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('login.tabletLock.title')}</h2>
      <p className="field__hint">{t('login.tabletLock.explain')}</p>
      {failed ? <Notice tone="error" message={t('login.tabletLock.failed')} /> : null}
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void open()}>
        {t(busy ? 'login.tabletLock.opening' : 'login.tabletLock.open')}
      </button>
    </section>
  );
}
