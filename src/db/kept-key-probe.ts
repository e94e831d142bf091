// A look into the directory database with the bare IndexedDB API (no Dexie, no crypto), so that
// the first screen can decide whether a kept key may reopen the workspace before loading the
// storage and sync code: with no key kept, the login screen shows at once and that code loads when
// the adviser signs in. Reads one row; never creates, upgrades or writes the database.

/** Same name as DIRECTORY_DB_NAME in directory.ts (not imported: that module brings Dexie). */
export const PROBED_DIRECTORY_NAME = 'vdc-directory';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(name);
    // No database yet: abort the creation this open would do, and answer "nothing kept".
    opening.onupgradeneeded = () => opening.transaction?.abort();
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => (opening.error?.name === 'AbortError' ? resolve(null) : reject(opening.error ?? new Error('open failed')));
    opening.onblocked = () => resolve(null);
  });
}

/**
 * False only when it is certain that no unexpired key is kept (then resuming would answer null);
 * true when one may be kept or when the probe cannot tell (the full resume path then decides).
 */
export async function mayHaveKeptKey(now: number = Date.now(), name: string = PROBED_DIRECTORY_NAME): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return true;
  try {
    if (typeof indexedDB.databases === 'function') {
      const databases = await indexedDB.databases();
      if (!databases.some((database) => database.name === name)) return false;
    }
    const db = await openExisting(name);
    if (!db) return false;
    try {
      if (!db.objectStoreNames.contains('keptKeys')) return false;
      const row: unknown = await request(db.transaction('keptKeys', 'readonly').objectStore('keptKeys').get('current'));
      if (!row || typeof row !== 'object') return false;
      const expiresAt = (row as { expiresAt?: unknown }).expiresAt;
      return typeof expiresAt !== 'number' || expiresAt > now;
    } finally {
      db.close();
    }
  } catch {
    return true;
  }
}
