// Says, on every screen, that changes are waiting in memory because the tablet's storage is full,
// what to do about it, and offers to try again. Shown only while there are such changes.
import { useTranslation } from 'react-i18next';
import { useHeldWrites } from './use-held-writes';

export function HeldWritesAlert() {
  const { t } = useTranslation();
  const { count, retrying, retry } = useHeldWrites();
  if (count === 0) return null;
  return (
    <div className="notice notice--error storage-alert" role="alert">
      <p className="notice__text">
        <strong>{t('pwa.storage.heldTitle', { count })}</strong> {t('pwa.storage.heldWhatToDo')}
      </p>
      <button type="button" className="button" onClick={() => void retry()} disabled={retrying}>
        {t(retrying ? 'pwa.storage.retrying' : 'pwa.storage.retry')}
      </button>
    </div>
  );
}
