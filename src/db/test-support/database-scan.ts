// The attack the kept-data tests perform (kept-payloads.test.ts, kept-report.test.ts): someone
// holds a copy of the tablet's database AND the data key, and reads everything. Each store's
// payloads are decrypted with the aad that store binds them to; a payload that does not decrypt
// fails the scan, since it would be a place the scan cannot see into (docs/key-handling.md).
import { afterEach, vi } from 'vitest';
import { newId } from '../../domain/ids';
import type { WireRecord } from '../../domain/wire';
import { decryptJson, generateWrappableDataKey, rowAad, unwrapWithPassword, wrapWithPassword, type EncryptedPayload } from '../crypto';
import { keptChunkAad } from '../kept-payloads';
import { outboxAad, type StoreContext } from '../store-context';
import { UserDatabase } from '../user-database';
import { UserStore } from '../user-store';

/** The pulled state of a one-site device at `cursor`. */
export const pulledState = (cursor: number) => ({ cursor, serverEpoch: 'e1', siteIds: ['site-1'] });

export function pulledCandidate(id: string, rev: number, data: Record<string, unknown>): WireRecord {
  return { table: 'candidates', id, siteId: 'site-1', rev, deleted: false, data };
}

/**
 * For a test file: `device()` makes one database, with a way to open it in a new session (the same
 * key, unwrapped again). Every store opened is closed, and every mock restored, after each test.
 */
export function devicesClosedAfterEach(namePrefix: string): () => ReturnType<typeof deviceWithSessions> {
  const opened: UserStore[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const store of opened.splice(0)) store.close();
  });
  return () => deviceWithSessions(namePrefix, opened);
}

async function deviceWithSessions(namePrefix: string, opened: UserStore[]) {
  const wrapped = await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000);
  const name = `${namePrefix}-${newId()}`;
  return {
    async session() {
      const key = await unwrapWithPassword(wrapped, 'pw');
      const db = new UserDatabase(name);
      const store = new UserStore(db, key);
      opened.push(store);
      return { store, db, key, ctx: { db, key } as StoreContext };
    },
  };
}

function isPayload(value: unknown): value is EncryptedPayload {
  return typeof value === 'object' && value !== null && (value as EncryptedPayload).iv instanceof Uint8Array && (value as EncryptedPayload).ct instanceof ArrayBuffer;
}

/** The aad a row of `store` binds its payloads to: kept candidates' chunks, other syncState rows (the kept report's chunks among them), the outbox, the records. */
function aadOf(store: string, row: Record<string, unknown>): string {
  if (store === 'syncState') {
    const key = String(row.key);
    return key.startsWith('kept:') ? keptChunkAad('candidates', Number(key.split(':')[2])) : `syncState|${key}`;
  }
  if (store === 'outbox') return outboxAad(row.table as never, String(row.id), String(row.siteId));
  return rowAad(store, String(row.id), String(row.siteId));
}

/** Every row of every store of the database: its clear part as text, and every payload decrypted. */
export async function everythingReadable(db: UserDatabase, key: CryptoKey): Promise<string> {
  const texts: string[] = [];
  for (const table of db.tables) {
    for (const row of (await table.toArray()) as Record<string, unknown>[]) {
      texts.push(JSON.stringify(row, (_, value: unknown) => (value instanceof Uint8Array || value instanceof ArrayBuffer ? new TextDecoder().decode(value) : value)));
      for (const value of Object.values(row)) {
        if (!isPayload(value)) continue;
        texts.push(JSON.stringify(await decryptJson(key, value, aadOf(table.name, row))));
      }
    }
  }
  return texts.join('\n');
}
