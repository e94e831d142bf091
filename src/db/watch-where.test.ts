// Indexed live queries: only the selected rows are delivered, once per distinct result, and a
// change to them (local or pulled, or their outbox rows settling) delivers again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../domain/ids';
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from './crypto';
import { UserDatabase } from './user-database';
import { UserStore, type DecryptedRecord } from './user-store';

const opened: UserStore[] = [];

/** Read operations that reached IndexedDB, per store (a Dexie middleware below every query). */
type ReadCounts = Map<string, number>;
/** Per store, the index each query or cursor went through ('primary key': the whole store in key order). */
type IndexesUsed = Map<string, string[]>;

async function openStore() {
  const key = await unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
  const db = new UserDatabase(`test-where-${newId()}`);
  const reads: ReadCounts = new Map();
  const indexes: IndexesUsed = new Map();
  const through = (name: string, index: { isPrimaryKey?: boolean; name: string | null }) =>
    indexes.set(name, [...(indexes.get(name) ?? []), index.isPrimaryKey ? 'primary key' : (index.name ?? '')]);
  db.use({
    stack: 'dbcore',
    name: 'count-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const counted = <A extends unknown[], R>(read: (...args: A) => R) => (...args: A): R => {
          reads.set(name, (reads.get(name) ?? 0) + 1);
          return read(...args);
        };
        const query: typeof table.query = (req) => (through(name, req.query.index), table.query(req));
        const openCursor: typeof table.openCursor = (req) => (through(name, req.query.index), table.openCursor(req));
        return { ...table, get: counted(table.get), getMany: counted(table.getMany), query: counted(query), openCursor: counted(openCursor), count: counted(table.count) };
      },
    }),
  });
  const store = new UserStore(db, key);
  opened.push(store);
  return { store, db, reads, indexes };
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** Collects every delivery; `next(n)` resolves once n deliveries arrived. */
function collector() {
  const deliveries: DecryptedRecord[][] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  return {
    deliveries,
    listener: (records: DecryptedRecord[]) => {
      deliveries.push(records);
      for (const waiter of waiters.filter((entry) => deliveries.length >= entry.count)) waiter.resolve();
    },
    next: (count: number) => new Promise<void>((resolve) => (deliveries.length >= count ? resolve() : waiters.push({ count, resolve }))),
  };
}

describe('watchWhere', () => {
  it('delivers the rows of one index value, once, then again when one of them changes', async () => {
    const { store } = await openStore();
    const [session, other] = [newId(), newId()];
    const mine = newId();
    await store.writeMany([
      { table: 'attendance', id: mine, siteId: 'site-1', op: 'put', fields: { sessionId: session, candidateId: 'c-1', status: 'inscrit' } },
      { table: 'attendance', id: newId(), siteId: 'site-1', op: 'put', fields: { sessionId: other, candidateId: 'c-2', status: 'inscrit' } },
    ]);
    const seen = collector();
    const stop = store.watchWhere('attendance', { field: 'sessionId', values: [session] }, seen.listener);
    await seen.next(1);
    expect(seen.deliveries[0]?.map((record) => record.id)).toEqual([mine]);

    await store.write('attendance', mine, 'site-1', 'put', { status: 'present' });
    await seen.next(2);
    expect(seen.deliveries[1]?.[0]?.data).toMatchObject({ status: 'present' });
    stop();
    // The first snapshot was delivered once.
    expect(seen.deliveries.filter((records) => records[0]?.data.status === 'inscrit')).toHaveLength(1);
  });

  it('reads its rows and their outbox rows once per snapshot: once on mount, once after a change', async () => {
    const { store, db, reads } = await openStore();
    const session = newId();
    const mine = newId();
    await store.writeMany([
      { table: 'attendance', id: mine, siteId: 'site-1', op: 'put', fields: { sessionId: session, candidateId: 'c-1', status: 'inscrit' } },
      { table: 'attendance', id: newId(), siteId: 'site-1', op: 'put', fields: { sessionId: newId(), candidateId: 'c-2', status: 'inscrit' } },
    ]);
    reads.clear();
    const seen = collector();
    const stop = store.watchWhere('attendance', { field: 'sessionId', values: [session] }, seen.listener);
    await seen.next(1);
    const onMount = { attendance: reads.get('attendance'), outbox: reads.get('outbox') };
    expect(onMount).toEqual({ attendance: 1, outbox: 1 });

    // A change written as a pull writes it (a put, which reads nothing itself).
    const row = await db.records('attendance').get(mine);
    reads.clear();
    // With syncState, as every write of a report table (it marks the kept report, kept-report.ts).
    await db.transaction('rw', [db.records('attendance'), db.syncState], () => db.records('attendance').put({ ...row!, ver: row!.ver + 1, status: 'present' }));
    await seen.next(2);
    stop();
    expect(seen.deliveries[1]?.[0]?.data).toMatchObject({ status: 'present' });
    expect({ attendance: reads.get('attendance'), outbox: reads.get('outbox') }).toEqual({ attendance: 1, outbox: 1 });
    expect(seen.deliveries).toHaveLength(2);
  });

  it('selects on a clear array field through its multi-entry index (a SPOC action naming the person), never the whole store', async () => {
    const { store, indexes } = await openStore();
    const theirs = newId();
    await store.writeMany([
      { table: 'spocActions', id: theirs, siteId: 'site-1', op: 'put', fields: { date: '2026-01-10', kind: 'collective', candidateIds: ['c-2', 'c-1'] } },
      { table: 'spocActions', id: newId(), siteId: 'site-1', op: 'put', fields: { date: '2026-01-11', kind: 'individuelle', candidateIds: ['c-3'] } },
    ]);
    const seen = collector();
    indexes.clear();
    const stop = store.watchWhere('spocActions', { field: 'candidateIds', values: ['c-1'] }, seen.listener);
    await seen.next(1);
    stop();
    expect(seen.deliveries[0]?.map((record) => record.id)).toEqual([theirs]);
    // The rows naming the person, and those of an older layout (none here): two index ranges.
    expect([...new Set(indexes.get('spocActions'))].sort()).toEqual(['candidateIds', 'layout']);
  });

  it('refuses a field kept encrypted', async () => {
    const { store } = await openStore();
    expect(() => store.watchWhere('candidates', { field: 'lastName', values: ['x'] }, () => {})).toThrow(/encrypted/);
  });
});

describe('listWhere', () => {
  it('gives once what watchWhere gives first, through the index: only those rows read and decrypted', async () => {
    const { store, indexes } = await openStore();
    const [person, other] = [newId(), newId()];
    const mine = newId();
    await store.writeMany([
      { table: 'accompaniments', id: mine, siteId: 'site-1', op: 'put', fields: { candidateId: person, metier: 'aide-menager', status: 'open', startDate: '2026-01-05' } },
      ...Array.from({ length: 20 }, () => ({ table: 'accompaniments' as const, id: newId(), siteId: 'site-1', op: 'put' as const, fields: { candidateId: other, metier: 'aide-menager', status: 'open', startDate: '2026-01-05' } })),
    ]);
    indexes.clear();
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    const listed = await store.listWhere('accompaniments', { field: 'candidateId', values: [person] });
    expect(listed.map((record) => record.id)).toEqual([mine]);
    expect(indexes.get('accompaniments')).toEqual(['candidateId']);
    expect(decrypt.mock.calls.length).toBeLessThanOrEqual(1);
    decrypt.mockRestore();

    const seen = collector();
    const stop = store.watchWhere('accompaniments', { field: 'candidateId', values: [person] }, seen.listener);
    await seen.next(1);
    stop();
    expect(seen.deliveries[0]).toEqual(listed);
  });

  it('over a clear field without an index, keeps only the matching records', async () => {
    const { store } = await openStore();
    const open = newId();
    await store.writeMany([
      { table: 'accompaniments', id: open, siteId: 'site-1', op: 'put', fields: { candidateId: newId(), metier: 'aide-menager', status: 'open', startDate: '2026-01-05' } },
      { table: 'accompaniments', id: newId(), siteId: 'site-1', op: 'put', fields: { candidateId: newId(), metier: 'aide-menager', status: 'closed', startDate: '2026-01-05' } },
    ]);
    expect((await store.listWhere('accompaniments', { field: 'status', values: ['open'] })).map((record) => record.id)).toEqual([open]);
  });
});
