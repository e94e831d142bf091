// A batch of local changes leaves the database exactly as the same changes written one by one
// (rows, outbox rows, seqs, coalescing), in one transaction (all or nothing), and loses nothing when
// storage is full.
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { GroupRefusedError, type LocalChange } from './batched-writes';
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from './crypto';
import { heldWrites } from './held-writes';
import { InvalidRecordError, RecordNotFoundError } from './records';
import { UserDatabase } from './user-database';
import { UserStore } from './user-store';

const opened: UserStore[] = [];

/** A store whose database counts its write transactions and refuses the ones `refuse` names (QuotaExceededError). */
async function openStore(refuse: (writeNumber: number) => boolean = () => false) {
  const wrap = await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000);
  const key = await unwrapWithPassword(wrap, 'pw');
  const db = new UserDatabase(`test-batch-${newId()}`);
  const disk = { writes: 0, full: false };
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  (db as unknown as { transaction: (...args: unknown[]) => Promise<unknown> }).transaction = (...args: unknown[]) => {
    if (args[0] === 'rw') {
      disk.writes += 1;
      if (disk.full || refuse(disk.writes)) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    }
    return transaction(...args);
  };
  const store = new UserStore(db, key);
  opened.push(store);
  return { store, db, disk };
}

afterEach(async () => {
  await heldWrites.retryNow();
  for (const store of opened.splice(0)) store.close();
});

/** Everything a change leaves: rows without their ciphertext, plus their decrypted records, and the outbox as pushed. */
async function snapshot(store: UserStore, db: UserDatabase) {
  const withoutCipher = <T extends { enc?: unknown }>(rows: T[]) => rows.map(({ enc, ...rest }) => ({ ...rest, encrypted: enc !== undefined }));
  const tables = ['candidates', 'attendance'] as const;
  const rows = Object.fromEntries(await Promise.all(tables.map(async (table) => [table, withoutCipher(await db.records(table).toArray())])));
  const records = Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await store.list(table)])));
  const outboxRows = withoutCipher(await db.outbox.orderBy('seq').toArray());
  const mutations = await store.readOutboxBatch(10_000);
  return { rows, records, outboxRows, mutations, nextSeq: (await db.syncState.get('nextSeq'))?.value };
}

function mixedChanges(): LocalChange[] {
  const [amina, bilal, chloe, dora] = [newId(), newId(), newId(), newId()];
  const session = newId();
  const rollCall = [newId(), newId()];
  return [
    { table: 'candidates', id: amina, siteId: 'site-1', op: 'put', fields: { firstName: 'Amina', phone: '0470 11 22 33' } },
    { table: 'candidates', id: bilal, siteId: 'site-1', op: 'put', fields: { firstName: 'Bilal', gender: 'M' } },
    { table: 'candidates', id: chloe, siteId: 'site-1', op: 'put', fields: { gender: 'F' } }, // refused: no first name
    { table: 'candidates', id: amina, op: 'put', fields: { lastName: 'Benali', phone: null } },
    { table: 'attendance', id: rollCall[0]!, siteId: 'site-1', op: 'put', fields: { sessionId: session, candidateId: amina, status: 'inscrit' } },
    { table: 'attendance', id: rollCall[1]!, siteId: 'site-1', op: 'put', fields: { sessionId: session, candidateId: bilal, status: 'inscrit' } },
    { table: 'attendance', id: rollCall[0]!, op: 'put', fields: { status: 'present', hours: 3 } },
    { table: 'candidates', id: dora, op: 'put', fields: { firstName: 'Dora' } }, // refused: an update of no record
    { table: 'candidates', id: bilal, siteId: 'site-2', op: 'put', fields: { notes: 'x' } }, // refused: another site
    { table: 'candidates', id: dora, siteId: 'site-1', op: 'put', fields: { firstName: 'Dora' } },
    { table: 'candidates', id: dora, op: 'delete' }, // created and deleted before a push
    { table: 'sites', id: newId(), siteId: 'site-1', op: 'put', fields: { name: 'x' } }, // refused: read-only table
    { table: 'attendance', id: rollCall[1]!, op: 'delete' },
  ];
}

async function oneByOne(store: UserStore, changes: readonly LocalChange[]) {
  const outcomes: string[] = [];
  for (const change of changes) {
    try {
      const siteId = change.siteId ?? (await store.get(change.table, change.id))?.siteId;
      const current = await store.get(change.table, change.id);
      if (change.siteId === undefined && (!current || current.deleted || !siteId)) throw new RecordNotFoundError(change.table, change.id);
      await store.write(change.table, change.id, siteId ?? '', change.op, change.fields);
      outcomes.push('ok');
    } catch (error) {
      outcomes.push((error as Error).name);
    }
  }
  return outcomes;
}

describe('batched local writes', () => {
  it('leave the rows and the outbox of the same changes written one by one, coalescing included', async () => {
    const changes = mixedChanges();
    const single = await openStore();
    const batched = await openStore();

    const singleOutcomes = await oneByOne(single.store, changes);
    const outcomes = await batched.store.writeMany(changes);
    expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.error.name))).toEqual(singleOutcomes);
    expect(outcomes[2]).toMatchObject({ ok: false, error: expect.any(InvalidRecordError) });
    expect(batched.disk.writes).toBe(1);

    const expected = await snapshot(single.store, single.db);
    const actual = await snapshot(batched.store, batched.db);
    expect(actual).toEqual(expected);
    expect(actual.mutations.map((mutation) => mutation.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);

    expect(await batched.store.coalesceOutbox()).toBe(await single.store.coalesceOutbox());
    expect(await snapshot(batched.store, batched.db)).toEqual(await snapshot(single.store, single.db));
  });

  it('give each change the record it leaves and the fields pending after the batch', async () => {
    const { store } = await openStore();
    const id = newId();
    const [created, updated] = await store.writeMany([
      { table: 'candidates', id, siteId: 'site-1', op: 'put', fields: { firstName: 'Amina' } },
      { table: 'candidates', id, op: 'put', fields: { lastName: 'Benali' } },
    ]);
    expect(created).toMatchObject({ ok: true, record: { id, siteId: 'site-1', rev: 0, data: { firstName: 'Amina' } } });
    expect(updated).toMatchObject({ ok: true, record: { data: { firstName: 'Amina', lastName: 'Benali' } } });
    expect(updated?.ok && updated.record.pendingFields.sort()).toEqual(['firstName', 'lastName']);
  });

  it('write any number of changes in one transaction, seqs following the ones already taken', async () => {
    const { store, db, disk } = await openStore();
    await store.write('candidates', newId(), 'site-1', 'put', { firstName: 'Before' });
    const changes: LocalChange[] = Array.from({ length: 1_203 }, (_, index) => ({
      table: 'candidates', id: newId(), siteId: 'site-1', op: 'put', fields: { firstName: `P${index}` },
    }));
    const writesBefore = disk.writes;
    await store.writeMany(changes);
    expect(disk.writes - writesBefore).toBe(1);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((row) => row.seq)).toEqual(Array.from({ length: changes.length + 1 }, (_, index) => index + 1));
    expect(outbox.slice(1).map((row) => row.id)).toEqual(changes.map((change) => change.id));
  });

  it('write all or nothing: a transaction that fails part-way leaves no record, no outbox row and no seq taken', async () => {
    const { store, db } = await openStore();
    const earlier = newId();
    await store.write('candidates', earlier, 'site-1', 'put', { firstName: 'Before' });
    const stateBefore = await db.syncState.toArray();
    // A row already holding the seq the batch's 550th outbox row will take: its bulkAdd fails after
    // the records were put, inside the same transaction (what a crash at that point would leave).
    await db.outbox.add({ seq: 2 + 550, table: 'candidates', id: 'planted', siteId: 'site-1', op: 'put', baseRev: 0, fieldNames: [] });
    const changes: LocalChange[] = [
      { table: 'candidates', id: earlier, op: 'put', fields: { lastName: 'Edited' } },
      ...Array.from({ length: 599 }, (_, index): LocalChange => ({ table: 'attendance', id: newId(), siteId: 'site-1', op: 'put', fields: { sessionId: 's-1', candidateId: earlier, status: index % 2 ? 'present' : 'inscrit' } })),
    ];
    await expect(store.writeMany(changes)).rejects.toThrow();

    expect(await db.records('attendance').count()).toBe(0);
    expect((await store.get('candidates', earlier))?.data).toEqual({ firstName: 'Before' });
    expect((await db.outbox.toArray()).map((row) => row.id)).toEqual([earlier, 'planted']);
    expect(await db.syncState.toArray()).toEqual(stateBefore);
    expect(heldWrites.getSnapshot().count).toBe(0);
  });

  it('refuse a whole group when one of its changes is refused, and write the other groups', async () => {
    const { store, db } = await openStore();
    const [kept, refused] = [newId(), newId()];
    const row = (candidateId: string, firstName: string | undefined, group: string): LocalChange[] => [
      { table: 'candidates', id: candidateId, siteId: 'site-1', op: 'put', fields: firstName ? { firstName } : { gender: 'F' }, group },
      { table: 'accompaniments', id: newId(), siteId: 'site-1', op: 'put', fields: { candidateId, metier: 'aide-menager', startDate: '2026-01-10', status: 'open' }, group },
    ];
    const outcomes = await store.writeMany([...row(refused, undefined, 'row-2'), ...row(kept, 'Amina', 'row-3')]);
    expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.error.name))).toEqual(['InvalidRecordError', 'GroupRefusedError', 'ok', 'ok']);
    expect(outcomes[1]).toMatchObject({ ok: false, error: expect.any(GroupRefusedError) });
    expect((await store.list('accompaniments')).map((record) => record.data.candidateId)).toEqual([kept]);
    expect((await db.outbox.orderBy('seq').toArray()).map((entry) => entry.seq)).toEqual([1, 2]);
  });

  it('lose nothing when storage is full: the whole batch is held as one write, later writes queue behind it, all land in order', async () => {
    const { store, db, disk } = await openStore((write) => write === 2);
    await store.write('candidates', newId(), 'site-1', 'put', { firstName: 'Before' });
    const changes: LocalChange[] = Array.from({ length: 700 }, (_, index) => ({
      table: 'candidates', id: newId(), siteId: 'site-1', op: 'put', fields: { firstName: `P${index}` },
    }));
    const outcomes = await store.writeMany(changes);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    const after = newId();
    await store.write('candidates', after, 'site-1', 'put', { firstName: 'After' });
    expect(await db.outbox.count()).toBe(1);
    expect(heldWrites.getSnapshot().count).toBe(2);

    disk.full = true;
    expect(await heldWrites.retryNow()).toBe(2);
    disk.full = false;
    expect(await heldWrites.retryNow()).toBe(0);

    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.slice(1).map((row) => row.id)).toEqual([...changes.map((change) => change.id), after]);
    expect(outbox.map((row) => row.seq)).toEqual(outbox.map((_, index) => index + 1));
    expect(await db.records('candidates').count()).toBe(changes.length + 2);
  });
});
