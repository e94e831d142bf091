// Dexie upgrades keep everything: a database written with the version-1 schema (records, outbox
// rows, kept copies of rejected and conflicting changes, sync state, the encrypted session) is
// opened with the current code, which finds all of it and can write to every newer table.
// A new Dexie version adds its own case below: build the previous version's database, upgrade it.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { SYNCED_TABLES } from '../domain/tables';
import type { Mutation } from '../domain/wire';
import { encryptJson, generateWrappableDataKey, rowAad, unwrapWithPassword, wrapWithPassword, type EncryptedPayload } from './crypto';
import { UserStore } from './user-store';
import { UserDatabase, type OutboxRow } from './user-database';

/** The version-1 schema exactly as it shipped (frozen here: never derive it from today's code). */
const VERSION_1_STORES: Record<string, string> = {
  outbox: 'seq, [table+id], id',
  syncState: 'key',
  rejected: '++localId, [table+id]',
  conflicts: '++localId, [table+id]',
  candidates: 'id, siteId, rev',
  spocActions: 'id, siteId, rev, date',
  accompaniments: 'id, siteId, rev, candidateId',
  positionings: 'id, siteId, rev, candidateId, accompanimentId',
  moduleSessions: 'id, siteId, rev, date',
  attendance: 'id, siteId, rev, sessionId, candidateId',
  validationSteps: 'id, siteId, rev, candidateId, accompanimentId',
  followUpNotes: 'id, siteId, rev, candidateId',
  sites: 'id, siteId, rev',
  users: 'id, siteId, rev',
};

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function dataKey(): Promise<CryptoKey> {
  return unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
}

/**
 * The rows a tablet would hold, encrypted with `key`: produced by today's write paths (whose row
 * format is the same in version 1), then read back raw to be written into a version-1 database.
 */
async function rowsOfABusyTablet(key: CryptoKey) {
  const scratch = new UserDatabase(`scratch-${newId()}`);
  const store = new UserStore(scratch, key);
  const [kept, rejected, conflicting] = [newId(), newId(), newId()];
  await store.clientId();
  await store.saveSession({ token: 'token-1', user: { id: 'u-1', name: 'Conseillère', role: 'adviser', siteIds: ['site-1'] } });
  await store.write('candidates', kept, 'site-1', 'put', { firstName: 'Émilie', lastName: 'Dürr', gender: 'F' });
  await store.write('candidates', rejected, 'site-1', 'put', { firstName: 'Rejetée' });
  await store.write('candidates', conflicting, 'site-1', 'put', { firstName: 'Conflit' });
  await store.write('candidates', kept, 'site-1', 'put', { phone: '0470 11 22 33' });
  const sent: Mutation[] = await store.readOutboxBatch(10);
  const seqOf = (id: string) => sent.find((mutation) => mutation.id === id)?.seq ?? -1;
  await store.settlePushResults(sent.filter((mutation) => mutation.id !== kept), [
    { seq: seqOf(rejected), status: 'rejected', error: 'forbidden' },
    { seq: seqOf(conflicting), status: 'conflict', conflicts: [{ field: 'firstName', serverValue: 'Serveur', clientValue: 'Conflit' }] },
  ]);
  await store.setLastSyncedAt('2026-11-20T09:30:00.000Z');
  const tables: Record<string, unknown[]> = {};
  for (const name of Object.keys(VERSION_1_STORES)) tables[name] = await scratch.table(name).toArray();
  store.close();
  await Dexie.delete(scratch.name);
  return { tables, kept, rejected, conflicting };
}

describe('Dexie upgrades of the adviser database', () => {
  it('opens a version-1 database with data and finds everything', async () => {
    const key = await dataKey();
    const { tables, kept, conflicting } = await rowsOfABusyTablet(key);
    expect(tables.outbox).toHaveLength(2); // the two writes of `kept`, never sent
    expect(tables.rejected).toHaveLength(1);
    expect(tables.conflicts).toHaveLength(1);

    const name = `vdc-user-upgrade-${newId()}`;
    const version1 = new Dexie(name);
    version1.version(1).stores(VERSION_1_STORES);
    await version1.open();
    for (const [table, rows] of Object.entries(tables)) await version1.table(table).bulkAdd(rows);
    expect(version1.verno).toBe(1);
    version1.close();

    const upgraded = new UserDatabase(name);
    const store = new UserStore(upgraded, key);
    cleanup.push(async () => {
      store.close();
      await Dexie.delete(name);
    });

    expect((await store.get('candidates', kept))?.data).toEqual({ firstName: 'Émilie', lastName: 'Dürr', gender: 'F', phone: '0470 11 22 33' });
    expect((await store.list('candidates')).map((record) => record.id).sort()).toEqual([kept, conflicting].sort());
    expect(upgraded.verno).toBeGreaterThanOrEqual(2);

    const outbox = await store.readOutboxBatch(10);
    expect(outbox.map((mutation) => [mutation.id, mutation.fields])).toEqual([
      [kept, { firstName: 'Émilie', lastName: 'Dürr', gender: 'F' }],
      [kept, { phone: '0470 11 22 33' }],
    ]);
    expect(await store.pendingCount()).toBe(2);

    const attention = await store.listAttention();
    expect(attention.map((item) => item.kind).sort()).toEqual(['conflict', 'rejected']);
    expect(await store.attentionCount()).toBe(2);

    expect(await store.readSession()).toMatchObject({ token: 'token-1', user: { id: 'u-1', name: 'Conseillère' } });
    expect(await store.syncState()).toMatchObject({ lastSyncedAt: '2026-11-20T09:30:00.000Z' });
    const clientIdRow = (tables.syncState ?? []).find((row) => (row as { key: string }).key === 'clientId') as { value: string };
    expect(await store.clientId()).toBe(clientIdRow.value);

    // New writes continue the sequence after the upgrade, and the version-2 tables are there.
    await store.write('candidates', kept, 'site-1', 'put', { lastName: 'Dürr-Nouveau' });
    const seqs = (await store.readOutboxBatch(10)).map((mutation) => mutation.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(3);
    const anyPayload = (tables.outbox?.[0] as OutboxRow).enc as EncryptedPayload;
    await upgraded.drafts.put({ key: 'candidates:new', updatedAt: '2026-11-20T10:00:00.000Z', enc: anyPayload });
    expect(await upgraded.drafts.count()).toBe(1);
    expect(await upgraded.recordings.count()).toBe(0);
  });
});

describe('Dexie upgrade to version 3 (the UC code lists)', () => {
  it('opens a version-2 database with data, keeps it, and stores UCs in the new table', async () => {
    const key = await dataKey();
    const { tables, kept } = await rowsOfABusyTablet(key);
    const name = `vdc-user-upgrade-v2-${newId()}`;
    // Version 2 exactly as it shipped: version 1's stores plus drafts and recordings.
    const version2 = new Dexie(name);
    version2.version(1).stores(VERSION_1_STORES);
    version2.version(2).stores({ drafts: 'key, candidateId', recordings: 'key, candidateId' });
    await version2.open();
    for (const [table, rows] of Object.entries(tables)) await version2.table(table).bulkAdd(rows);
    const anyPayload = (tables.outbox?.[0] as OutboxRow).enc as EncryptedPayload;
    await version2.table('drafts').put({ key: 'candidates:new', updatedAt: '2026-11-20T10:00:00.000Z', enc: anyPayload });
    expect(version2.verno).toBe(2);
    version2.close();

    const upgraded = new UserDatabase(name);
    const store = new UserStore(upgraded, key);
    cleanup.push(async () => {
      store.close();
      await Dexie.delete(name);
    });
    expect((await store.get('candidates', kept))?.data).toMatchObject({ firstName: 'Émilie', phone: '0470 11 22 33' });
    expect(await upgraded.drafts.count()).toBe(1);
    expect(await store.pendingCount()).toBe(2);
    expect(upgraded.verno).toBeGreaterThanOrEqual(3);

    const uc = newId();
    await store.write('ucs', uc, 'site-1', 'put', { metier: 'coiffeur', code: 'UC1', label: 'Coupe et brushing', active: true });
    expect((await store.list('ucs')).map((record) => record.data)).toEqual([{ metier: 'coiffeur', code: 'UC1', label: 'Coupe et brushing', active: true }]);
    const outbox = await store.readOutboxBatch(10);
    expect(outbox.at(-1)).toMatchObject({ table: 'ucs', id: uc, siteId: 'site-1', op: 'put' });
  });

  it('has a store for every synced table', () => {
    const database = new UserDatabase(`vdc-user-stores-${newId()}`);
    const storeNames = database.tables.map((table) => table.name);
    for (const table of SYNCED_TABLES) expect(storeNames).toContain(table);
  });
});

describe('Dexie upgrade to version 10 (SPOC actions found by the people they name)', () => {
  it('marks the rows written before layouts were recorded, and a query by person finds them and the new ones', async () => {
    const key = await dataKey();
    const name = `vdc-user-upgrade-v6-${newId()}`;
    // Version 6 as it shipped (versions 2 to 6 added tables only).
    const version6 = new Dexie(name);
    version6.version(1).stores(VERSION_1_STORES);
    version6.version(2).stores({ drafts: 'key, candidateId', recordings: 'key, candidateId' });
    version6.version(3).stores({ ucs: 'id, siteId, rev' });
    version6.version(4).stores({ metiers: 'id, siteId, rev', siteMetiers: 'id, siteId, rev' });
    version6.version(6).stores({ moduleWork: 'id, siteId, rev, candidateId, accompanimentId' });
    await version6.open();
    const [person, other] = [newId(), newId()];
    const [layout1, layout2, unrelated] = [newId(), newId(), newId()];
    // Layout 1: the named persons in the payload, no layout on the row.
    const enc = await encryptJson(key, { candidateIds: [person] }, rowAad('spocActions', layout1, 'site-1'));
    await version6.table('spocActions').bulkAdd([
      { id: layout1, siteId: 'site-1', rev: 3, deleted: false, ver: 1, date: '2025-03-02', kind: 'individuelle', enc },
      { id: layout2, siteId: 'site-1', rev: 4, deleted: false, ver: 1, layout: 2, date: '2025-04-02', kind: 'collective', candidateIds: [other, person] },
      { id: unrelated, siteId: 'site-1', rev: 5, deleted: false, ver: 1, layout: 2, date: '2025-05-02', kind: 'individuelle', candidateIds: [other] },
    ]);
    version6.close();

    const upgraded = new UserDatabase(name);
    const store = new UserStore(upgraded, key);
    cleanup.push(async () => {
      store.close();
      await Dexie.delete(name);
    });
    expect((await upgraded.records('spocActions').get(layout1))?.layout).toBe(1);
    expect(await upgraded.records('spocActions').where('candidateIds').equals(other).primaryKeys()).toEqual([layout2, unrelated].sort());
    const found = await new Promise<string[]>((resolve, reject) => {
      const stop = store.watchWhere('spocActions', { field: 'candidateIds', values: [person] }, (records) => {
        queueMicrotask(() => stop());
        resolve(records.map((record) => record.id).sort());
      }, reject);
    });
    expect(found).toEqual([layout1, layout2].sort());
  });
});
