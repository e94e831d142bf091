import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from './crypto';
import { InvalidRecordError } from './records';
import { UserStore } from './user-store';
import { UserDatabase } from './user-database';

const opened: UserStore[] = [];

async function openStore(): Promise<{ store: UserStore; db: UserDatabase }> {
  const wrap = await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000);
  const key = await unwrapWithPassword(wrap, 'pw');
  const db = new UserDatabase(`test-records-${newId()}`);
  const store = new UserStore(db, key);
  opened.push(store);
  return { store, db };
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe('local writes', () => {
  it('writes the row and its outbox row together, baseRev 0 for a new record', async () => {
    const { store, db } = await openStore();
    const id = newId();
    const record = await store.write('candidates', id, 'site-1', 'put', { firstName: 'Amina', gender: 'F' });
    expect(record.data).toEqual({ firstName: 'Amina', gender: 'F' });
    expect(record.pendingFields.sort()).toEqual(['firstName', 'gender']);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ seq: 1, table: 'candidates', id, siteId: 'site-1', op: 'put', baseRev: 0 });
    const batch = await store.readOutboxBatch(10);
    expect(batch[0]?.fields).toEqual({ firstName: 'Amina', gender: 'F' });
    expect(await store.get('candidates', id)).toMatchObject({ data: { firstName: 'Amina', gender: 'F' } });
  });

  it('merges updates, null clears a field, seqs increase', async () => {
    const { store } = await openStore();
    const id = newId();
    await store.write('candidates', id, 'site-1', 'put', { firstName: 'Amina', phone: '0470 11 22 33' });
    await store.write('candidates', id, 'site-1', 'put', { lastName: 'B', phone: null });
    expect((await store.get('candidates', id))?.data).toEqual({ firstName: 'Amina', lastName: 'B' });
    const batch = await store.readOutboxBatch(10);
    expect(batch.map((m) => m.seq)).toEqual([1, 2]);
    expect(batch[1]?.fields).toEqual({ lastName: 'B', phone: null });
  });

  it('refuses invalid data and writes nothing', async () => {
    const { store, db } = await openStore();
    await expect(store.write('candidates', newId(), 'site-1', 'put', { gender: 'F' })).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(store.write('candidates', newId(), 'site-1', 'put', { firstName: 'A', shoeSize: 42 })).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect(await db.outbox.count()).toBe(0);
    expect(await db.records('candidates').count()).toBe(0);
  });

  it('is atomic: when the outbox write fails, the record is not written either', async () => {
    const { store, db } = await openStore();
    // Occupy the seq the next write will take: the outbox add fails inside the transaction.
    await db.outbox.add({ seq: 1, table: 'candidates', id: 'other', siteId: 'site-1', op: 'delete', baseRev: 0, fieldNames: [] });
    const id = newId();
    await expect(store.write('candidates', id, 'site-1', 'put', { firstName: 'Amina' })).rejects.toThrow();
    expect(await db.records('candidates').get(id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(1);
  });

  it('concurrent writes to one record both land (the second one re-reads and merges)', async () => {
    const { store, db } = await openStore();
    const id = newId();
    await store.write('candidates', id, 'site-1', 'put', { firstName: 'A' });
    await Promise.all([
      store.write('candidates', id, 'site-1', 'put', { lastName: 'B' }),
      store.write('candidates', id, 'site-1', 'put', { notes: 'C' }),
      store.applyPulledPage([{ table: 'candidates', id, siteId: 'site-1', rev: 4, deleted: false, data: { firstName: 'A', gender: 'F' } }], {
        cursor: 4, serverEpoch: 'e', siteIds: ['site-1'],
      }),
    ]);
    expect((await store.get('candidates', id))?.data).toEqual({ firstName: 'A', lastName: 'B', notes: 'C', gender: 'F' });
    expect(await db.outbox.count()).toBe(3);
  });

  it('a delete leaves a tombstone and an outbox delete', async () => {
    const { store } = await openStore();
    const id = newId();
    await store.write('candidates', id, 'site-1', 'put', { firstName: 'Amina' });
    await store.write('candidates', id, 'site-1', 'delete');
    expect(await store.list('candidates')).toEqual([]);
    expect((await store.get('candidates', id))?.deleted).toBe(true);
    expect((await store.readOutboxBatch(10)).map((m) => m.op)).toEqual(['put', 'delete']);
  });

  it('refuses writes to server-owned tables', async () => {
    const { store } = await openStore();
    await expect(store.write('sites', 's', 's', 'put', { name: 'x', kind: 'ml' })).rejects.toThrow(/server only/);
  });
});

describe('pulled pages', () => {
  it('keeps pending local fields over a pulled change and takes the pulled rev as baseRev', async () => {
    const { store, db } = await openStore();
    const id = newId();
    await store.write('candidates', id, 'site-1', 'put', { firstName: 'Local' });
    await store.applyPulledPage(
      [{ table: 'candidates', id, siteId: 'site-1', rev: 7, deleted: false, data: { firstName: 'Server', lastName: 'FromServer' } }],
      { cursor: 7, serverEpoch: 'e1', siteIds: ['site-1'] },
    );
    const record = await store.get('candidates', id);
    expect(record?.data).toEqual({ firstName: 'Local', lastName: 'FromServer' });
    expect(record?.rev).toBe(7);
    expect(record?.pendingFields).toEqual(['firstName']);
    expect((await store.syncState()).cursor).toBe(7);

    await store.write('candidates', id, 'site-1', 'put', { notes: 'x' });
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((row) => row.baseRev)).toEqual([0, 7]);
  });

  it('after settlement the pulled value shows', async () => {
    const { store } = await openStore();
    const id = newId();
    await store.write('candidates', id, 'site-1', 'put', { firstName: 'Local' });
    const sent = await store.readOutboxBatch(10);
    await store.settlePushResults(sent, [{ seq: 1, status: 'applied', rev: 3 }]);
    expect(await store.pendingCount()).toBe(0);
    // A push result's rev is never a baseRev: the row keeps the rev of the last pull.
    expect((await store.get('candidates', id))?.rev).toBe(0);
    await store.applyPulledPage(
      [{ table: 'candidates', id, siteId: 'site-1', rev: 3, deleted: false, data: { firstName: 'Local' } }],
      { cursor: 3, serverEpoch: 'e1', siteIds: ['site-1'] },
    );
    expect(await store.get('candidates', id)).toMatchObject({ rev: 3, pendingFields: [], data: { firstName: 'Local' } });
  });

  it('watch delivers decrypted records after local and pulled changes', async () => {
    const { store } = await openStore();
    const seen: string[][] = [];
    let delivery = () => {};
    const unsubscribe = store.watch('candidates', (records) => {
      seen.push(records.map((r) => String(r.data.firstName)).sort());
      delivery();
    });
    // Waits for the delivery of these names (an event), not for a while.
    const delivered = async (names: string[]) => {
      while (JSON.stringify(seen.at(-1)) !== JSON.stringify(names)) await new Promise<void>((resolve) => (delivery = resolve));
    };
    await delivered([]);
    const id = newId();
    await store.write('candidates', id, 'site-1', 'put', { firstName: 'A' });
    await delivered(['A']);
    await store.applyPulledPage(
      [{ table: 'candidates', id: newId(), siteId: 'site-1', rev: 1, deleted: false, data: { firstName: 'B' } }],
      { cursor: 1, serverEpoch: 'e1', siteIds: ['site-1'] },
    );
    await delivered(['A', 'B']);
    unsubscribe();
    expect(seen[0]).toEqual([]);
  });

  it('renumbers the outbox after a seq gap, keeping the order', async () => {
    const { store } = await openStore();
    for (const name of ['a', 'b', 'c']) await store.write('candidates', newId(), 'site-1', 'put', { firstName: name });
    await store.renumberOutbox(11);
    const batch = await store.readOutboxBatch(10);
    expect(batch.map((m) => [m.seq, m.fields?.firstName])).toEqual([[11, 'a'], [12, 'b'], [13, 'c']]);
    await store.write('candidates', newId(), 'site-1', 'put', { firstName: 'd' });
    expect((await store.readOutboxBatch(10)).map((m) => m.seq)).toEqual([11, 12, 13, 14]);
  });
});
