// A write that fails because the tablet's storage is full is kept in memory, in order, and written
// when a retry finds space again; nothing is lost and nothing is written half.
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from './crypto';
import { heldWrites, isQuotaError } from './held-writes';
import { UserStore } from './user-store';
import { UserDatabase } from './user-database';

const opened: UserStore[] = [];

/** A database whose write transactions throw QuotaExceededError while `full` is true (the fake). */
async function openFullableStore() {
  const wrap = await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000);
  const key = await unwrapWithPassword(wrap, 'pw');
  const db = new UserDatabase(`test-quota-${newId()}`);
  const disk = { full: false, refusals: 0 };
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  (db as unknown as { transaction: (...args: unknown[]) => Promise<unknown> }).transaction = (...args: unknown[]) => {
    if (args[0] === 'rw' && disk.full) {
      disk.refusals += 1;
      return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
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

describe('writes refused for quota', () => {
  it('keeps the change in memory, says how many wait, and writes it once space is back', async () => {
    const { store, db, disk } = await openFullableStore();
    const id = newId();
    disk.full = true;

    const record = await store.write('candidates', id, 'site-1', 'put', { firstName: 'Amélie', gender: 'F' });
    expect(record.data).toEqual({ firstName: 'Amélie', gender: 'F' });
    expect(disk.refusals).toBe(1);
    expect(heldWrites.getSnapshot().count).toBe(1);
    expect(await db.records('candidates').count()).toBe(0);

    // Still full: the retry fails, the change stays held.
    expect(await heldWrites.retryNow()).toBe(1);

    disk.full = false;
    expect(await heldWrites.retryNow()).toBe(0);
    expect(heldWrites.getSnapshot().count).toBe(0);
    expect((await store.get('candidates', id))?.data).toEqual({ firstName: 'Amélie', gender: 'F' });
    expect(await store.readOutboxBatch(10)).toEqual([expect.objectContaining({ table: 'candidates', id, fields: { firstName: 'Amélie', gender: 'F' } })]);
  });

  it('queues later changes behind held ones and replays them in order', async () => {
    const { store, disk } = await openFullableStore();
    const id = newId();
    await store.write('candidates', id, 'site-1', 'put', { firstName: 'Amina', phone: '0470 11 22 33' });
    disk.full = true;
    await store.write('candidates', id, 'site-1', 'put', { lastName: 'Benali' });
    disk.full = false;
    // Space is back, but an earlier change waits: this one must not overtake it.
    await store.write('candidates', id, 'site-1', 'put', { lastName: 'Benali-Haddad', phone: null });
    expect(heldWrites.getSnapshot().count).toBe(2);

    expect(await heldWrites.retryNow()).toBe(0);
    expect((await store.get('candidates', id))?.data).toEqual({ firstName: 'Amina', lastName: 'Benali-Haddad' });
    expect((await store.readOutboxBatch(10)).map((mutation) => mutation.fields)).toEqual([
      { firstName: 'Amina', phone: '0470 11 22 33' },
      { lastName: 'Benali' },
      { lastName: 'Benali-Haddad', phone: null },
    ]);
  });

  it('does not hold writes refused for other reasons', async () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'DataCloneError'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});
