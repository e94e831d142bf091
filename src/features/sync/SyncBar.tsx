import type { SyncEngine } from '../../sync/workspace';
import { SyncButton } from './SyncButton';
import { SyncIndicator } from './SyncIndicator';
import { useBrowserOnline } from './use-browser-online';
import { useSyncStatus } from './use-sync-status';

/** Indicator and button side by side, for the header. */
export function SyncBar({ sync }: { sync: SyncEngine }) {
  const status = useSyncStatus(sync);
  const browserOnline = useBrowserOnline();
  return (
    <div className="sync-bar">
      <SyncIndicator status={status} browserOnline={browserOnline} />
      <SyncButton sync={sync} status={status} />
    </div>
  );
}
