// The tablet's storage and sync engine against the REAL server over HTTP (real fetch, a real
// port): two advisers on two devices work offline, sync and converge; a push whose answer was
// lost is sent again and not applied twice; concurrent edits of one field give one conflict.
// All "devices" share this process's fake IndexedDB, where an adviser's database is named after
// them: so each adviser is used on one device only (a second device of the same adviser would
// be the same browser profile).
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type BuiltServer } from '../../server/app';
import { createSite, createUser, setUserPassword } from '../../server/admin/accounts';
import { signIn } from '../../src/sync/session';
import { createHttpTransport } from '../../src/sync/transport';
import type { Workspace } from '../../src/sync/workspace';
import { testDatabases, type FreshDatabase } from '../support/postgres';

const PASSWORD = 'correct horse battery';

describe.each(testDatabases())('tablet ↔ server round trip ($name)', (target) => {
  let fresh: FreshDatabase;
  let server: BuiltServer;
  let apiBase: string;
  const workspaces: Workspace[] = [];

  beforeAll(async () => {
    fresh = await target.create();
    server = await buildServer({ databaseUrl: fresh.url });
    await createSite(server.db, { id: 'site-a', name: 'Mission Locale A', kind: 'mission-locale', communeCode: 'schaerbeek' });
    for (const name of ['alice', 'bob', 'carol', 'dave', 'erin']) {
      await createUser(server.db, { email: `${name}@test.vdc.brussels`, password: PASSWORD, name, role: 'adviser', siteIds: ['site-a'] });
    }
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    apiBase = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const workspace of workspaces) await workspace.signOut().catch(() => undefined);
    await server?.close();
    await fresh?.drop();
  });

  /** One device = its own directory database (own deviceId); fetch may be wrapped to inject faults. */
  async function deviceSignIn(name: string, fetchImpl?: typeof fetch, password = PASSWORD): Promise<Workspace> {
    const outcome = await signIn({
      email: `${name}@test.vdc.brussels`,
      password,
      pbkdf2Iterations: 1_000,
      directoryName: `it-directory-${name}-${crypto.randomUUID()}`,
      transport: createHttpTransport({ baseUrl: apiBase, fetch: fetchImpl }),
    });
    if (!outcome.ok) throw new Error(`sign-in of ${name} failed: ${outcome.reason}`);
    workspaces.push(outcome.workspace);
    return outcome.workspace;
  }

  /** The one device each of alice and bob works on, shared by the tests. */
  const devices = new Map<string, Workspace>();
  async function device(name: string): Promise<Workspace> {
    const existing = devices.get(name);
    if (existing) return existing;
    const opened = await deviceSignIn(name);
    devices.set(name, opened);
    return opened;
  }

  async function candidatesOf(workspace: Workspace) {
    const records = await workspace.repo('candidates').list();
    return Object.fromEntries(records.map((record) => [record.id, record.data]));
  }

  it('two devices create and edit offline, sync, and converge', async () => {
    const alice = await device('alice');
    const bob = await device('bob');
    const amina = await alice.repo('candidates').create('site-a', { firstName: 'Amina', gender: 'F' });
    const jan = await bob.repo('candidates').create('site-a', { firstName: 'Jan', lastName: 'Peeters' });
    await alice.repo('candidates').update(amina.id, { phone: '0470 11 22 33' });

    expect(await alice.sync.syncNow()).toMatchObject({ phase: 'idle', pending: 0, needsAttention: 0 });
    expect(await bob.sync.syncNow()).toMatchObject({ phase: 'idle', pending: 0, needsAttention: 0 });
    await alice.sync.syncNow(); // alice now has bob's candidate too
    await bob.repo('candidates').update(amina.id, { lastName: 'Benali' });
    await alice.repo('candidates').update(jan.id, { notes: 'Rappeler lundi' });
    await bob.sync.syncNow();
    await alice.sync.syncNow();
    await bob.sync.syncNow();

    const seenByAlice = await candidatesOf(alice);
    expect(seenByAlice).toEqual(await candidatesOf(bob));
    expect(seenByAlice[amina.id]).toEqual({ firstName: 'Amina', gender: 'F', phone: '0470 11 22 33', lastName: 'Benali' });
    expect(seenByAlice[jan.id]).toEqual({ firstName: 'Jan', lastName: 'Peeters', notes: 'Rappeler lundi' });
    // Both devices also pulled the server-written records of their site.
    expect((await alice.repo('sites').list()).map((site) => site.id)).toContain('site-a');
  });

  it('a push whose answer is lost is sent again and applied once', async () => {
    let loseNextPushAnswer = true;
    const lossy: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (loseNextPushAnswer && String(input).endsWith('/api/sync/push')) {
        loseNextPushAnswer = false;
        throw new TypeError('network connection lost after the server committed');
      }
      return response;
    };
    const carol = await deviceSignIn('carol', lossy);
    const before = await server.db.selectFrom('counters').select('value').where('name', '=', 'rev').executeTakeFirstOrThrow();
    const created = await carol.repo('candidates').create('site-a', { firstName: 'Once' });
    expect(await carol.sync.syncNow()).toMatchObject({ phase: 'offline', error: 'network', pending: 1 });
    expect(await carol.sync.syncNow()).toMatchObject({ phase: 'idle', pending: 0 });
    const after = await server.db.selectFrom('counters').select('value').where('name', '=', 'rev').executeTakeFirstOrThrow();
    expect(Number(after.value) - Number(before.value)).toBe(1);
    expect((await carol.repo('candidates').get(created.id))?.data).toEqual({ firstName: 'Once' });
  });

  it('the same field changed on two devices gives one conflict, kept for attention', async () => {
    const alice = await device('alice');
    const bob = await device('bob');
    const person = await alice.repo('candidates').create('site-a', { firstName: 'Fatima' });
    await alice.sync.syncNow();
    await bob.sync.syncNow();
    await alice.repo('candidates').update(person.id, { firstName: 'Fatma' });
    await bob.repo('candidates').update(person.id, { firstName: 'Fátima' });
    expect(await alice.sync.syncNow()).toMatchObject({ needsAttention: 0 });
    expect(await bob.sync.syncNow()).toMatchObject({ needsAttention: 1, pending: 0 });
    await alice.sync.syncNow();
    expect((await bob.repo('candidates').get(person.id))?.data.firstName).toBe('Fatma');
    expect((await alice.repo('candidates').get(person.id))?.data.firstName).toBe('Fatma');
    expect(await bob.attention?.list()).toMatchObject([{ kind: 'conflict', conflicts: [{ field: 'firstName', serverValue: 'Fatma', clientValue: 'Fátima' }] }]);
  });

  it('a rejected mutation does not block the others', async () => {
    const dave = await deviceSignIn('dave');
    const good = await dave.repo('candidates').create('site-a', { firstName: 'Allowed' });
    // A site the adviser does not belong to: the server refuses it (forbidden_site).
    await dave.repo('candidates').create('site-zz', { firstName: 'Elsewhere' });
    const after = await dave.repo('candidates').create('site-a', { firstName: 'After' });
    expect(await dave.sync.syncNow()).toMatchObject({ phase: 'idle', pending: 0, needsAttention: 1 });
    expect(await dave.attention?.list()).toMatchObject([{ kind: 'rejected', error: 'forbidden_site' }]);
    const bob = await device('bob');
    await bob.sync.syncNow();
    expect(await bob.repo('candidates').get(good.id)).toBeDefined();
    expect(await bob.repo('candidates').get(after.id)).toBeDefined();
  });

  it('a link the server refuses (a file the adviser may not see) comes back for attention, in the list like any refusal', async () => {
    const erin = await deviceSignIn('erin');
    const note = await erin.repo('followUpNotes').create('site-a', { candidateId: crypto.randomUUID(), date: '2026-03-01', text: 'About someone elsewhere' });
    expect(await erin.sync.syncNow()).toMatchObject({ phase: 'idle', pending: 0, needsAttention: 1 });
    expect(await erin.attention?.list()).toMatchObject([{ kind: 'rejected', error: 'forbidden', table: 'followUpNotes', id: note.id }]);
  });

  it('after a password reset the next online login still opens the device data', async () => {
    const directoryName = `it-directory-reset-${crypto.randomUUID()}`;
    const transport = createHttpTransport({ baseUrl: apiBase });
    const first = await signIn({ email: 'erin@test.vdc.brussels', password: PASSWORD, pbkdf2Iterations: 1_000, directoryName, transport });
    if (!first.ok) throw new Error(first.reason);
    const kept = await first.workspace.repo('candidates').create('site-a', { firstName: 'Unsent' });
    await first.workspace.signOut();
    await setUserPassword(server.db, 'erin@test.vdc.brussels', 'a brand new password');
    const second = await signIn({ email: 'erin@test.vdc.brussels', password: 'a brand new password', pbkdf2Iterations: 1_000, directoryName, transport });
    if (!second.ok) throw new Error(second.reason);
    workspaces.push(second.workspace);
    expect((await second.workspace.repo('candidates').get(kept.id))?.pendingFields).toEqual(['firstName']);
    await setUserPassword(server.db, 'erin@test.vdc.brussels', PASSWORD);
  });
});
