// The changes kept in memory because the storage is full (src/db/held-writes.ts), for the shell.
import { useSyncExternalStore } from 'react';
import { heldWrites, type HeldWritesSnapshot } from '../db/held-writes';

export function useHeldWrites(): HeldWritesSnapshot & { retry: () => Promise<number> } {
  const snapshot = useSyncExternalStore(heldWrites.subscribe, heldWrites.getSnapshot);
  return { ...snapshot, retry: () => heldWrites.retryNow() };
}
