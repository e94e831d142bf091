import { useTranslation } from 'react-i18next';
import type { SyncEngine, SyncStatus } from '../../sync/workspace';

/** Starts a sync now; disabled while one runs (the engine would only queue it anyway). */
export function SyncButton({ sync, status }: { sync: SyncEngine; status: SyncStatus }) {
  const { t } = useTranslation();
  const running = status.phase === 'syncing';
  return (
    <button type="button" className="button button--primary" disabled={running} aria-busy={running} onClick={() => void sync.syncNow()}>
      {t(running ? 'sync.buttonBusy' : 'sync.button')}
    </button>
  );
}
