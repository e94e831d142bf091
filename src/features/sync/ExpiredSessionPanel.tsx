// Shown above every signed-in screen when the server refused the session (the token expired or was
// ended) while the adviser kept working: it says in words that nothing is lost, and lets them sign
// in again right here, so the changes waiting on the tablet go out and no open form closes.
import { Suspense, lazy } from 'react';
import type { Workspace } from '../../sync/workspace';
import { useSyncStatus } from './use-sync-status';
import './expired-session.css';

const RenewalForm = lazy(async () => ({ default: (await import('./RenewalForm')).RenewalForm }));

export function ExpiredSessionPanel({ workspace }: { workspace: Workspace }) {
  const status = useSyncStatus(workspace.sync);
  const renew = workspace.renewSession;
  if (status.phase !== 'error' || status.error !== 'unauthorized' || !renew) return null;
  return (
    <Suspense fallback={null}>
      <RenewalForm pending={status.pending} renew={renew} />
    </Suspense>
  );
}

