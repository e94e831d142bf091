// Property test of attachments through sync (docs/attachments.md): three tablets (real encrypted
// stores, engines and attachment queues, one adviser each) against the REAL server on SQLite and
// PostgreSQL, through a fault-injecting fetch: requests lost before the server, answers lost after it
// committed, duplicated requests, chunks sent in reverse order, offline periods, a person erased,
// and a backup + restore with a new epoch. Once every fault is off and every tablet has synced:
// no attachment lost (every live one is on the server with its bytes and reaches every tablet),
// none duplicated, and nothing of an erased person's attachments left on the server or a tablet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../../server/app';
import { createSite, createUser } from '../../server/admin/accounts';
import { hashPassword } from '../../server/auth/passwords';
import { issueToken } from '../../server/auth/tokens';
import { renewServerEpoch } from '../../server/db/meta';
import { sweepAttachments } from '../../server/attachments/erasure';
import type { Database } from '../../server/db/schema';
import { ATTACHMENT_CHUNK_BYTES } from '../../src/domain/attachments';
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from '../../src/db/crypto';
import { createAttachmentByteStore, type AttachmentByteStore } from '../../src/db/attachment-bytes';
import { UserDatabase } from '../../src/db/user-database';
import { UserStore } from '../../src/db/user-store';
import { createAttachments, sha256Hex, type Attachments } from '../../src/sync/attachments';
import { createAttachmentBytesApi, type AttachmentBytesApi } from '../../src/sync/attachments-api';
import { createSyncEngine, type ClientSyncEngine } from '../../src/sync/engine';
import { createRepository } from '../../src/sync/repository';
import { createHttpTransport } from '../../src/sync/transport';
import { propertyRuns } from '../../src/sync/testing/property-runs';
import { faultyFetch, noFaults } from '../support/faulty-fetch';
import { testDatabases, type TestDatabase } from '../support/postgres';

const DEVICES = 3;
const BACKED_UP = [
  'records',
  'counters',
  'clients',
  'mutation_results',
  'conflicts',
  'attachment_blobs',
  'attachment_sites',
  'attachment_uploads',
  'attachment_chunks',
] as const satisfies readonly (keyof Database)[];
/** Mostly one short chunk (cheap), sometimes two chunks (cut between them, resumed, reordered). */
const SIZES = [3000, 4000, 5000, 6000, 7000, 8000, ATTACHMENT_CHUNK_BYTES + 17];

type Fault = 'dropBefore' | 'dropAfter' | 'duplicate' | 'reverse';
const device = fc.nat(DEVICES - 1);
const command = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('add' as const), device, size: fc.nat(SIZES.length - 1), person: fc.boolean(), seed: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), device, pick: fc.nat(5) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('sync' as const), device }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('fetch' as const), device, pick: fc.nat(5) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('fault' as const), device, fault: fc.constantFrom<Fault>('dropBefore', 'dropAfter', 'duplicate', 'reverse'), times: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('offline' as const), device, offline: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('backup' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const) }) },
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

interface Tablet {
  store: UserStore;
  bytes: AttachmentByteStore;
  attachments: Attachments;
  engine: ClientSyncEngine;
  /** The SHA-256 of every attachment's bytes the tablet keeps. */
  heldHashes(): Promise<string[]>;
  close(): void;
}

/** Bytes with a JPEG's magic number, distinct per (run, seed, size) unless the seed repeats (dedup). */
function photoBytes(run: number, seed: number, size: number): ArrayBuffer {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) bytes[index] = (index * 31 + seed * 7 + run) & 0xff;
  bytes.set([0xff, 0xd8, 0xff, 0xe0, seed, run & 0xff], 0);
  return bytes.buffer;
}

describe.each(testDatabases())('attachments through sync, with faults ($name)', (target: TestDatabase) => {
  let run = 0;

  async function world() {
    const fresh = await target.create();
    const server = await buildServer({ databaseUrl: fresh.url });
    await createSite(server.db, { id: 'site-a', name: 'Mission Locale A', kind: 'mission-locale', communeCode: 'schaerbeek' });
    const passwordHash = await hashPassword('correct horse battery');
    const tokens: string[] = [];
    for (let i = 0; i < DEVICES; i++) {
      const id = await createUser(server.db, { email: `a${i}@test.vdc.brussels`, password: 'unused-here', passwordHash, name: `a${i}`, role: 'adviser', siteIds: ['site-a'] });
      tokens.push((await issueToken(server.db, id, undefined, 1)).token);
    }
    const adminId = await createUser(server.db, { email: 'admin@test.vdc.brussels', password: 'unused-here', passwordHash, name: 'admin', role: 'admin', siteIds: [] });
    const admin = (await issueToken(server.db, adminId, undefined, 1)).token;
    return { fresh, server, tokens, admin };
  }

  async function openTablet(name: string, fetchFor: typeof fetch, token: string, reverse: () => boolean): Promise<Tablet> {
    const key = await unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
    const store = new UserStore(new UserDatabase(name), key);
    const bytesDb = new UserDatabase(name);
    const bytes = createAttachmentByteStore(bytesDb, key);
    const raw = createAttachmentBytesApi({ baseUrl: 'http://sync.test', fetch: fetchFor, getToken: () => token });
    // "Reorder": the chunks the server asks for are sent last first.
    const api: AttachmentBytesApi = {
      ...raw,
      start: async (hash, request) => {
        const state = await raw.start(hash, request);
        return reverse() ? { ...state, missing: [...state.missing].reverse() } : state;
      },
    };
    const attachments = createAttachments({ repo: createRepository('attachments', store, () => {}), store: bytes, api, serverEpoch: async () => (await store.syncState()).serverEpoch });
    const syncApi = createHttpTransport({ baseUrl: 'http://sync.test', fetch: fetchFor }).api(() => token);
    const engine = createSyncEngine({
      store,
      api: syncApi,
      connectivity: { isOnline: () => true, onOnline: () => () => {} },
      afterSync: () => attachments.afterSync(),
      pushBatchSize: 3,
      pullLimit: 5,
    });
    return {
      store,
      bytes,
      attachments,
      engine,
      heldHashes: async () => (await bytesDb.attachmentBytes.toCollection().primaryKeys()).map(String),
      close: () => {
        engine.stop();
        store.close();
        bytesDb.close();
      },
    };
  }

  async function runScenario(commands: Command[]): Promise<void> {
    run++;
    const { fresh, server, tokens, admin } = await world();
    const faults = Array.from({ length: DEVICES }, () => ({ ...noFaults(), reverse: 0 }));
    /** The bytes of every attachment added, by record id: what every tablet must be able to read back. */
    const added = new Map<string, Uint8Array>();
    let backup: Record<string, unknown[]> | undefined;
    let person = crypto.randomUUID();
    const erased: string[] = [];
    /** Removed by a tablet, then a restore: other tablets may send back their live copy of the record. */
    const removed = new Set<string>();
    const removedThenRestored = new Set<string>();

    const inject = (url: string, init: RequestInit | undefined, token: string) => {
      const body = init?.body;
      const binary = body instanceof Uint8Array;
      return server.app.inject({
        method: (init?.method ?? 'GET') as 'GET',
        url,
        headers: { authorization: `Bearer ${token}`, 'content-type': binary ? 'application/octet-stream' : 'application/json' },
        ...(body ? { payload: binary ? Buffer.from(body) : String(body) } : {}),
      });
    };

    const tablets: Tablet[] = [];
    for (let i = 0; i < DEVICES; i++) {
      const fault = faults[i]!;
      const token = tokens[i]!;
      const fetchOf = faultyFetch({ faults: fault, send: (url, init) => inject(url, init, token) });
      tablets.push(await openTablet(`att-prop-${target.name}-${run}-${i}`, fetchOf, token, () => fault.reverse-- > 0));
    }
    const syncAll = async (rounds: number) => {
      for (let round = 0; round < rounds; round++) for (const tablet of tablets) await tablet.engine.syncNow();
    };

    try {
      // The person the photos are about, known to every tablet.
      await tablets[0]!.store.write('candidates', person, 'site-a', 'put', { firstName: 'Ŋadia', lastName: 'Photo' });
      await syncAll(1);

      for (const step of commands) {
        switch (step.kind) {
          case 'add': {
            const tablet = tablets[step.device]!;
            const local = await tablet.store.get('candidates', person);
            const about = step.person && local && !local.deleted && local.data.erased !== true ? person : undefined;
            const bytes = photoBytes(run, step.seed, SIZES[step.size]!);
            const record = await tablet.attachments.add({ siteId: 'site-a', bytes, mediaType: 'image/jpeg', ownerTable: 'observations', ownerId: crypto.randomUUID(), ...(about ? { candidateId: about } : {}) });
            added.set(record.id, new Uint8Array(bytes));
            break;
          }
          case 'remove': {
            const tablet = tablets[step.device]!;
            const live = (await tablet.store.list('attachments')).filter((record) => !record.deleted).sort((a, b) => (a.id < b.id ? -1 : 1));
            const picked = live[step.pick % Math.max(live.length, 1)];
            if (picked) await tablet.attachments.remove(picked.id);
            if (picked) removed.add(picked.id);
            break;
          }
          case 'sync':
            await tablets[step.device]!.engine.syncNow();
            break;
          case 'fetch': {
            const tablet = tablets[step.device]!;
            const live = (await tablet.store.list('attachments')).filter((record) => !record.deleted).sort((a, b) => (a.id < b.id ? -1 : 1));
            const picked = live[step.pick % Math.max(live.length, 1)];
            if (!picked) break;
            const bytes = await tablet.attachments.bytesOf({ siteId: picked.siteId, data: { sha256: picked.data.sha256 as string } });
            // Whatever it gets (it may be offline or early), it is never wrong bytes.
            if (bytes) expect(await sha256Hex(bytes)).toBe(picked.data.sha256);
            break;
          }
          case 'fault':
            faults[step.device]![step.fault] += step.times;
            break;
          case 'offline':
            faults[step.device]!.offline = step.offline;
            break;
          case 'erase': {
            const answer = await server.app.inject({ method: 'POST', url: `/api/candidates/${person}/erase`, headers: { authorization: `Bearer ${admin}` } });
            if (answer.statusCode !== 200) break; // not pushed yet: nothing to erase
            erased.push(person);
            // A restore to before an erasure would bring the person back: the procedure re-runs erasures after a restore.
            backup = undefined;
            person = crypto.randomUUID();
            await tablets[0]!.store.write('candidates', person, 'site-a', 'put', { firstName: 'Zoë', lastName: 'Photo' });
            break;
          }
          case 'backup': {
            backup = {};
            for (const table of BACKED_UP) backup[table] = await server.db.selectFrom(table).selectAll().execute();
            break;
          }
          case 'restore': {
            if (!backup) break;
            const saved = backup;
            await server.db.transaction().execute(async (trx) => {
              for (const table of BACKED_UP) await trx.deleteFrom(table).execute();
              for (const table of BACKED_UP) {
                const rows = saved[table]!;
                for (let start = 0; start < rows.length; start += 50) await trx.insertInto(table).values(rows.slice(start, start + 50) as never).execute();
              }
            });
            await renewServerEpoch(server.db);
            for (const id of removed) removedThenRestored.add(id);
            break;
          }
        }
      }

      for (const fault of faults) Object.assign(fault, { ...noFaults(), reverse: 0 });
      await syncAll(4);

      const serverRows = await server.db.selectFrom('records').select(['id', 'deleted', 'data']).where('table_name', '=', 'attachments').execute();
      const liveOnServer = serverRows.filter((row) => Number(row.deleted) === 0).map((row) => ({ id: row.id, data: JSON.parse(row.data) as { sha256: string; candidateId?: string } }));
      const liveIds = liveOnServer.map((row) => row.id).sort();

      // Not duplicated: one record per attachment added, and one blob per content.
      expect(new Set(serverRows.map((row) => row.id)).size).toBe(serverRows.length);
      for (const id of liveIds) expect(added.has(id)).toBe(true);
      // Nothing left behind after erasure: no live attachment names an erased person.
      for (const row of liveOnServer) expect(erased).not.toContain(row.data.candidateId);

      // Every tablet holds exactly the server's live attachments, nothing queued, and can read each one back.
      for (const tablet of tablets) {
        expect(tablet.engine.getStatus()).toMatchObject({ phase: 'idle', pending: 0 });
        const local = (await tablet.store.list('attachments')).filter((record) => !record.deleted).map((record) => record.id).sort();
        expect(local).toEqual(liveIds);
        expect(await tablet.bytes.pendingUploads()).toEqual([]);
        for (const row of liveOnServer) {
          const bytes = await tablet.attachments.bytesOf({ siteId: 'site-a', data: { sha256: row.data.sha256 } });
          // Known limit (docs/attachments.md, "Known gaps"): a restore may bring back a record a
          // tablet had deleted (another tablet sends its live copy again), whose bytes every tablet
          // had already dropped. Any other attachment without its bytes is lost: a failure.
          if (!bytes && removedThenRestored.has(row.id)) continue;
          expect(bytes && new Uint8Array(bytes)).toEqual(added.get(row.id));
        }
      }

      // The server keeps exactly the bytes the live attachments name once its daily pass has run
      // (erasure removes them at once; a plain delete waits for that pass): none missing, none left over.
      await sweepAttachments(server.database);
      const liveHashes = [...new Set(liveOnServer.map((row) => row.data.sha256))].sort();
      const held = await server.db.selectFrom('attachment_sites').select(['site_id', 'sha256']).execute();
      const resurrectedWithoutBytes = liveOnServer.filter((row) => removedThenRestored.has(row.id) && !held.some((site) => site.sha256 === row.data.sha256)).map((row) => row.data.sha256);
      expect(held.map((row) => row.sha256).sort()).toEqual(liveHashes.filter((hash) => !resurrectedWithoutBytes.includes(hash)));
      const blobs = await server.db.selectFrom('attachment_blobs').select('sha256').execute();
      for (const blob of blobs) expect(liveHashes).toContain(blob.sha256);
      expect(await server.db.selectFrom('attachment_chunks').select('n').execute()).toEqual([]);
      // And no tablet keeps the bytes of an attachment that is gone (removed or erased).
      for (const tablet of tablets) for (const hash of await tablet.heldHashes()) expect(liveHashes).toContain(hash);
    } finally {
      for (const tablet of tablets) tablet.close();
      await server.close();
      await fresh.drop();
    }
  }

  // Replay a failure: ATTACHMENT_PROPERTY_SEED=<seed> ATTACHMENT_PROPERTY_PATH=<path>; ATTACHMENT_PROPERTY_RUNS=<n>.
  const runs = propertyRuns('ATTACHMENT_PROPERTY', target.name === 'postgres' ? 4 : 6);
  it('no attachment lost, duplicated, or left behind after erasure', async () => {
    await fc.assert(fc.asyncProperty(fc.array(command, { minLength: 10, maxLength: 24 }), runScenario), { ...runs.options, endOnFailure: true, verbose: 1 });
  }, runs.testTimeout);
});
