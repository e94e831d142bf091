import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/tables';
import { testDatabases } from '../../tests/support/postgres';
import { createFixture, newClientId, pushBody, revCounter } from '../test-fixture';
import type { Fixture } from '../test-fixture';

const CANDIDATE = '0190a000-0000-7000-8000-000000000001';

describe.each(testDatabases())('push on $name', (target) => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture(target);
  });
  afterEach(() => fixture.close());

  it('applies a new record, which a pull then returns with its rev', async () => {
    const clientId = newClientId();
    const pushed = await fixture.push(fixture.users.alice.token, pushBody(clientId, [{ id: CANDIDATE, fields: { firstName: 'Amina', languages: ['ar', 'fr'] } }], { serverEpoch: fixture.epoch }));
    expect(pushed.statusCode).toBe(200);
    const { results, lastSeq } = pushed.json();
    expect(lastSeq).toBe(1);
    expect(results).toEqual([{ seq: 1, status: 'applied', rev: expect.any(Number) }]);
    const pulled = (await fixture.pull(fixture.users.bob.token)).json();
    expect(pulled.changes).toContainEqual({ table: 'candidates', id: CANDIDATE, siteId: 'site-a', rev: results[0].rev, deleted: false, data: { firstName: 'Amina', languages: ['ar', 'fr'] } });
  });

  it('replays a seq already applied with its stored result, without applying it again', async () => {
    const clientId = newClientId();
    const body = pushBody(clientId, [{ id: CANDIDATE, fields: { firstName: 'Amina' } }]);
    const first = (await fixture.push(fixture.users.alice.token, body)).json();
    const revAfterFirst = await revCounter(fixture.server);
    const again = (await fixture.push(fixture.users.alice.token, body)).json();
    expect(again).toEqual(first);
    expect(await revCounter(fixture.server)).toBe(revAfterFirst);
    // A batch mixing an old and a new seq replays the first and applies the second.
    const mixed = await fixture.push(fixture.users.alice.token, pushBody(clientId, [{ id: CANDIDATE, fields: { firstName: 'Amina' } }, { id: CANDIDATE, fields: { lastName: 'El Idrissi' } }]));
    expect(mixed.json().results.map((result: { status: string }) => result.status)).toEqual(['applied', 'applied']);
    expect(mixed.json().lastSeq).toBe(2);
  });

  it('answers seq_gap with the last seq, and changes nothing', async () => {
    const clientId = newClientId();
    await fixture.push(fixture.users.alice.token, pushBody(clientId, [{ id: CANDIDATE, fields: { firstName: 'Amina' } }]));
    const before = await revCounter(fixture.server);
    const gap = await fixture.push(fixture.users.alice.token, pushBody(clientId, [{ seq: 3, id: CANDIDATE, fields: { lastName: 'X' } }]));
    expect(gap.statusCode).toBe(409);
    expect(gap.json()).toEqual({ error: 'seq_gap', lastSeq: 1 });
    expect(await revCounter(fixture.server)).toBe(before);
  });

  it('answers epoch_changed, upgrade_required, and accepts the current schema version', async () => {
    const clientId = newClientId();
    const stale = await fixture.push(fixture.users.alice.token, pushBody(clientId, [], { serverEpoch: 'another-epoch' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toEqual({ error: 'epoch_changed', serverEpoch: fixture.epoch });
    const future = await fixture.push(fixture.users.alice.token, pushBody(clientId, [], { schemaVersion: SCHEMA_VERSION + 1 }));
    expect(future.statusCode).toBe(426);
    expect(future.json()).toEqual({ error: 'upgrade_required' });
    const current = await fixture.push(fixture.users.alice.token, pushBody(clientId, [], { schemaVersion: SCHEMA_VERSION }));
    expect(current.json()).toEqual({ results: [], lastSeq: 0 });
  });

  it('refuses unknown tables or ops and missing seq/id/siteId with 400, changing nothing', async () => {
    const clientId = newClientId();
    const before = await revCounter(fixture.server);
    const bad = [
      { table: 'payments', id: CANDIDATE, fields: {} },
      { op: 'upsert', id: CANDIDATE, fields: {} },
      { seq: undefined, id: CANDIDATE },
      { id: undefined },
      { siteId: undefined, id: CANDIDATE },
      // `fields` that are not an object of fields
      { id: CANDIDATE, fields: ['firstName', 'Ok'] },
      { id: CANDIDATE, fields: 'firstName=Ok' },
      { id: CANDIDATE, fields: null },
    ];
    for (const mutation of bad) {
      const response = await fixture.push(fixture.users.alice.token, pushBody(clientId, [{ id: CANDIDATE, fields: { firstName: 'Ok' } }, mutation]));
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'bad_request', issues: expect.any(Array) });
    }
    expect(await revCounter(fixture.server)).toBe(before);
    expect((await fixture.push(fixture.users.alice.token, pushBody(clientId, []))).json().lastSeq).toBe(0);
  });

  it('binds a clientId to its first user', async () => {
    const clientId = newClientId();
    await fixture.push(fixture.users.alice.token, pushBody(clientId, [{ id: CANDIDATE, fields: { firstName: 'Amina' } }]));
    const other = await fixture.push(fixture.users.bob.token, pushBody(clientId, [{ seq: 2, id: CANDIDATE, fields: { firstName: 'Bob' } }]));
    expect(other.statusCode).toBe(403);
    expect(other.json()).toEqual({ error: 'client_user_mismatch' });
  });

  it('rejects invalid fields with issues, consumes the seq and stores nothing', async () => {
    const clientId = newClientId();
    const before = await revCounter(fixture.server);
    const response = (await fixture.push(fixture.users.alice.token, pushBody(clientId, [
      { id: CANDIDATE, fields: { firstName: 'Amina', gender: 'Q' } },
      { id: CANDIDATE, fields: { firstName: 'Amina', shoeSize: 42 } },
      { id: CANDIDATE, fields: { phone: '+32 470 00 00 00' } },
    ]))).json();
    expect(response.lastSeq).toBe(3);
    for (const result of response.results) {
      expect(result).toMatchObject({ status: 'rejected', error: 'invalid', issues: expect.any(Array) });
    }
    expect(response.results[0].issues[0].path).toEqual(['gender']);
    expect(await revCounter(fixture.server)).toBe(before);
    expect((await fixture.pull(fixture.users.alice.token)).json().changes.some((change: { table: string }) => change.table === 'candidates')).toBe(false);
  });

  it('rejects writes to another site, to read-only tables, and site changes', async () => {
    const clientId = newClientId();
    const results = (await fixture.push(fixture.users.alice.token, pushBody(clientId, [
      { id: CANDIDATE, siteId: 'site-b', fields: { firstName: 'Amina' } },
      { table: 'sites', id: 'site-a', fields: { name: 'Renamed' } },
      { id: CANDIDATE, fields: { firstName: 'Amina' } },
    ]))).json().results;
    expect(results.map((result: { error?: string }) => result.error)).toEqual(['forbidden_site', 'forbidden', undefined]);
    const admin = newClientId();
    const move = (await fixture.push(fixture.users.admin.token, pushBody(admin, [{ id: CANDIDATE, siteId: 'site-b', fields: { lastName: 'Moved' } }]))).json();
    // The administrator sees both sites: a change of siteId is still refused (only a transfer moves a file).
    expect(move.results[0]).toMatchObject({ status: 'rejected', error: 'forbidden' });
  });

  it('rejects any edit of an erased record', async () => {
    const clientId = newClientId();
    await fixture.push(fixture.users.alice.token, pushBody(clientId, [{ id: CANDIDATE, fields: { firstName: 'Amina', gender: 'F' } }]));
    const erased = await fixture.server.app.inject({ method: 'POST', url: `/api/candidates/${CANDIDATE}/erase`, headers: { authorization: `Bearer ${fixture.users.admin.token}` } });
    expect(erased.statusCode).toBe(200);
    const edit = (await fixture.push(fixture.users.alice.token, pushBody(clientId, [{ seq: 2, id: CANDIDATE, fields: { firstName: 'Back' } }]))).json();
    expect(edit.results[0]).toMatchObject({ status: 'rejected', error: 'erased' });
  });

  it('rejects a new record that lacks required fields', async () => {
    const result = (await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [{ table: 'accompaniments', id: CANDIDATE, fields: { metier: 'carreleur' } }]))).json().results[0];
    expect(result).toMatchObject({ status: 'rejected', error: 'invalid' });
    expect(result.issues.map((issue: { path: string[] }) => issue.path[0])).toEqual(expect.arrayContaining(['candidateId', 'startDate', 'status']));
  });
});
