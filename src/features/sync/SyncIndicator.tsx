// The always-visible sync state, in words (colour only repeats what the words say).
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../sync/workspace';
import { describeSyncStatus } from './describe-status';

export function SyncIndicator({ status, browserOnline = true }: { status: SyncStatus; browserOnline?: boolean }) {
  const { t } = useTranslation();
  const description = describeSyncStatus(status, browserOnline);
  return (
    // data-synced-at: the instant of the last successful run, to the millisecond, so that a test can
    // wait for a run to end (the words give only the minute). See docs/testing.md.
    <div className={`sync-indicator sync-indicator--${description.tone}`} role="status" aria-label={t('sync.region')} data-synced-at={status.lastSyncedAt}>
      <span className="sync-indicator__dot" aria-hidden="true" />
      <span className="sync-indicator__main">{t(description.main.key, description.main.params)}</span>
      {description.details.map((line) => (
        <span key={line.key} className="sync-indicator__detail">
          {t(line.key, line.params)}
        </span>
      ))}
    </div>
  );
}
