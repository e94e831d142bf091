// Persistent storage: the browser may evict an origin's data under storage pressure unless it is
// marked persistent. Asked once a workspace is open (after a successful login or resume, never on
// page load: browsers grant it more readily after engagement, and asking earlier is pointless).
export type PersistenceState = 'persisted' | 'refused' | 'unsupported' | 'unknown';

export interface StorageFigures {
  usage: number;
  quota: number;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : undefined;
}

/** Already persistent, or asks for it; never throws. */
export async function requestPersistence(): Promise<PersistenceState> {
  const storage = storageManager();
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'unknown';
  }
}

export async function readPersistence(): Promise<PersistenceState> {
  const storage = storageManager();
  if (!storage?.persisted) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persisted' : 'refused';
  } catch {
    return 'unknown';
  }
}

export async function readStorageFigures(): Promise<StorageFigures | null> {
  const storage = storageManager();
  if (!storage?.estimate) return null;
  try {
    const { usage, quota } = await storage.estimate();
    return usage !== undefined && quota !== undefined && quota > 0 ? { usage, quota } : null;
  } catch {
    return null;
  }
}

/** Low: less than 10 % of the quota or less than 100 MB left (a day of recordings needs room). */
export function isSpaceLow({ usage, quota }: StorageFigures): boolean {
  const free = quota - usage;
  return free < quota * 0.1 || free < 100 * 1024 * 1024;
}
