// Clear sync metadata of the app's own IndexedDB rows (design: `vdc-user-<userId>`, one store per
// synced table, `rev` in clear): enough to tell that a pulled copy has been stored.
import type { Page } from 'playwright-core';

/** The `rev` of record `id` in store `table` of the adviser's database, or null when absent. */
export async function storedRev(page: Page, table: string, id: string): Promise<number | null> {
  return page.evaluate(
    async ({ table, id }) => {
      const info = (await indexedDB.databases()).find((candidate) => candidate.name?.startsWith('vdc-user-'));
      if (!info?.name) return null;
      const name = info.name;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        if (!db.objectStoreNames.contains(table)) return null;
        const row = await new Promise<unknown>((resolve, reject) => {
          const get = db.transaction(table, 'readonly').objectStore(table).get(id);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        });
        const rev = (row as { rev?: unknown } | undefined)?.rev;
        return typeof rev === 'number' ? rev : null;
      } finally {
        db.close();
      }
    },
    { table, id },
  );
}
