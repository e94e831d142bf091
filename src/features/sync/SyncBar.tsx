import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SyncEngine } from '../../sync/workspace';
import { SyncButton } from './SyncButton';
import { SyncIndicator } from './SyncIndicator';
import { useBrowserOnline } from '../../components/use-browser-online';
import { useSyncStatus } from './use-sync-status';
import { useOpenDuplicateCount } from '../candidates/duplicates/use-open-duplicates';
import { SCREEN_PATHS } from '../../domain/screen-paths';

/** Indicator and button side by side, for the header, with a link to "À vérifier" when something waits. */
export function SyncBar({ sync }: { sync: SyncEngine }) {
  const { t } = useTranslation();
  const status = useSyncStatus(sync);
  const browserOnline = useBrowserOnline();
  const toCheck = status.needsAttention + useOpenDuplicateCount();
  return (
    <div className="sync-bar">
      <SyncIndicator status={status} browserOnline={browserOnline} />
      <SyncButton sync={sync} status={status} />
      {toCheck > 0 ? (
        <Link to={SCREEN_PATHS.attention} className="button button--danger">
          {t('attention.headerLink', { count: toCheck })}
        </Link>
      ) : null}
    </div>
  );
}
