// Erasure of a person (docs/sync-protocol.md, "Erasure") against the real server on
// SQLite and PostgreSQL, with real encrypted tablet stores: who may erase, what the server keeps
// (in records, conflict rows and stored push results), later edits refused, a device that pulls
// the erasure purges its copies (including unsent edits and attention copies), reports unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../server/admin/accounts';
import { issueToken } from '../../server/auth/tokens';
import { ACTIVITY_REPORT_PATH } from '../../server/routes/reports';
import { createFixture, type Fixture } from '../../server/test-fixture';
import { METIER_CODES, MODULE_CODES, MOTIVATION_CODES, SOURCE_CODES, SPOC_ACTION_KIND_CODES } from '../../src/domain/codes';
import { SCHEMA_VERSION } from '../../src/domain/tables';
import type { PushResponse } from '../../src/domain/wire';
import { createHttpTransport, type SyncApi } from '../../src/sync/transport';
import { openTestDevice, type TestDevice } from '../../src/sync/testing/test-device';
import { testDatabases } from '../support/postgres';

const MARKERS = ['Ŋadia-marker', 'Zoë-marker', '+32 470 11 22 33', 'nadia@example.test', 'marker-note-text', 'marker-answer', 'marker-conflict'];

describe.each(testDatabases())('erasure of a candidate ($name)', (target) => {
  let fixture: Fixture;
  let coordA: string;
  let coordB: string;
  const devices: TestDevice[] = [];
  const apis = new Map<TestDevice, SyncApi>();
  const ids = { candidate: crypto.randomUUID(), note: crypto.randomUUID(), positioning: crypto.randomUUID(), accompaniment: crypto.randomUUID(), step: crypto.randomUUID(), spoc: crypto.randomUUID() };

  async function device(token: string): Promise<TestDevice> {
    const fetchViaInject: typeof fetch = async (input, init) => {
      const url = new URL(String(input));
      const response = await fixture.server.app.inject({
        method: (init?.method ?? 'GET') as 'GET' | 'POST',
        url: url.pathname + url.search,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(init?.body ? { payload: String(init.body) } : {}),
      });
      return new Response(response.body || null, { status: response.statusCode, headers: { 'content-type': 'application/json' } });
    };
    const api = createHttpTransport({ baseUrl: 'http://erasure.test', fetch: fetchViaInject }).api(() => token);
    const opened = await openTestDevice(`erasure-${target.name}-${devices.length}`, api);
    devices.push(opened);
    apis.set(opened, api);
    return opened;
  }

  /** A pull without a push first (the device's unsent edits are still in its outbox). */
  async function pullOnly(tablet: TestDevice): Promise<void> {
    const api = apis.get(tablet)!;
    for (;;) {
      const state = await tablet.store.syncState();
      const page = await api.pull(state.cursor, 500);
      await tablet.store.applyPulledPage(page.changes, { cursor: page.cursor, serverEpoch: page.serverEpoch, siteIds: page.siteIds });
      if (!page.hasMore) return;
    }
  }

  const erase = (id: string, token?: string) =>
    fixture.server.app.inject({ method: 'POST', url: `/api/candidates/${id}/erase`, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const report = async (token: string) =>
    (await fixture.server.app.inject({ method: 'GET', url: `${ACTIVITY_REPORT_PATH}?from=2024-01-01&to=2024-12-31`, headers: { authorization: `Bearer ${token}` } })).json<unknown>();
  const record = async (table: string, id: string) => {
    const row = await fixture.server.db.selectFrom('records').selectAll().where('table_name', '=', table).where('id', '=', id).executeTakeFirstOrThrow();
    return { rev: Number(row.rev), deleted: Number(row.deleted) === 1, data: JSON.parse(row.data) as Record<string, unknown> };
  };
  async function serverText(): Promise<string> {
    const [records, conflicts, results] = await Promise.all([
      fixture.server.db.selectFrom('records').selectAll().execute(),
      fixture.server.db.selectFrom('conflicts').selectAll().execute(),
      fixture.server.db.selectFrom('mutation_results').selectAll().execute(),
    ]);
    return JSON.stringify([records, conflicts, results]);
  }

  let alice: TestDevice;
  let bob: TestDevice;
  let dave: TestDevice;
  let reportBefore: unknown;

  beforeAll(async () => {
    fixture = await createFixture(target);
    const coordinator = async (name: string, siteIds: string[]) => {
      const id = await createUser(fixture.server.db, { email: `${name}@test.vdc.brussels`, password: 'unused here too', name, role: 'coordinator', siteIds });
      return (await issueToken(fixture.server.db, id, undefined, 1)).token;
    };
    coordA = await coordinator('coord-a', ['site-a']);
    coordB = await coordinator('coord-b', ['site-b']);
    const daveId = await createUser(fixture.server.db, { email: 'dave@test.vdc.brussels', password: 'unused here too', name: 'dave', role: 'adviser', siteIds: ['site-a'] });
    const daveToken = (await issueToken(fixture.server.db, daveId, undefined, 1)).token;

    alice = await device(fixture.users.alice.token);
    bob = await device(fixture.users.bob.token);
    dave = await device(daveToken);

    const { candidate } = ids;
    await alice.store.write('candidates', candidate, 'site-a', 'put', {
      firstName: 'Ŋadia-marker',
      lastName: 'Zoë-marker',
      birthDate: '1990-01-01',
      gender: 'F',
      phone: '+32 470 11 22 33',
      email: 'nadia@example.test',
      communeCode: 'schaerbeek',
      certificationAtEntry: 3,
      source: SOURCE_CODES[0],
      motivation: MOTIVATION_CODES[0],
      notes: 'marker-note-text',
      // The validation step below shares with a centre: the person agreed (consent-scopes.ts).
      consent: { given: true, date: '2024-01-10', scopes: ['suivi', 'partage-centre'] },
    });
    await alice.store.write('followUpNotes', ids.note, 'site-a', 'put', { candidateId: candidate, date: '2024-03-01', text: 'marker-note-text' });
    await alice.store.write('positionings', ids.positioning, 'site-a', 'put', {
      candidateId: candidate,
      questionnaireId: 'q-1',
      questionnaireVersion: 1,
      answers: { q1: 'marker-answer' },
      adviserRatings: { r1: 'marker-answer' },
      moduleDecisions: [{ module: MODULE_CODES[0], choice: 'removed', reason: 'marker-answer' }],
      scores: { total: 3 },
    });
    await alice.store.write('accompaniments', ids.accompaniment, 'site-a', 'put', { candidateId: candidate, metier: METIER_CODES[0], startDate: '2024-02-01', status: 'open' });
    await alice.store.write('validationSteps', ids.step, 'site-a', 'put', { candidateId: candidate, accompanimentId: ids.accompaniment, uc: 'UC1', centreName: 'Centre Régional', testDate: '2024-04-01' });
    await alice.store.write('spocActions', ids.spoc, 'site-a', 'put', { date: '2024-01-20', kind: SPOC_ACTION_KIND_CODES[0], candidateIds: [candidate], headCount: 0, metiers: [METIER_CODES[0]] });
    await alice.engine.syncNow();
    await bob.engine.syncNow();
    await dave.engine.syncNow();

    // A conflict on a personal field: its row and bob's stored push result hold both values.
    await alice.store.write('candidates', candidate, 'site-a', 'put', { phone: '+32 470 99 99 99' });
    await bob.store.write('candidates', candidate, 'site-a', 'put', { phone: '+32 499 00 00 00' });
    await bob.store.write('followUpNotes', ids.note, 'site-a', 'put', { text: 'marker-conflict' });
    await alice.store.write('followUpNotes', ids.note, 'site-a', 'put', { text: 'marker-note-text, then more' });
    await alice.engine.syncNow();
    await bob.engine.syncNow();
    expect(await fixture.server.db.selectFrom('conflicts').select('field').execute()).toHaveLength(2);

    reportBefore = await report(coordA);
  });

  afterAll(async () => {
    for (const tablet of devices) tablet.close();
    await fixture?.close();
  });

  it('is allowed to a coordinator of the site or an admin only', async () => {
    expect((await erase(ids.candidate)).statusCode).toBe(401);
    const adviser = await erase(ids.candidate, fixture.users.alice.token);
    expect([adviser.statusCode, adviser.json()]).toEqual([403, { error: 'forbidden' }]);
    const otherSite = await erase(ids.candidate, coordB);
    expect([otherSite.statusCode, otherSite.json()]).toEqual([403, { error: 'forbidden' }]);
    // An unknown id gets the answer of a file of another site: no telling which ids exist.
    const unknown = await erase(crypto.randomUUID(), coordA);
    expect([unknown.statusCode, unknown.json()]).toEqual([403, { error: 'forbidden' }]);
    expect((await record('candidates', ids.candidate)).data.firstName).toBe('Ŋadia-marker');
  });

  it('anonymises the person on the server, in conflict rows and stored results, with new revs', async () => {
    // dave edits the person and their note offline, before the erasure.
    await dave.store.write('candidates', ids.candidate, 'site-a', 'put', { lastName: 'Zoë-marker-bis' });
    await dave.store.write('followUpNotes', ids.note, 'site-a', 'put', { text: 'marker-note-text by dave' });
    const before = await record('candidates', ids.candidate);

    const response = await erase(ids.candidate, coordA);
    expect(response.statusCode).toBe(200);
    const body = response.json<{ ok: boolean; rev: number }>();
    expect(body.ok).toBe(true);
    expect(body.rev).toBeGreaterThan(before.rev);

    const candidate = await record('candidates', ids.candidate);
    expect(candidate).toEqual({
      rev: body.rev,
      deleted: false,
      data: { gender: 'F', birthDate: '1990', communeCode: 'schaerbeek', certificationAtEntry: 3, source: SOURCE_CODES[0], motivation: MOTIVATION_CODES[0], erased: true },
    });
    const note = await record('followUpNotes', ids.note);
    expect(note.data).toEqual({ candidateId: ids.candidate, date: '2024-03-01', text: '' });
    expect(note.rev).toBeGreaterThan(before.rev);
    const positioning = await record('positionings', ids.positioning);
    expect(positioning.data).toEqual({ candidateId: ids.candidate, questionnaireId: 'q-1', questionnaireVersion: 1, scores: { total: 3 }, workSiteId: 'site-a' });
    expect((await record('validationSteps', ids.step)).data).toMatchObject({ centreName: 'Centre Régional', uc: 'UC1', testDate: '2024-04-01' });
    expect((await record('spocActions', ids.spoc)).data).toMatchObject({ candidateIds: [ids.candidate] });
    expect((await record('accompaniments', ids.accompaniment)).data).toMatchObject({ candidateId: ids.candidate, startDate: '2024-02-01' });

    const everything = await serverText();
    for (const marker of MARKERS) expect(everything).not.toContain(marker);
    expect(everything).not.toContain('+32 4');
    const open = await fixture.server.app.inject({ method: 'GET', url: '/api/sync/conflicts', headers: { authorization: `Bearer ${coordA}` } });
    expect(open.json<{ conflicts: { recordId: string }[] }>().conflicts.filter((conflict) => conflict.recordId === ids.candidate)).toEqual([]);

    // Erasing again changes nothing.
    const again = await erase(ids.candidate, fixture.users.admin.token);
    expect([again.statusCode, again.json()]).toEqual([200, { ok: true, rev: body.rev }]);
  });

  it('purges a device that pulls it: unsent edits, attention copies, personal fields', async () => {
    await pullOnly(dave);
    expect(await dave.store.pendingCount()).toBe(0);
    const candidate = await dave.store.get('candidates', ids.candidate);
    expect(candidate?.data).toEqual((await record('candidates', ids.candidate)).data);
    expect(candidate?.pendingFields).toEqual([]);
    expect((await dave.store.get('followUpNotes', ids.note))?.data.text).toBe('');
    expect((await dave.store.get('positionings', ids.positioning))?.data.answers).toBeUndefined();

    // bob had conflict copies of the person's phone and note: gone after his next sync.
    await bob.store.write('candidates', ids.candidate, 'site-a', 'put', { notes: 'marker-note-text again' });
    await bob.engine.syncNow();
    const attention = await bob.store.listAttention();
    expect(attention.filter((item) => item.id === ids.candidate || item.id === ids.note)).toEqual([]);
    expect(await bob.store.pendingCount()).toBe(0);
    expect((await bob.store.get('candidates', ids.candidate))?.data).toEqual((await record('candidates', ids.candidate)).data);
  });

  it('refuses later edits of the person and of their notes', async () => {
    const state = await alice.store.syncState();
    const clientId = crypto.randomUUID();
    const response = await fixture.push(fixture.users.alice.token, {
      clientId,
      schemaVersion: SCHEMA_VERSION,
      serverEpoch: state.serverEpoch,
      mutations: [
        { seq: 1, table: 'candidates', id: ids.candidate, siteId: 'site-a', op: 'put', baseRev: 0, fields: { firstName: 'Ŋadia-marker' } },
        { seq: 2, table: 'followUpNotes', id: ids.note, siteId: 'site-a', op: 'put', baseRev: 0, fields: { text: 'marker-note-text' } },
        { seq: 3, table: 'followUpNotes', id: crypto.randomUUID(), siteId: 'site-a', op: 'put', baseRev: 0, fields: { candidateId: ids.candidate, date: '2024-05-01', text: 'marker-note-text' } },
      ],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<PushResponse>().results.map((result) => [result.status, result.error])).toEqual([
      ['rejected', 'erased'],
      ['rejected', 'erased'],
      ['rejected', 'erased'],
    ]);
    const everything = await serverText();
    for (const marker of MARKERS) expect(everything).not.toContain(marker);
  });

  it('leaves the reports unchanged: the person still counts, anonymised', async () => {
    expect(await report(coordA)).toEqual(reportBefore);
  });
});
