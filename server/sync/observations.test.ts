// Practical observations and mock tests (synced table `observations`, docs/observations.md)
// through the generic sync, on SQLite and PostgreSQL: stored with their work site and pulled by
// their site only; refused in words when a field is wrong; refused with nothing changed when an
// adviser reaches for another site's person, record or site; wiped of their words by erasure and
// counted by retention.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import { applyRetention } from '../accounts/retention';
import { readRecord } from '../db/records';
import { createFixture, newClientId, pushBody, revCounter } from '../test-fixture';
import type { Fixture } from '../test-fixture';

const PERSON_A = '0190b000-0000-7000-8000-00000000a001';
const PERSON_B = '0190b000-0000-7000-8000-00000000b001';
const PATH_A = '0190b000-0000-7000-8000-00000000a002';
const PATH_B = '0190b000-0000-7000-8000-00000000b002';
const SEEN_A = '0190b000-0000-7000-8000-00000000a003';
const SEEN_B = '0190b000-0000-7000-8000-00000000b003';

interface Result {
  seq: number;
  status: string;
  error?: string;
  issues?: { path: (string | number)[]; code: string; message: string }[];
}

const observation = (candidateId: string, accompanimentId: string) => ({
  candidateId,
  accompanimentId,
  kind: 'mock-test',
  metier: 'coiffeur',
  uc: 'UC1',
  task: 'Un shampoing et un brushing sur une cliente',
  conditions: 'Salon du centre, matériel du salon',
  criteria: [
    { label: 'Hygiène du poste', result: 'met' },
    { label: 'Température de l’eau vérifiée', result: 'partly' },
  ],
  result: 'partly',
  observerKind: 'professional',
  observerName: 'Mme Janssens, coiffeuse',
  date: '2025-03-04',
  note: 'À refaire sur cheveux longs',
});

describe.each(testDatabases())('observations on $name', (target) => {
  let fixture: Fixture;
  const push = async (token: string, mutations: Record<string, unknown>[]) =>
    (await fixture.push(token, pushBody(newClientId(), mutations))).json<{ results: Result[] }>().results;

  beforeEach(async () => {
    fixture = await createFixture(target);
    const { alice, carol } = fixture.users;
    const setUp = async (token: string, siteId: string, person: string, path: string, seen: string) => {
      const results = await push(token, [
        { table: 'candidates', id: person, siteId, fields: { firstName: 'Awa' } },
        { table: 'accompaniments', id: path, siteId, fields: { candidateId: person, metier: 'coiffeur', startDate: '2025-02-01', status: 'open' } },
        { table: 'observations', id: seen, siteId, fields: observation(person, path) },
      ]);
      expect(results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied']);
    };
    await setUp(alice.token, 'site-a', PERSON_A, PATH_A, SEEN_A);
    await setUp(carol.token, 'site-b', PERSON_B, PATH_B, SEEN_B);
  });
  afterEach(() => fixture.close());

  it('stores an observation with its work site, which its site pulls and no other site sees', async () => {
    expect((await readRecord(fixture.server.db, 'observations', SEEN_A))?.data).toEqual({ ...observation(PERSON_A, PATH_A), workSiteId: 'site-a' });
    const pulled = async (token: string) =>
      (await fixture.pull(token)).json<{ changes: { table: string; id: string }[] }>().changes.filter((change) => change.table === 'observations').map((change) => change.id);
    expect(await pulled(fixture.users.bob.token)).toEqual([SEEN_A]);
    expect(await pulled(fixture.users.carol.token)).toEqual([SEEN_B]);
  });

  it('refuses a wrong or missing field as invalid, saying which field and why, storing nothing', async () => {
    const id = '0190b000-0000-7000-8000-00000000a0ff';
    const base = observation(PERSON_A, PATH_A);
    const { task: _task, ...withoutTask } = base;
    const results = await push(fixture.users.alice.token, [
      { table: 'observations', id, siteId: 'site-a', fields: withoutTask },
      { table: 'observations', id, siteId: 'site-a', fields: { ...base, result: 'excellent' } },
      { table: 'observations', id, siteId: 'site-a', fields: { ...base, observerName: null } },
      { table: 'observations', id, siteId: 'site-a', fields: { ...base, uc: 'UC 1 !' } },
      { table: 'observations', id, siteId: 'site-a', fields: { ...base, criteria: [{ label: '', result: 'met' }] } },
      { table: 'observations', id, siteId: 'site-a', fields: { ...base, date: '2025-02-30' } },
    ]);
    expect(results.map((result) => [result.status, result.error, result.issues?.map((issue) => [issue.path.join('.'), issue.code])])).toEqual([
      ['rejected', 'invalid', [['task', 'required']]],
      ['rejected', 'invalid', [['result', 'unknownCode']]],
      ['rejected', 'invalid', [['observerName', 'observerNameRequired']]],
      ['rejected', 'invalid', [['uc', 'invalidUcCode']]],
      ['rejected', 'invalid', [['criteria.0.label', 'required']]],
      ['rejected', 'invalid', [['date', 'invalidDate']]],
    ]);
    // The wire issue carries the rule in words beside its key.
    expect(results[2]?.issues?.[0]?.message).toBe('Give the name of the professional who observed the task.');
    expect(await readRecord(fixture.server.db, 'observations', id)).toBeUndefined();
  });

  it("refuses an adviser who reaches for another site's observation, person or site, with nothing changed", async () => {
    const db = fixture.server.db;
    const before = {
      rev: await revCounter(fixture.server),
      records: await db.selectFrom('records').selectAll().orderBy('table_name').orderBy('id').execute(),
      conflicts: await db.selectFrom('conflicts').selectAll().execute(),
    };
    const stored = await readRecord(db, 'observations', SEEN_B);
    const fresh = '0190b000-0000-7000-8000-00000000a0fe';
    const results = await push(fixture.users.alice.token, [
      // Rewriting site B's observation, as if it were at site A, then at site B.
      { table: 'observations', id: SEEN_B, siteId: 'site-a', baseRev: stored?.rev, fields: { result: 'met', note: 'changed' } },
      { table: 'observations', id: SEEN_B, siteId: 'site-b', baseRev: stored?.rev, fields: { result: 'met' } },
      { table: 'observations', id: SEEN_B, siteId: 'site-b', baseRev: stored?.rev, op: 'delete' },
      // A new observation at a site not hers, and one of her site about site B's person or pathway.
      { table: 'observations', id: fresh, siteId: 'site-b', fields: observation(PERSON_B, PATH_B) },
      { table: 'observations', id: fresh, siteId: 'site-a', fields: observation(PERSON_B, PATH_A) },
      { table: 'observations', id: fresh, siteId: 'site-a', fields: observation(PERSON_A, PATH_B) },
      { table: 'observations', id: fresh, siteId: 'site-a', fields: { ...observation(PERSON_A, PATH_A), workSiteId: 'site-b' } },
    ]);
    expect(results.map((result) => [result.status, result.error])).toEqual([
      ['rejected', 'forbidden_site'],
      ['rejected', 'forbidden_site'],
      ['rejected', 'forbidden_site'],
      ['rejected', 'forbidden_site'],
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
    ]);
    expect({
      rev: await revCounter(fixture.server),
      records: await db.selectFrom('records').selectAll().orderBy('table_name').orderBy('id').execute(),
      conflicts: await db.selectFrom('conflicts').selectAll().execute(),
    }).toEqual(before);
  });

  it('erasure wipes what was written about the work and keeps the UC, result and date; then refuses edits', async () => {
    const { admin, alice } = fixture.users;
    const erased = await fixture.server.app.inject({ method: 'POST', url: `/api/candidates/${PERSON_A}/erase`, headers: { authorization: `Bearer ${admin.token}` } });
    expect(erased.statusCode).toBe(200);
    const kept = await readRecord(fixture.server.db, 'observations', SEEN_A);
    expect(kept?.data).toEqual({
      candidateId: PERSON_A,
      accompanimentId: PATH_A,
      kind: 'mock-test',
      metier: 'coiffeur',
      uc: 'UC1',
      result: 'partly',
      observerKind: 'professional',
      date: '2025-03-04',
      workSiteId: 'site-a',
    });
    const results = await push(alice.token, [{ table: 'observations', id: SEEN_A, siteId: 'site-a', baseRev: kept?.rev, fields: { note: 'Back again' } }]);
    expect(results[0]).toMatchObject({ status: 'rejected', error: 'erased' });
    expect((await readRecord(fixture.server.db, 'observations', SEEN_A))?.data.note).toBeUndefined();
  });

  it("counts an observation's date as the person's last action for retention", async () => {
    // Close both pathways: the files are then due five years after their last action.
    const { alice, carol } = fixture.users;
    const close = { status: 'closed', exitDate: '2025-02-15', exitReason: 'abandon' };
    for (const [token, siteId, path] of [[alice.token, 'site-a', PATH_A], [carol.token, 'site-b', PATH_B]] as const) {
      const rev = (await readRecord(fixture.server.db, 'accompaniments', path))?.rev;
      expect((await push(token, [{ table: 'accompaniments', id: path, siteId, baseRev: rev, fields: close }]))[0]?.status).toBe('applied');
    }
    // Site B's observation is deleted: the two files now differ by site A's observation alone,
    // which keeps site A's file from being due on this day.
    const rev = (await readRecord(fixture.server.db, 'observations', SEEN_B))?.rev;
    expect((await push(carol.token, [{ table: 'observations', id: SEEN_B, siteId: 'site-b', baseRev: rev, op: 'delete' }]))[0]?.status).toBe('applied');
    expect(await applyRetention(fixture.server.database, '2030-03-01')).toBe(1);
    expect((await readRecord(fixture.server.db, 'candidates', PERSON_A))?.data.erased).toBeUndefined();
    expect((await readRecord(fixture.server.db, 'candidates', PERSON_B))?.data.erased).toBe(true);
  });
});
