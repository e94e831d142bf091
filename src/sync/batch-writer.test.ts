// Workspace.writeBatch over the real encrypted store: changes of several tables in one
// transaction, a row's group refused together, refusals in the screens' error types.
import { afterEach, describe, expect, it } from 'vitest';
import { GroupRefusedError } from '../db/batched-writes';
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from '../db/crypto';
import { UserDatabase } from '../db/user-database';
import { UserStore } from '../db/user-store';
import { newId } from '../domain/ids';
import { createBatchWriter } from './repository';
import { RecordValidationError, type BatchChange } from './workspace';

const opened: UserStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

async function openStore() {
  const key = await unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
  const db = new UserDatabase(`test-batch-writer-${newId()}`);
  const transactions = { rw: 0 };
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  (db as unknown as { transaction: (...args: unknown[]) => Promise<unknown> }).transaction = (...args: unknown[]) => {
    if (args[0] === 'rw') transactions.rw += 1;
    return transaction(...args);
  };
  const store = new UserStore(db, key);
  opened.push(store);
  return { store, db, transactions };
}

function importedRow(group: string, firstName: string | undefined): BatchChange[] {
  const candidateId = newId();
  return [
    { table: 'candidates', id: candidateId, siteId: 'site-1', op: 'put', fields: firstName ? { firstName } : { gender: 'F' }, group },
    { table: 'spocActions', id: newId(), siteId: 'site-1', op: 'put', fields: { date: '2026-01-10', kind: 'individuelle', candidateIds: [candidateId] }, group },
    { table: 'accompaniments', id: newId(), siteId: 'site-1', op: 'put', fields: { candidateId, metier: 'aide-menager', startDate: '2026-01-10', status: 'open' }, group },
  ];
}

describe('Workspace.writeBatch', () => {
  it('writes the changes of several tables in one transaction, a refused row wholly refused, and tells the sync status once', async () => {
    const { store, db, transactions } = await openStore();
    let told = 0;
    const writeBatch = createBatchWriter(store, () => (told += 1));
    const changes = [...importedRow('row-2', 'Amina'), ...importedRow('row-3', undefined), ...importedRow('row-4', 'Bilal')];
    const outcomes = await writeBatch(changes);

    expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.error.name))).toEqual(['ok', 'ok', 'ok', 'RecordValidationError', 'GroupRefusedError', 'GroupRefusedError', 'ok', 'ok', 'ok']);
    expect(outcomes[3]).toMatchObject({ ok: false, error: expect.any(RecordValidationError) });
    expect(outcomes[4]).toMatchObject({ ok: false, error: expect.any(GroupRefusedError) });
    expect(transactions.rw).toBe(1);
    expect(told).toBe(1);
    expect((await store.list('candidates')).map((record) => record.data.firstName).sort()).toEqual(['Amina', 'Bilal']);
    expect(await store.list('spocActions')).toHaveLength(2);
    expect(await store.list('accompaniments')).toHaveLength(2);
    expect((await db.outbox.orderBy('seq').toArray()).map((row) => row.table)).toEqual(['candidates', 'spocActions', 'accompaniments', 'candidates', 'spocActions', 'accompaniments']);
  });

  it('writes nothing and tells nobody for an empty batch', async () => {
    const { store, transactions } = await openStore();
    let told = 0;
    expect(await createBatchWriter(store, () => (told += 1))([])).toEqual([]);
    expect({ rw: transactions.rw, told }).toEqual({ rw: 0, told: 0 });
  });
});
