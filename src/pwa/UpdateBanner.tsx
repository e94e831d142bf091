// Tells the adviser that a new version is ready and lets them choose when it applies. Nothing
// reloads by itself: "now" is offered only when no form has unsaved input; "as soon as possible"
// waits until every form is saved and the outbox is empty, then applies. Signed in, it also says that
// the adviser will have to open the tablet again: the update loads a new page, and the data key lives
// only in the page's memory (docs/key-handling.md).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../components/session/session-context';
import { useOutboxPending } from './use-outbox-pending';
import { useUpdateHoldCount } from './update-holds';
import { useUpdatePrompt } from './use-update-prompt';

export function UpdateBanner() {
  const apply = useUpdatePrompt();
  return apply ? <PendingUpdate apply={apply} /> : null;
}

/** The banner once a new worker waits (exported for tests: the worker exists only in production builds). */
export function PendingUpdate({ apply }: { apply: () => void }) {
  const { t } = useTranslation();
  const formHeld = useUpdateHoldCount() > 0;
  const pending = useOutboxPending();
  const signedIn = useSession().workspace !== null;
  const [armed, setArmed] = useState(false);
  const free = !formHeld && pending === 0;

  useEffect(() => {
    if (armed && free) apply();
  }, [armed, free, apply]);

  const why = formHeld ? t('pwa.update.heldByForm') : pending > 0 ? t('pwa.update.heldByOutbox', { count: pending }) : null;
  return (
    <div className="update-banner" role="status" aria-label={t('pwa.update.label')}>
      <p className="update-banner__text">
        {t('pwa.update.ready')}
        {why ? <span className="update-banner__why"> {armed ? t('pwa.update.armed') : why}</span> : null}
      </p>
      {signedIn ? <p className="update-banner__text update-banner__unlock">{t('pwa.update.unlockAgain')}</p> : null}
      {!formHeld ? (
        <button type="button" className="button button--primary" onClick={apply}>
          {t('pwa.update.applyNow')}
        </button>
      ) : null}
      {!free && !armed ? (
        <button type="button" className="button" onClick={() => setArmed(true)}>
          {t('pwa.update.applyWhenFree')}
        </button>
      ) : null}
    </div>
  );
}
