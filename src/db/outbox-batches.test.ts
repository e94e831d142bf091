// Taking a push batch and settling it (outbox.ts): one transaction marks a whole batch sent
// (`sentThrough`), and a taken row is never coalesced or changed afterwards, even after a lost
// answer or a renumbering; settlement removes exactly the answered rows.
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from './crypto';
import { UserStore } from './user-store';
import { UserDatabase } from './user-database';

const opened: UserStore[] = [];

async function openStore(): Promise<{ store: UserStore; db: UserDatabase }> {
  const key = await unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
  const db = new UserDatabase(`test-outbox-batches-${newId()}`);
  const store = new UserStore(db, key);
  opened.push(store);
  return { store, db };
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe('push batches', () => {
  it('takes the oldest rows within the count and the body budget, at least one', async () => {
    const { store } = await openStore();
    for (let index = 0; index < 3; index += 1) await store.write('candidates', newId(), 'site-1', 'put', { firstName: `N${index}`, notes: 'x'.repeat(2_000) });
    // Each row weighs about 2,350 bytes on the wire (fields + envelope).
    expect((await store.takeOutboxBatch(10, 100)).map((mutation) => mutation.seq)).toEqual([1]);
    expect((await store.takeOutboxBatch(10, 5_000)).map((mutation) => mutation.seq)).toEqual([1, 2]);
    expect((await store.takeOutboxBatch(2, 1_000_000)).map((mutation) => mutation.seq)).toEqual([1, 2]);
    // The batch after one still being settled starts after its last seq.
    expect((await store.takeOutboxBatch(10, 1_000_000, 2)).map((mutation) => mutation.seq)).toEqual([3]);
    const all = await store.takeOutboxBatch(10, 1_000_000);
    expect(all.map((mutation) => mutation.seq)).toEqual([1, 2, 3]);
    expect(all[2]?.fields).toMatchObject({ firstName: 'N2', notes: 'x'.repeat(2_000) });
  });

  it('never coalesces a taken row, even when its answer was lost', async () => {
    const { store, db } = await openStore();
    const id = newId();
    await store.write('candidates', id, 'site-1', 'put', { firstName: 'Amina' });
    const taken = await store.takeOutboxBatch(10, 1_000_000);
    // The answer never came: a later edit of the same record is a row of its own.
    await store.write('candidates', id, 'site-1', 'put', { lastName: 'Benali' });
    await store.write('candidates', id, 'site-1', 'put', { notes: 'Rappeler' });
    expect(await store.coalesceOutbox()).toBe(1);
    const again = await store.takeOutboxBatch(10, 1_000_000);
    expect(again[0]).toEqual(taken[0]);
    expect(again.slice(1).map((mutation) => [mutation.seq, mutation.fields])).toEqual([[2, { lastName: 'Benali', notes: 'Rappeler' }]]);
    expect(await db.outbox.count()).toBe(2);
  });

  it('keeps taken rows taken through a renumbering after a seq gap', async () => {
    const { store } = await openStore();
    const id = newId();
    await store.write('candidates', id, 'site-1', 'put', { firstName: 'Amina' });
    await store.takeOutboxBatch(10, 1_000_000);
    await store.renumberOutbox(41);
    await store.write('candidates', id, 'site-1', 'put', { lastName: 'Benali' });
    expect(await store.coalesceOutbox()).toBe(0);
    expect((await store.takeOutboxBatch(10, 1_000_000)).map((mutation) => [mutation.seq, mutation.fields])).toEqual([
      [41, { firstName: 'Amina' }],
      [42, { lastName: 'Benali' }],
    ]);
  });

  it('settles exactly the answered rows, whether they fill a range or not', async () => {
    const { store, db } = await openStore();
    for (let index = 0; index < 5; index += 1) await store.write('candidates', newId(), 'site-1', 'put', { firstName: `N${index}` });
    const batch = await store.takeOutboxBatch(3, 1_000_000);
    // Seq 2 unanswered: the rows around it go, it stays, and so do the rows not taken.
    await store.settlePushResults(batch, [
      { seq: 1, status: 'applied', rev: 10 },
      { seq: 3, status: 'applied', rev: 11 },
    ]);
    expect(await db.outbox.orderBy('seq').primaryKeys()).toEqual([2, 4, 5]);
    const next = await store.takeOutboxBatch(10, 1_000_000);
    await store.settlePushResults(next, next.map((mutation, index) => ({ seq: mutation.seq, status: 'applied' as const, rev: 20 + index })));
    expect(await store.pendingCount()).toBe(0);
  });
});
