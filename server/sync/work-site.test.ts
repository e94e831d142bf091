// `workSiteId` (src/domain/work-site.ts) and individual module work (`moduleWork`) through the
// generic sync: the server fills the work site of a new record of work, refuses any change of it
// afterwards (and a creation naming another site) with `forbidden` and nothing stored, and a piece
// of module work may only link to a person and an accompaniment the user may see.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import { readRecord } from '../db/records';
import { createFixture, newClientId, pushBody, revCounter } from '../test-fixture';
import type { Fixture } from '../test-fixture';

const PERSON_A = '0190a000-0000-7000-8000-00000000a001';
const PERSON_B = '0190a000-0000-7000-8000-00000000b001';
const PATH_A = '0190a000-0000-7000-8000-00000000a002';
const PATH_B = '0190a000-0000-7000-8000-00000000b002';
const ACTION = '0190a000-0000-7000-8000-00000000a003';
const WORK = '0190a000-0000-7000-8000-00000000a004';

interface Result {
  seq: number;
  status: string;
  error?: string;
  rev?: number;
}

describe.each(testDatabases())('work site and module work on $name', (target) => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture(target);
    const { alice, carol } = fixture.users;
    const setUp = async (token: string, siteId: string, person: string, path: string, adviserId: string) => {
      const answer = await fixture.push(
        token,
        pushBody(newClientId(), [
          { table: 'candidates', id: person, siteId, fields: { firstName: 'Awa' } },
          { table: 'accompaniments', id: path, siteId, fields: { candidateId: person, metier: 'coiffeur', startDate: '2025-02-01', status: 'open', adviserId } },
        ]),
      );
      expect(answer.json<{ results: Result[] }>().results.map((result) => result.status)).toEqual(['applied', 'applied']);
    };
    await setUp(alice.token, 'site-a', PERSON_A, PATH_A, alice.id);
    await setUp(carol.token, 'site-b', PERSON_B, PATH_B, carol.id);
  });
  afterEach(() => fixture.close());

  const push = async (token: string, mutations: Record<string, unknown>[], clientId = newClientId()) =>
    (await fixture.push(token, pushBody(clientId, mutations))).json<{ results: Result[] }>().results;

  it('fills the work site of a new record of work from its site', async () => {
    expect((await readRecord(fixture.server.db, 'accompaniments', PATH_A))?.data.workSiteId).toBe('site-a');
    await push(fixture.users.alice.token, [{ table: 'spocActions', id: ACTION, siteId: 'site-a', fields: { date: '2025-02-01', kind: 'individuelle', candidateIds: [PERSON_A] } }]);
    expect((await readRecord(fixture.server.db, 'spocActions', ACTION))?.data.workSiteId).toBe('site-a');
    // Candidates are not records of work: nothing is added to them.
    expect((await readRecord(fixture.server.db, 'candidates', PERSON_A))?.data).toEqual({ firstName: 'Awa' });
  });

  it('refuses a change of the work site after creation, and a creation naming another site, storing nothing', async () => {
    const before = await readRecord(fixture.server.db, 'accompaniments', PATH_A);
    const revBefore = await revCounter(fixture.server);
    const results = await push(fixture.users.alice.token, [
      { table: 'accompaniments', id: PATH_A, siteId: 'site-a', baseRev: before?.rev, fields: { workSiteId: 'site-b', status: 'closed' } },
      { table: 'accompaniments', id: PATH_A, siteId: 'site-a', baseRev: before?.rev, fields: { workSiteId: null } },
      { table: 'spocActions', id: ACTION, siteId: 'site-a', fields: { date: '2025-02-01', kind: 'individuelle', workSiteId: 'site-b' } },
    ]);
    expect(results.map((result) => [result.status, result.error])).toEqual([
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
    ]);
    expect(await readRecord(fixture.server.db, 'accompaniments', PATH_A)).toEqual(before);
    expect(await readRecord(fixture.server.db, 'spocActions', ACTION)).toBeUndefined();
    expect(await revCounter(fixture.server)).toBe(revBefore);
  });

  it('accepts the same work site sent again with an edit', async () => {
    const before = await readRecord(fixture.server.db, 'accompaniments', PATH_A);
    const results = await push(fixture.users.alice.token, [{ table: 'accompaniments', id: PATH_A, siteId: 'site-a', baseRev: before?.rev, fields: { workSiteId: 'site-a', metier: 'aide-menager' } }]);
    expect(results[0]?.status).toBe('applied');
    expect((await readRecord(fixture.server.db, 'accompaniments', PATH_A))?.data).toMatchObject({ workSiteId: 'site-a', metier: 'aide-menager' });
  });

  it('stores a piece of individual module work, which the site pulls and no other site sees', async () => {
    const fields = { accompanimentId: PATH_A, candidateId: PERSON_A, date: '2025-03-04', module: 'fle', minutes: 90, adviserId: fixture.users.alice.id, note: 'Lecture de consignes' };
    expect((await push(fixture.users.alice.token, [{ table: 'moduleWork', id: WORK, siteId: 'site-a', fields }]))[0]?.status).toBe('applied');
    const pulled = async (token: string) =>
      (await fixture.pull(token)).json<{ changes: { table: string; id: string; data: unknown }[] }>().changes.filter((change) => change.table === 'moduleWork');
    expect(await pulled(fixture.users.bob.token)).toEqual([expect.objectContaining({ id: WORK, data: { ...fields, workSiteId: 'site-a' } })]);
    expect(await pulled(fixture.users.carol.token)).toEqual([]);
  });

  it('refuses module work without minutes, with zero minutes or an unknown module (invalid)', async () => {
    const base = { accompanimentId: PATH_A, candidateId: PERSON_A, date: '2025-03-04', module: 'fle', adviserId: fixture.users.alice.id };
    const results = await push(fixture.users.alice.token, [
      { table: 'moduleWork', id: WORK, siteId: 'site-a', fields: base },
      { table: 'moduleWork', id: WORK, siteId: 'site-a', fields: { ...base, minutes: 0 } },
      { table: 'moduleWork', id: WORK, siteId: 'site-a', fields: { ...base, minutes: 30, module: 'astrologie' } },
    ]);
    expect(results.map((result) => [result.status, result.error])).toEqual([
      ['rejected', 'invalid'],
      ['rejected', 'invalid'],
      ['rejected', 'invalid'],
    ]);
    expect(await readRecord(fixture.server.db, 'moduleWork', WORK)).toBeUndefined();
  });

  it('refuses module work linking to a person or an accompaniment of another site, as for an unknown id', async () => {
    const revBefore = await revCounter(fixture.server);
    const base = { date: '2025-03-04', module: 'fle', minutes: 60, adviserId: fixture.users.alice.id };
    const results = await push(fixture.users.alice.token, [
      { table: 'moduleWork', id: WORK, siteId: 'site-a', fields: { ...base, accompanimentId: PATH_B, candidateId: PERSON_A } },
      { table: 'moduleWork', id: WORK, siteId: 'site-a', fields: { ...base, accompanimentId: PATH_A, candidateId: PERSON_B } },
      { table: 'moduleWork', id: WORK, siteId: 'site-a', fields: { ...base, accompanimentId: '0190a000-0000-7000-8000-0000000000ff', candidateId: PERSON_A } },
    ]);
    expect(results.map((result) => [result.status, result.error])).toEqual([
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
    ]);
    expect(await readRecord(fixture.server.db, 'moduleWork', WORK)).toBeUndefined();
    expect(await revCounter(fixture.server)).toBe(revBefore);
  });
});

describe.each(testDatabases())('erasure of a person with module work on $name', (target) => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture(target);
  });
  afterEach(() => fixture.close());

  it('keeps the date, module and minutes of the person’s module work, wipes its note, and refuses later edits', async () => {
    const { alice, admin } = fixture.users;
    const fields = { accompanimentId: PATH_A, candidateId: PERSON_A, date: '2025-03-04', module: 'fle', minutes: 90, adviserId: alice.id, note: 'Lit lentement' };
    const results = (
      await fixture.push(
        alice.token,
        pushBody(newClientId(), [
          { table: 'candidates', id: PERSON_A, fields: { firstName: 'Awa' } },
          { table: 'accompaniments', id: PATH_A, fields: { candidateId: PERSON_A, metier: 'coiffeur', startDate: '2025-02-01', status: 'open' } },
          { table: 'moduleWork', id: WORK, fields },
        ]),
      )
    ).json<{ results: Result[] }>().results;
    expect(results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied']);
    const erased = await fixture.server.app.inject({ method: 'POST', url: `/api/candidates/${PERSON_A}/erase`, headers: { authorization: `Bearer ${admin.token}` } });
    expect(erased.statusCode).toBe(200);
    const stored = await readRecord(fixture.server.db, 'moduleWork', WORK);
    const { note: _wiped, ...kept } = fields;
    expect(stored?.data).toEqual({ ...kept, workSiteId: 'site-a' });
    const edit = (await fixture.push(alice.token, pushBody(newClientId(), [{ table: 'moduleWork', id: WORK, baseRev: stored?.rev, fields: { note: 'Encore' } }]))).json<{ results: Result[] }>();
    expect(edit.results[0]).toMatchObject({ status: 'rejected', error: 'erased' });
    expect(await readRecord(fixture.server.db, 'moduleWork', WORK)).toEqual(stored);
  });
});
