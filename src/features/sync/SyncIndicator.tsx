// The always-visible sync state, in words (colour only repeats what the words say).
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../sync/workspace';
import { describeSyncStatus } from './describe-status';

export function SyncIndicator({ status, browserOnline = true }: { status: SyncStatus; browserOnline?: boolean }) {
  const { t } = useTranslation();
  const description = describeSyncStatus(status, browserOnline);
  return (
    <div className={`sync-indicator sync-indicator--${description.tone}`} role="status" aria-label={t('sync.region')}>
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
