// The candidate-mode lock: while a tablet is handed to a candidate it shows only their sitting,
// whatever the address, a reload or a crash. Kept in the directory database with ids only (the
// adviser's and the sitting's), no personal data. Cached in memory once read, with listeners, so
// the route guard can answer at once after the first read.
import { DIRECTORY_DB_NAME, withDirectory as withDirectoryOf, type Directory } from './directory';

export interface CandidateLock {
  /** The sitting the tablet is locked to, or undefined when the adviser has it. */
  current(): string | undefined;
  /** Reads the stored lock once (later calls return the cached answer). */
  load(): Promise<string | undefined>;
  lock(positioningId: string): Promise<void>;
  unlock(): Promise<void>;
  /** Called after every lock and unlock; returns unsubscribe. */
  subscribe(listener: (positioningId: string | undefined) => void): () => void;
}

export function createCandidateLock({ userId, directoryName = DIRECTORY_DB_NAME }: { userId: string; directoryName?: string }): CandidateLock {
  let loaded: Promise<string | undefined> | undefined;
  let positioningId: string | undefined;
  const listeners = new Set<(positioningId: string | undefined) => void>();

  const withDirectory = <T>(work: (directory: Directory) => Promise<T>): Promise<T> => withDirectoryOf(directoryName, work);

  function publish(next: string | undefined) {
    positioningId = next;
    loaded = Promise.resolve(next);
    for (const listener of listeners) listener(next);
  }

  return {
    current: () => positioningId,
    load() {
      loaded ??= withDirectory(async (directory) => {
        const row = await directory.lockTables.candidateLocks.get('current');
        // Another adviser's lock is not ours to enforce: their password is needed to get here.
        positioningId = row && row.userId === userId ? row.positioningId : undefined;
        return positioningId;
      });
      return loaded;
    },
    async lock(id) {
      await withDirectory((directory) => directory.lockTables.candidateLocks.put({ slot: 'current', userId, positioningId: id }));
      publish(id);
    },
    async unlock() {
      await withDirectory(async (directory) => {
        const { candidateLocks } = directory.lockTables;
        await candidateLocks.db.transaction('rw', candidateLocks, async () => {
          const row = await candidateLocks.get('current');
          if (row && row.userId === userId) await candidateLocks.delete('current');
        });
      });
      publish(undefined);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
