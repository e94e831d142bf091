import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { encryptJson, generateWrappableDataKey, rowAad, unwrapWithPassword, wrapWithPassword } from './crypto';
import type { DecryptedRecord } from './store-context';
import { UserDatabase } from './user-database';
import { UserStore } from './user-store';

const opened: UserStore[] = [];

async function openStore(): Promise<{ store: UserStore; db: UserDatabase; key: CryptoKey }> {
  const key = await unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
  const db = new UserDatabase(`test-clear-reads-${newId()}`);
  const store = new UserStore(db, key);
  opened.push(store);
  return { store, db, key };
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function firstClearSnapshot(store: UserStore, table: 'spocActions'): Promise<DecryptedRecord[]> {
  return new Promise((resolve, reject) => {
    const stop = store.watch(table, (records) => (stop(), resolve(records)), reject, 'clear-fields');
  });
}

describe('reading only the clear fields', () => {
  it('returns links, dates and codes, and leaves the personal fields in their payload', async () => {
    const { store, db } = await openStore();
    const id = newId();
    const candidateId = newId();
    await store.write('spocActions', id, 'site-1', 'put', { date: '2026-03-02', kind: 'individuelle', candidateIds: [candidateId], outreachPlace: 'CPAS de Forest' });
    const [record] = await firstClearSnapshot(store, 'spocActions');
    expect(record?.data).toEqual({ date: '2026-03-02', kind: 'individuelle', candidateIds: [candidateId], workSiteId: 'site-1' });
    expect((await db.records('spocActions').get(id))?.layout).toBe(2);
  });

  it('decrypts a row written before the named persons moved into clear, so none is missed', async () => {
    const { store, db, key } = await openStore();
    const id = newId();
    const candidateId = newId();
    // Layout 1: candidateIds were in the payload, and the row carried no layout.
    const enc = await encryptJson(key, { candidateIds: [candidateId], outreachPlace: 'CPAS de Forest' }, rowAad('spocActions', id, 'site-1'));
    // With syncState, as every write of a report table (it marks the kept report, kept-report.ts).
    await db.transaction('rw', [db.records('spocActions'), db.syncState], () =>
      db.records('spocActions').put({ id, siteId: 'site-1', rev: 3, deleted: false, ver: 1, date: '2026-03-02', kind: 'individuelle', enc }),
    );
    const [record] = await firstClearSnapshot(store, 'spocActions');
    expect(record?.data).toMatchObject({ date: '2026-03-02', kind: 'individuelle', candidateIds: [candidateId] });
    // The next write of that record stores it in the current layout.
    await store.write('spocActions', id, 'site-1', 'put', { outcome: 'accompagnement' });
    expect(await db.records('spocActions').get(id)).toMatchObject({ layout: 2, candidateIds: [candidateId] });
  });
});
