// Shown above every signed-in screen when the server refused the session (the token expired or was
// ended) while the adviser kept working: it says in words that nothing is lost, and lets them sign
// in again right here, so the changes waiting on the tablet go out and no open form closes.
import { Suspense, lazy, useState } from 'react';
import type { SyncStatus, Workspace } from '../../sync/workspace';
import { useSyncStatus } from './use-sync-status';
import './expired-session.css';

const RenewalForm = lazy(async () => ({ default: (await import('./RenewalForm')).RenewalForm }));

const refused = (status: SyncStatus) => status.phase === 'error' && status.error === 'unauthorized';

export function ExpiredSessionPanel({ workspace }: { workspace: Workspace }) {
  const status = useSyncStatus(workspace.sync);
  const renew = workspace.renewSession;
  // Runs keep starting while the session is refused (the timer, the network coming back, the sync
  // button): the panel, and what the adviser is typing in it, stays through them until a run ends
  // otherwise than refused.
  const [open, setOpen] = useState(() => refused(status));
  if (refused(status) && !open) setOpen(true);
  if (open && !refused(status) && status.phase !== 'syncing') setOpen(false);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <RenewalForm pending={status.pending} renew={renew} />
    </Suspense>
  );
}
