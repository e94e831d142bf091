// The number of outbox rows not yet acknowledged, read from the signed-in workspace's sync status
// (0 when nobody is signed in: an update then holds nothing back on the tablet).
import { useMemo, useSyncExternalStore } from 'react';
import { useSession } from '../components/session/session-context';

export function useOutboxPending(): number {
  const sync = useSession().workspace?.sync;
  const store = useMemo(
    () => ({
      subscribe: (onChange: () => void) => (sync ? sync.subscribe(() => onChange()) : () => {}),
      getSnapshot: () => sync?.getStatus().pending ?? 0,
    }),
    [sync],
  );
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
