// Home: who is signed in, what is on the tablet, what waits for sync, where to go next.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../components/Notice';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { useLocationNotice } from '../../components/use-location-notice';
import { isolatedText } from '../../domain/bidi';
import { shortDeviceId } from '../../domain/accounts';
import { StorageStatus } from '../../pwa/StorageStatus';
import { AttachmentSpacePanel } from '../../components/attachments/AttachmentSpacePanel';
import { HomeTests } from '../validation/HomeTests';
import { useRecords } from '../../components/use-records';
import { useSyncStatus } from '../sync/use-sync-status';
import { useOpenDuplicateCount } from '../candidates/duplicates/use-open-duplicates';
import { SCREEN_PATHS } from '../../domain/screen-paths';

export function HomePage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const candidates = useRecords(useMemo(() => workspace.repo('candidates'), [workspace]));
  const status = useSyncStatus(workspace.sync);
  const openDuplicates = useOpenDuplicateCount();
  const [notice, dismissNotice] = useLocationNotice();
  useDocumentTitle(t('home.title'));

  const counts = [
    { key: 'candidates', label: t('home.candidates'), value: candidates?.length ?? '…' },
    { key: 'pending', label: t('home.pending'), value: status.pending },
    { key: 'attention', label: t('home.attention'), value: status.needsAttention + openDuplicates },
  ];

  return (
    <>
      <h1>{t('home.greeting', { name: isolatedText(workspace.user.name) })}</h1>
      {notice ? <Notice message={t(`notice.${notice}`)} onDismiss={dismissNotice} /> : null}
      <section aria-labelledby="home-summary">
        <h2 id="home-summary">{t('home.summary')}</h2>
        <dl className="counts">
          {counts.map((count) => (
            <div key={count.key} className={`count count--${count.key}`}>
              <dt>{count.label}</dt>
              <dd>
                {count.value}
                {count.key === 'attention' ? (
                  <Link to={SCREEN_PATHS.attention} className="count__link">
                    {t('attention.homeLink')}
                  </Link>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
        <div className="home-device">
          <p>
            {t('home.deviceId')} <code className="home-device__code">{shortDeviceId(workspace.deviceId)}</code>
          </p>
          <p className="field__hint">{t('home.deviceIdHint')}</p>
        </div>
      </section>
      <section aria-labelledby="home-actions">
        <h2 id="home-actions">{t('home.actions')}</h2>
        <div className="home-actions">
          <Link to={SCREEN_PATHS.newCandidate} className="button button--primary button--large">
            {t('nav.newCandidate')}
          </Link>
          <Link to={SCREEN_PATHS.candidates} className="button button--large">
            {t('nav.candidates')}
          </Link>
        </div>
      </section>
      <HomeTests />
      <StorageStatus />
      <AttachmentSpacePanel />
    </>
  );
}
