// An administrator removes a site from an adviser (docs/sync-protocol.md, "siteIds change"): the
// adviser's device, at its next sync, sees other `siteIds` in the pull, drops the records of the
// removed site, pulls again from 0, and keeps its unsent outbox rows: those of the sites it keeps
// are sent normally, one of the removed site comes back rejected forbidden_site, kept for attention.
// The real server over HTTP, on SQLite and PostgreSQL.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type BuiltServer } from '../../server/app';
import { createSite, createUser, updateUserSites } from '../../server/admin/accounts';
import { readRecord } from '../../server/db/records';
import { signIn } from '../../src/sync/session';
import { createHttpTransport } from '../../src/sync/transport';
import type { Workspace } from '../../src/sync/workspace';
import { testDatabases, type FreshDatabase } from '../support/postgres';
import { NETWORK_SITE_ID } from '../../src/domain/metiers/catalogue';
import { METIER_SEED } from '../../src/domain/metiers/seed';

const PASSWORD = 'correct horse battery';

describe.each(testDatabases())('an adviser loses a site ($name)', (target) => {
  let fresh: FreshDatabase;
  let server: BuiltServer;
  let apiBase: string;
  const workspaces: Workspace[] = [];

  beforeAll(async () => {
    fresh = await target.create();
    server = await buildServer({ databaseUrl: fresh.url });
    await createSite(server.db, { id: 'site-a', name: 'Mission Locale A', kind: 'mission-locale', communeCode: 'schaerbeek' });
    await createSite(server.db, { id: 'site-b', name: 'Mission Locale B', kind: 'mission-locale', communeCode: 'ixelles' });
    await createUser(server.db, { email: 'ana@test.vdc.brussels', password: PASSWORD, name: 'Ana', role: 'adviser', siteIds: ['site-a', 'site-b'] });
    await createUser(server.db, { email: 'bea@test.vdc.brussels', password: PASSWORD, name: 'Bea', role: 'adviser', siteIds: ['site-b'] });
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    apiBase = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const workspace of workspaces) await workspace.signOut().catch(() => undefined);
    await server?.close();
    await fresh?.drop();
  });

  async function deviceSignIn(name: string, fetchImpl?: typeof fetch): Promise<Workspace> {
    const outcome = await signIn({
      email: `${name}@test.vdc.brussels`,
      password: PASSWORD,
      pbkdf2Iterations: 1_000,
      directoryName: `it-directory-${name}-${crypto.randomUUID()}`,
      transport: createHttpTransport({ baseUrl: apiBase, fetch: fetchImpl }),
    });
    if (!outcome.ok) throw new Error(`sign-in of ${name} failed: ${outcome.reason}`);
    workspaces.push(outcome.workspace);
    return outcome.workspace;
  }

  const sitesOf = async (workspace: Workspace) => [...new Set((await workspace.repo('candidates').list()).map((record) => record.siteId))].sort();

  it('drops the removed site, pulls again from 0, keeps the pending rows, and the removed site’s row is rejected', async () => {
    // While the next pull runs, the adviser keeps working: these rows are pending during the reset.
    let duringPull: (() => Promise<void>) | undefined;
    const pullCursors: number[] = [];
    const hooked: typeof fetch = async (input, init) => {
      const pull = /\/api\/sync\/pull\?cursor=(\d+)/.exec(String(input));
      if (pull) pullCursors.push(Number(pull[1]));
      if (duringPull && String(input).includes('/api/sync/pull')) {
        const work = duringPull;
        duringPull = undefined;
        await work();
      }
      return fetch(input, init);
    };
    const ana = await deviceSignIn('ana', hooked);
    const bea = await deviceSignIn('bea');

    // Records of both sites, some written by ana, one by a colleague of site B.
    const keptA = await ana.repo('candidates').create('site-a', { firstName: 'Amina' });
    const goneB = await ana.repo('candidates').create('site-b', { firstName: 'Bruno' });
    const colleagueB = await bea.repo('candidates').create('site-b', { firstName: 'Chloé' });
    await bea.sync.syncNow();
    expect(await ana.sync.syncNow()).toMatchObject({ phase: 'idle', pending: 0, needsAttention: 0 });
    expect(await sitesOf(ana)).toEqual(['site-a', 'site-b']);
    expect(await ana.repo('candidates').get(colleagueB.id)).toBeDefined();

    // Offline work on both sites, not sent yet.
    await ana.repo('candidates').update(goneB.id, { lastName: 'Bernard' });
    await ana.repo('candidates').update(keptA.id, { lastName: 'Benali' });

    // An administrator removes site B from ana; the users record goes through the rev counter.
    const before = await server.db.selectFrom('counters').select('value').where('name', '=', 'rev').executeTakeFirstOrThrow();
    await updateUserSites(server.db, 'ana@test.vdc.brussels', ['site-a']);
    const after = await server.db.selectFrom('counters').select('value').where('name', '=', 'rev').executeTakeFirstOrThrow();
    expect(Number(after.value)).toBe(Number(before.value) + 1);
    const usersRecord = await readRecord(server.db, 'users', ana.user.id);
    expect(usersRecord).toMatchObject({ siteId: 'site-a', rev: Number(after.value), data: { siteIds: ['site-a'] } });

    let lateA = '';
    let lateB = '';
    duringPull = async () => {
      lateA = (await ana.repo('candidates').create('site-a', { firstName: 'Late A' })).id;
      lateB = (await ana.repo('candidates').create('site-b', { firstName: 'Late B' })).id;
    };
    // Push first: the edit of site A is applied, the edit of site B is refused (forbidden_site).
    // Then the pull brings other siteIds: site B's records go, everything is pulled again from 0.
    pullCursors.length = 0;
    const status = await ana.sync.syncNow();
    expect(pullCursors).toHaveLength(2);
    expect(pullCursors[0]).toBeGreaterThan(0);
    expect(pullCursors[1]).toBe(0);
    expect(status).toMatchObject({ phase: 'idle', needsAttention: 1, pending: 2 });
    expect(await sitesOf(ana)).toEqual(['site-a']);
    expect(await ana.repo('candidates').get(goneB.id)).toBeUndefined();
    expect(await ana.repo('candidates').get(colleagueB.id)).toBeUndefined();
    expect((await ana.repo('candidates').get(keptA.id))?.data).toEqual({ firstName: 'Amina', lastName: 'Benali' });
    expect((await ana.repo('candidates').get(lateA))?.data).toEqual({ firstName: 'Late A' });
    expect(await ana.repo('sites').get('site-a')).toBeDefined();
    expect(await ana.repo('sites').get('site-b')).toBeUndefined();
    // The network's métier catalogue is held whatever the sites (docs/metier-catalogue.md).
    expect((await ana.repo('metiers').list()).map((record) => record.siteId)).toEqual(Array(METIER_SEED.length).fill(NETWORK_SITE_ID));
    expect(await ana.attention?.list()).toMatchObject([{ kind: 'rejected', error: 'forbidden_site', table: 'candidates', id: goneB.id, siteId: 'site-b' }]);

    // The rows left pending through the reset: site A's is accepted, site B's is refused and kept.
    expect(await ana.sync.syncNow()).toMatchObject({ phase: 'idle', pending: 0, needsAttention: 2 });
    const attention = (await ana.attention?.list()) ?? [];
    expect(attention.map((item) => [item.id, item.error]).sort()).toEqual(
      [
        [goneB.id, 'forbidden_site'],
        [lateB, 'forbidden_site'],
      ].sort(),
    );
    await bea.sync.syncNow();
    expect((await bea.repo('candidates').get(goneB.id))?.data).toEqual({ firstName: 'Bruno' });
    expect(await bea.repo('candidates').get(lateB)).toBeUndefined();
    expect(await bea.repo('candidates').get(lateA)).toBeUndefined();
    // A fresh device of site A's adviser would see Late A: check on the server.
    expect((await readRecord(server.db, 'candidates', lateA))?.data).toEqual({ firstName: 'Late A' });
  });
});
