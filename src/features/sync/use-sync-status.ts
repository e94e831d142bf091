import { useMemo, useSyncExternalStore } from 'react';
import type { SyncEngine, SyncStatus } from '../../sync/workspace';

/** Adapts the engine to useSyncExternalStore: the snapshot stays the same object between changes. */
function statusStore(sync: SyncEngine) {
  let current = sync.getStatus();
  return {
    subscribe(onChange: () => void) {
      current = sync.getStatus(); // the engine may have moved between render and subscription
      return sync.subscribe((status) => {
        current = status;
        onChange();
      });
    },
    getSnapshot: () => current,
  };
}

/** The engine's status, re-rendered on every change. */
export function useSyncStatus(sync: SyncEngine): SyncStatus {
  const store = useMemo(() => statusStore(sync), [sync]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
