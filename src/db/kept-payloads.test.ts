// The candidates' payloads kept between sessions (kept-payloads.ts): a new session reads them in a
// few decryptions, a row changed since is read from its row, and an erased person leaves no trace
// in the database, decrypted or not, kept chunks included (the attack: a copy of the database and
// the data key).
import { describe, expect, it, vi } from 'vitest';
import { newId } from '../domain/ids';
import { KEPT_CHUNKS, keepPayloads, keptChunkKeys, keptPayloadsSettled } from './kept-payloads';
import type { DecryptedRecord } from './store-context';
import type { UserDatabase } from './user-database';
import type { UserStore } from './user-store';
import { devicesClosedAfterEach, everythingReadable, pulledCandidate, pulledState } from './test-support/database-scan';

const state = pulledState;
const candidate = pulledCandidate;
const device = devicesClosedAfterEach('test-kept');



/** The candidates as the full watch delivers them (which is what keeps them), and the save after. */
async function watchedCandidates(store: UserStore, ctx: { db: UserDatabase; key: CryptoKey }, count: number): Promise<DecryptedRecord[]> {
  const records = await new Promise<DecryptedRecord[]>((resolve, reject) => {
    const stop = store.watch(
      'candidates',
      (list) => {
        if (list.length !== count) return;
        stop();
        resolve(list);
      },
      reject,
    );
  });
  await keptPayloadsSettled(ctx, 'candidates');
  return records;
}



describe('payloads kept between sessions', () => {
  it('opens a new session with one decryption per chunk, and the same records', async () => {
    const tablet = await device();
    const first = await tablet.session();
    const pulled = Array.from({ length: 60 }, (_, at) => candidate(newId(), at + 1, { firstName: `Prénom${at}`, lastName: 'Dupont', phone: `04701234${at}` }));
    await first.store.applyPulledPage(pulled, state(60));
    const before = await watchedCandidates(first.store, first.ctx, 60);
    const chunks = await keptChunkKeys(first.db);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThanOrEqual(KEPT_CHUNKS);
    // Nothing of them in clear on the disk: the chunks are payloads like the rows.
    for (const row of await first.db.syncState.toArray()) expect(JSON.stringify(row)).not.toContain('Prénom');
    first.store.close();

    const second = await tablet.session();
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    const after = await watchedCandidates(second.store, second.ctx, 60);
    expect(decrypt.mock.calls.length).toBe(chunks.length);
    const byId = (list: DecryptedRecord[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(after)).toEqual(byId(before));
  });

  it('reads a row changed since from the row, and keeps the change for the next session', async () => {
    const tablet = await device();
    const first = await tablet.session();
    const id = newId();
    await first.store.applyPulledPage([candidate(id, 1, { firstName: 'Ancien', lastName: 'Nom' }), candidate(newId(), 2, { firstName: 'Autre', lastName: 'Nom' })], state(2));
    await watchedCandidates(first.store, first.ctx, 2);
    first.store.close();

    // Another session changes the row without reading the list (the kept chunk is now stale).
    const between = await tablet.session();
    await between.store.applyPulledPage([candidate(id, 3, { firstName: 'Nouveau', lastName: 'Nom' })], state(3));
    between.store.close();

    const third = await tablet.session();
    const records = await watchedCandidates(third.store, third.ctx, 2);
    expect(records.find((record) => record.id === id)?.data.firstName).toBe('Nouveau');
    const text = await everythingReadable(third.db, third.key);
    expect(text).toContain('Nouveau');
    expect(text).not.toContain('Ancien');
  });

  it('leaves no trace of an erased person in the database, decrypted or not, kept chunks included', async () => {
    const tablet = await device();
    const { store, db, key, ctx } = await tablet.session();
    const erased = newId();
    const others = Array.from({ length: 20 }, (_, at) => candidate(newId(), at + 2, { firstName: `Autre${at}`, lastName: 'Martin' }));
    await store.applyPulledPage([candidate(erased, 1, { firstName: 'Zénobie', lastName: 'Quartzmann', phone: '0470999888' }), ...others], state(21));
    await watchedCandidates(store, ctx, 21);
    // Control: before the erasure the scan does find the name, in its row and in a kept chunk.
    const before = await everythingReadable(db, key);
    expect(before.split('Quartzmann').length - 1).toBe(2);

    // A full read made before the erasure lands, kept after it: its save must not bring the name back.
    const readBefore = await db.records('candidates').toArray();
    await store.applyPulledPage([candidate(erased, 30, { gender: 'F', erased: true })], state(30));
    keepPayloads(ctx, 'candidates', readBefore, []);
    await keptPayloadsSettled(ctx, 'candidates');
    const afterErasure = await everythingReadable(db, key);
    expect(afterErasure).not.toContain('Quartzmann');
    expect(afterErasure).not.toContain('Zénobie');
    expect(afterErasure).not.toContain('0470999888');

    // The next full read keeps everyone again, still without them.
    await watchedCandidates(store, ctx, 21);
    expect(await keptChunkKeys(db)).not.toHaveLength(0);
    const later = await everythingReadable(db, key);
    expect(later).toContain('Autre3');
    expect(later).not.toContain('Quartzmann');
  });

  it('gives a new session the whole kept list without reading the rows, and none once a chunk is gone', async () => {
    const tablet = await device();
    const first = await tablet.session();
    const erased = newId();
    await first.store.applyPulledPage([candidate(erased, 1, { firstName: 'Eva', lastName: 'Gone' }), candidate(newId(), 2, { firstName: 'Ana', lastName: 'Stays' })], state(2));
    const watched = await watchedCandidates(first.store, first.ctx, 2);
    first.store.close();

    const second = await tablet.session();
    const read = vi.spyOn(second.db.records('candidates'), 'toArray');
    const kept = await second.store.keptList('candidates');
    expect(read).not.toHaveBeenCalled();
    const byId = (list: readonly DecryptedRecord[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(kept ?? [])).toEqual(byId(watched));
    await second.store.applyPulledPage([candidate(erased, 3, { erased: true })], state(3));
    second.store.close();

    // The erasure deleted a chunk: the next session has no kept list until the rows are read again.
    const third = await tablet.session();
    expect(await third.store.keptList('candidates')).toBeUndefined();
  });

  it('gives no kept list holding a file moved away, even when the app closed before the next save', async () => {
    const tablet = await device();
    const first = await tablet.session();
    const moved = newId();
    await first.store.applyPulledPage([candidate(moved, 1, { firstName: 'Transféré', lastName: 'Ailleurs' }), candidate(newId(), 2, { firstName: 'Ana', lastName: 'Stays' })], state(2));
    await watchedCandidates(first.store, first.ctx, 2);
    first.store.close();

    // The transfer's tombstone arrives; the app closes before any read keeps the list again.
    const second = await tablet.session();
    await second.store.applyPulledPage([{ ...candidate(moved, 3, {}), deleted: true }], state(3));
    second.store.close();

    const third = await tablet.session();
    const kept = await third.store.keptList('candidates');
    expect((kept ?? []).map((record) => record.id)).not.toContain(moved);
    expect(await everythingReadable(third.db, third.key)).not.toContain('Transféré');
  });

  it('drops every kept chunk when the sites change', async () => {
    const tablet = await device();
    const { store, db, ctx } = await tablet.session();
    await store.applyPulledPage([candidate(newId(), 1, { firstName: 'Site', lastName: 'Un' })], state(1));
    await watchedCandidates(store, ctx, 1);
    expect(await keptChunkKeys(db)).toHaveLength(KEPT_CHUNKS);
    await store.resetForSites(['site-2']);
    expect(await keptChunkKeys(db)).toHaveLength(0);
  });
});
