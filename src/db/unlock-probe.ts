// A look into the directory database with the bare IndexedDB API (no Dexie, no crypto), so that
// the first screen can decide whether to offer the PIN or the tablet's lock before loading the storage and sync
// code: with none enrolled, the login screen shows at once and that code loads when the adviser
// signs in. Reads two rows; never creates, upgrades or writes the database.

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
    // No database yet: abort the creation this open would do, and answer "nothing to reopen".
    opening.onupgradeneeded = () => opening.transaction?.abort();
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => (opening.error?.name === 'AbortError' ? resolve(null) : reject(opening.error ?? new Error('open failed')));
    opening.onblocked = () => resolve(null);
  });
}

/**
 * Runs `read` on the existing directory database: false when there is certainly none (no IndexedDB
 * counts as "cannot tell"), `unreadable` when the look fails or cannot be made.
 */
async function probeDirectory(name: string, unreadable: boolean, read: (db: IDBDatabase) => Promise<boolean>): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return unreadable;
  try {
    if (typeof indexedDB.databases === 'function') {
      const databases = await indexedDB.databases();
      if (!databases.some((database) => database.name === name)) return false;
    }
    const db = await openExisting(name);
    if (!db) return false;
    try {
      return await read(db);
    } finally {
      db.close();
    }
  } catch {
    return unreadable;
  }
}

/**
 * False only when it is certain that no unexpired PIN unlock nor tablet lock is enrolled for the last adviser;
 * true when one may be, or when the probe cannot tell (the full path then decides).
 */
export function mayReopen(now: number = Date.now(), name: string = PROBED_DIRECTORY_NAME): Promise<boolean> {
  return probeDirectory(name, true, async (db) => {
    if (!db.objectStoreNames.contains('unlocks') || !db.objectStoreNames.contains('meta')) return false;
    const transaction = db.transaction(['meta', 'unlocks'], 'readonly');
    const last: unknown = await request(transaction.objectStore('meta').get('lastUserId'));
    const userId = (last as { value?: unknown } | undefined)?.value;
    if (typeof userId !== 'string') return false;
    const row = (await request(transaction.objectStore('unlocks').get(userId))) as { pin?: { expiresAt?: unknown }; prf?: { expiresAt?: unknown } } | undefined;
    return [row?.pin?.expiresAt, row?.prf?.expiresAt].some((expiresAt) => expiresAt !== undefined && (typeof expiresAt !== 'string' || Date.parse(expiresAt) > now));
  });
}

/**
 * True when the tablet was handed to a candidate and the sitting waits for its adviser
 * (src/db/candidate-lock.ts): the login screen then says so in candidate mode's words. Reads one
 * row of ids; false when the probe cannot tell (the login screen then shows as usual).
 */
export function sittingWaits(name: string = PROBED_DIRECTORY_NAME): Promise<boolean> {
  return probeDirectory(name, false, async (db) => {
    if (!db.objectStoreNames.contains('candidateLocks')) return false;
    const row: unknown = await request(db.transaction('candidateLocks', 'readonly').objectStore('candidateLocks').get('current'));
    return typeof (row as { positioningId?: unknown } | undefined)?.positioningId === 'string';
  });
}
