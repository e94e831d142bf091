// Storing pulled pages: an erasure purges the person's drafts and recordings with the page, and
// every row a page writes takes a ver no writer read before (row-ver.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import type { WireRecord } from '../domain/wire';
import { encryptJson, generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from './crypto';
import { PageOutOfOrderError } from './pull';
import { UserDatabase } from './user-database';
import { UserStore } from './user-store';

const opened: UserStore[] = [];

async function openStore(): Promise<{ store: UserStore; db: UserDatabase; key: CryptoKey }> {
  const key = await unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
  const db = new UserDatabase(`test-pull-${newId()}`);
  const store = new UserStore(db, key);
  opened.push(store);
  return { store, db, key };
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

const state = (cursor: number) => ({ cursor, serverEpoch: 'e1', siteIds: ['site-1'] });

function candidate(id: string, rev: number, data: Record<string, unknown>): WireRecord {
  return { table: 'candidates', id, siteId: 'site-1', rev, deleted: false, data };
}

describe('pulled erasure', () => {
  it('deletes the drafts and recordings about the erased person, and only those', async () => {
    const { store, db, key } = await openStore();
    const erased = newId();
    const other = newId();
    await store.applyPulledPage([candidate(erased, 1, { firstName: 'Nadia' }), candidate(other, 2, { firstName: 'Zoë' })], state(2));
    const enc = await encryptJson(key, { typed: 'Nadia' }, 'test');
    const updatedAt = '2026-01-05T10:00:00.000Z';
    await db.drafts.bulkPut([
      { key: `candidates:${erased}`, candidateId: erased, updatedAt, enc },
      { key: `positionings:new:${erased}`, candidateId: erased, updatedAt, enc },
      { key: `candidates:${other}`, candidateId: other, updatedAt, enc },
      { key: 'candidates:new', updatedAt, enc },
    ]);
    await db.recordings.bulkPut([
      { key: `name:${erased}`, candidateId: erased, updatedAt, enc },
      { key: `name:${other}`, candidateId: other, updatedAt, enc },
      { key: 'item:q1', updatedAt, enc },
    ]);

    await store.applyPulledPage([candidate(erased, 3, { gender: 'F', erased: true })], state(3));

    expect((await db.drafts.toCollection().primaryKeys()).sort()).toEqual([`candidates:${other}`, 'candidates:new'].sort());
    expect((await db.recordings.toCollection().primaryKeys()).sort()).toEqual([`name:${other}`, 'item:q1'].sort());
    expect((await store.get('candidates', erased))?.data).toEqual({ gender: 'F', erased: true });
    expect((await store.syncState()).cursor).toBe(3);
  });

  it('keeps drafts and recordings when no person of the page is erased', async () => {
    const { store, db, key } = await openStore();
    const id = newId();
    const enc = await encryptJson(key, { typed: 'x' }, 'test');
    await db.drafts.put({ key: `candidates:${id}`, candidateId: id, updatedAt: '2026-01-05T10:00:00.000Z', enc });
    await db.recordings.put({ key: `name:${id}`, candidateId: id, updatedAt: '2026-01-05T10:00:00.000Z', enc });
    await store.applyPulledPage([candidate(id, 1, { firstName: 'Amina' })], state(1));
    expect(await db.drafts.count()).toBe(1);
    expect(await db.recordings.count()).toBe(1);
  });
});

describe('rows written by a pull', () => {
  it('take a ver that differs from the one a writer read before, for rows new and old', async () => {
    const { store, db } = await openStore();
    const [a, b] = [newId(), newId()];
    await store.applyPulledPage([candidate(a, 1, { firstName: 'A' })], state(1));
    const verRead = (await db.records('candidates').get(a))?.ver;
    await store.applyPulledPage([candidate(a, 2, { firstName: 'A2' }), candidate(b, 3, { firstName: 'B' })], state(3));
    const [rowA, rowB] = await db.records('candidates').bulkGet([a, b]);
    expect(rowA?.ver).not.toBe(verRead);
    // Room left for the local writes that add one to it.
    for (const ver of [rowA?.ver, rowB?.ver]) expect(Number.isSafeInteger((ver ?? 0) + 1_000_000)).toBe(true);
    expect((await store.get('candidates', a))?.data).toEqual({ firstName: 'A2' });
  });

  it('replace a row that appeared without a local write, with another ver', async () => {
    const { store, db } = await openStore();
    await store.applyPulledPage([candidate(newId(), 1, { firstName: 'A' })], state(1));
    // A row written behind the store's back.
    const hidden = newId();
    await db.transaction('rw', [db.records('candidates'), db.syncState], () => db.records('candidates').put({ id: hidden, siteId: 'site-1', rev: 0, deleted: false, ver: 7 }));
    await store.applyPulledPage([candidate(hidden, 2, { firstName: 'Pulled' })], state(2));
    expect((await db.records('candidates').get(hidden))?.ver).not.toBe(7);
    expect(await store.get('candidates', hidden)).toMatchObject({ rev: 2, data: { firstName: 'Pulled' } });
    expect((await store.syncState()).cursor).toBe(2);
  });

  it('keep a field changed locally and not yet sent: the page written with its checks is undone and prepared again', async () => {
    const { store, db } = await openStore();
    const id = newId();
    await store.applyPulledPage([candidate(id, 1, { firstName: 'A', lastName: 'Server' })], state(1));
    await store.write('candidates', id, 'site-1', 'put', { lastName: 'Local' });
    await store.applyPulledPage([candidate(id, 2, { firstName: 'A2', lastName: 'Server2' })], { ...state(2), after: 1 });
    expect(await store.get('candidates', id)).toMatchObject({ rev: 2, data: { firstName: 'A2', lastName: 'Local' }, pendingFields: ['lastName'] });
    expect(await db.outbox.count()).toBe(1);
    expect((await store.syncState()).cursor).toBe(2);
  });

  it('make a local write prepared from the row before them start again from the pulled row', async () => {
    const { store, db } = await openStore();
    const id = newId();
    await store.applyPulledPage([candidate(id, 1, { firstName: 'A', lastName: 'Server' })], state(1));
    // The write reads the row; the next page is stored before the write's transaction opens.
    const rows = db.records('candidates');
    const read = rows.get.bind(rows);
    let pulledMeanwhile = false;
    rows.get = (async (key: string) => {
      const row = await read(key);
      if (!pulledMeanwhile) {
        pulledMeanwhile = true;
        await store.applyPulledPage([candidate(id, 2, { firstName: 'A2', lastName: 'Server' })], state(2));
      }
      return row;
    }) as typeof rows.get;
    await store.write('candidates', id, 'site-1', 'put', { phone: '0470 12 34 56' });
    expect(pulledMeanwhile).toBe(true);
    // Written over the row it read, the write would have put back the first name of rev 1.
    expect(await store.get('candidates', id)).toMatchObject({ rev: 2, data: { firstName: 'A2', lastName: 'Server', phone: '0470 12 34 56' } });
    expect((await db.outbox.toArray()).map((row) => row.baseRev)).toEqual([2]);
  });

  it('keep a field written locally after the page was first read (the page is prepared again)', async () => {
    const { store } = await openStore();
    const id = newId();
    await store.applyPulledPage([candidate(id, 1, { firstName: 'A', lastName: 'Server' })], state(1));
    // The local write and the page race: whichever lands first, the pending field wins on screen.
    await Promise.all([
      store.write('candidates', id, 'site-1', 'put', { lastName: 'Local' }),
      store.applyPulledPage([candidate(id, 2, { firstName: 'A2', lastName: 'Server2' })], state(2)),
    ]);
    expect(await store.get('candidates', id)).toMatchObject({ data: { firstName: 'A2', lastName: 'Local' }, pendingFields: ['lastName'] });
  });

  it('are stored only after the cursor their page was pulled from', async () => {
    const { store } = await openStore();
    const [a, b] = [newId(), newId()];
    await expect(store.applyPulledPage([candidate(a, 5, { firstName: 'A' })], { ...state(5), after: 2 })).rejects.toThrow(PageOutOfOrderError);
    expect(await store.get('candidates', a)).toBeUndefined();
    await store.applyPulledPage([candidate(a, 2, { firstName: 'A' })], { ...state(2), after: 0 });
    await store.applyPulledPage([candidate(b, 5, { firstName: 'B' })], { ...state(5), after: 2 });
    expect((await store.syncState()).cursor).toBe(5);
    expect((await store.list('candidates')).map((record) => record.data.firstName).sort()).toEqual(['A', 'B']);
  });

  it('with the writes sent with the checks, a page after another cursor writes nothing, kept-report marks included', async () => {
    const { store, db } = await openStore();
    const [a, b] = [newId(), newId()];
    await store.applyPulledPage([candidate(a, 2, { firstName: 'A' })], { ...state(2), after: 0 });
    const stateBefore = await db.syncState.toArray();
    await expect(store.applyPulledPage([candidate(b, 9, { firstName: 'B' })], { ...state(9), after: 5 })).rejects.toThrow(PageOutOfOrderError);
    expect(await db.records('candidates').get(b)).toBeUndefined();
    expect(await db.syncState.toArray()).toEqual(stateBefore);
    await store.applyPulledPage([candidate(b, 9, { firstName: 'B' })], { ...state(9), after: 2 });
    expect((await store.syncState()).cursor).toBe(9);
  });

  it('replace a row created by a local write whose change was acknowledged, with another ver', async () => {
    const { store, db } = await openStore();
    await store.applyPulledPage([candidate(newId(), 1, { firstName: 'A' })], state(1));
    const local = newId();
    await store.write('candidates', local, 'site-1', 'put', { firstName: 'Local' });
    // Its push acknowledged: the outbox is empty again, the seq counter has moved on.
    await db.transaction('rw', [db.outbox], () => db.outbox.clear());
    const verBefore = (await db.records('candidates').get(local))?.ver ?? 0;
    await store.applyPulledPage([candidate(local, 2, { firstName: 'Server' })], state(2));
    expect((await db.records('candidates').get(local))?.ver).not.toBe(verBefore);
    expect(await store.get('candidates', local)).toMatchObject({ rev: 2, data: { firstName: 'Server' } });
    expect((await store.syncState()).cursor).toBe(2);
  });
});

describe('a change of sites', () => {
  it('drops the records of the sites lost and keeps the network’s métier catalogue', async () => {
    const { store } = await openStore();
    const kept = newId();
    const lost = newId();
    await store.applyPulledPage(
      [
        candidate(kept, 1, { firstName: 'Amina' }),
        { table: 'candidates', id: lost, siteId: 'site-2', rev: 2, deleted: false, data: { firstName: 'Zoë' } },
        { table: 'metiers', id: 'carrossier', siteId: '_network', rev: 3, deleted: false, data: { code: 'carrossier', labels: { fr: 'Carrossier(ère)' }, ucs: [] } },
      ],
      { cursor: 3, serverEpoch: 'e1', siteIds: ['site-1', 'site-2'] },
    );
    await store.resetForSites(['site-1']);
    expect((await store.list('candidates')).map((record) => record.id)).toEqual([kept]);
    expect((await store.list('metiers')).map((record) => [record.id, record.siteId])).toEqual([['carrossier', '_network']]);
  });
});
