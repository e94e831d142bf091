import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import { createFixture, newClientId, pushBody } from '../test-fixture';
import type { Fixture } from '../test-fixture';

const CANDIDATE = '0190a000-0000-7000-8000-000000000002';

describe.each(testDatabases())('field-level merge and conflicts on $name', (target) => {
  let fixture: Fixture;
  let alice: string;
  let bob: string;
  let baseRev: number;
  const aliceSeq = { next: 1 };
  const bobSeq = { next: 1 };

  const pushAs = async (who: 'alice' | 'bob', mutation: Record<string, unknown>) => {
    const [clientId, seq] = who === 'alice' ? [alice, aliceSeq] : [bob, bobSeq];
    const response = await fixture.push(fixture.users[who].token, pushBody(clientId, [{ id: CANDIDATE, seq: seq.next, ...mutation }]));
    expect(response.statusCode).toBe(200);
    seq.next += 1;
    return response.json().results[0];
  };
  const candidateData = async () => {
    const changes = (await fixture.pull(fixture.users.alice.token)).json().changes as { id: string; data: Record<string, unknown>; deleted: boolean; rev: number }[];
    return changes.find((change) => change.id === CANDIDATE);
  };

  beforeEach(async () => {
    fixture = await createFixture(target);
    alice = newClientId();
    bob = newClientId();
    aliceSeq.next = 1;
    bobSeq.next = 1;
    baseRev = (await pushAs('alice', { fields: { firstName: 'Amina', lastName: 'Benali', phone: '0470 11 22 33' } })).rev;
  });
  afterEach(() => fixture.close());

  it('applies edits of different fields by two devices', async () => {
    expect(await pushAs('alice', { baseRev, fields: { firstName: 'Aminata' } })).toMatchObject({ status: 'applied' });
    expect(await pushAs('bob', { baseRev, fields: { phone: '0470 99 99 99' } })).toMatchObject({ status: 'applied' });
    expect((await candidateData())?.data).toEqual({ firstName: 'Aminata', lastName: 'Benali', phone: '0470 99 99 99' });
  });

  it('keeps the server value and records a conflict when two devices change one field differently', async () => {
    await pushAs('alice', { baseRev, fields: { firstName: 'Aminata' } });
    const result = await pushAs('bob', { baseRev, fields: { firstName: 'Amine', lastName: 'Ben Ali' } });
    expect(result).toMatchObject({ status: 'conflict', rev: expect.any(Number), conflicts: [{ field: 'firstName', serverValue: 'Aminata', clientValue: 'Amine' }] });
    expect((await candidateData())?.data).toMatchObject({ firstName: 'Aminata', lastName: 'Ben Ali' });
    const conflicts = (await fixture.server.app.inject({ method: 'GET', url: '/api/sync/conflicts', headers: { authorization: `Bearer ${fixture.users.alice.token}` } })).json().conflicts;
    expect(conflicts).toEqual([expect.objectContaining({ table: 'candidates', recordId: CANDIDATE, siteId: 'site-a', field: 'firstName', serverValue: 'Aminata', clientValue: 'Amine', clientId: bob })]);
    // Who made each value, in names an adviser recognises (an addition to the contract).
    expect(conflicts[0]).toMatchObject({ serverUserName: 'alice', clientUserName: 'bob' });
    const carolSees = (await fixture.server.app.inject({ method: 'GET', url: '/api/sync/conflicts', headers: { authorization: `Bearer ${fixture.users.carol.token}` } })).json().conflicts;
    expect(carolSees).toEqual([]);
  });

  it('does not count the same value as a conflict, nor two edits from the same device', async () => {
    await pushAs('alice', { baseRev, fields: { firstName: 'Aminata' } });
    expect(await pushAs('alice', { baseRev, fields: { firstName: 'Amy' } })).toMatchObject({ status: 'applied' });
    expect(await pushAs('bob', { baseRev, fields: { firstName: 'Amy' } })).toMatchObject({ status: 'applied' });
  });

  it('clears a field with null', async () => {
    await pushAs('alice', { baseRev, fields: { phone: null } });
    expect((await candidateData())?.data).toEqual({ firstName: 'Amina', lastName: 'Benali' });
  });

  it('makes a delete of a record edited elsewhere, and an edit of a deleted record, conflicts on "deleted"', async () => {
    await pushAs('alice', { baseRev, fields: { lastName: 'Benali-Haddad' } });
    expect(await pushAs('bob', { baseRev, op: 'delete' })).toMatchObject({ status: 'conflict', conflicts: [{ field: 'deleted', serverValue: false, clientValue: true }] });
    expect((await candidateData())?.deleted).toBe(false);

    const latest = (await candidateData())?.rev ?? 0;
    expect(await pushAs('bob', { baseRev: latest, op: 'delete' })).toMatchObject({ status: 'applied', rev: expect.any(Number) });
    const tombstone = await candidateData();
    expect(tombstone).toMatchObject({ deleted: true, data: { lastName: 'Benali-Haddad' } });
    expect(await pushAs('alice', { baseRev: latest, fields: { phone: '0470 00 00 01' } })).toMatchObject({ status: 'conflict', conflicts: [{ field: 'deleted', serverValue: true, clientValue: false }] });
  });

  it('resolves a conflict online with a new rev that other devices pull', async () => {
    await pushAs('alice', { baseRev, fields: { firstName: 'Aminata' } });
    await pushAs('bob', { baseRev, fields: { firstName: 'Amine' } });
    const headers = { authorization: `Bearer ${fixture.users.alice.token}` };
    const [conflict] = (await fixture.server.app.inject({ method: 'GET', url: '/api/sync/conflicts', headers })).json().conflicts;
    const cursor = (await fixture.pull(fixture.users.bob.token)).json().cursor;

    const forbidden = await fixture.server.app.inject({ method: 'POST', url: `/api/sync/conflicts/${conflict.id}/resolve`, headers: { authorization: `Bearer ${fixture.users.carol.token}` }, payload: { choice: 'client' } });
    expect(forbidden.statusCode).toBe(403);
    const resolved = await fixture.server.app.inject({ method: 'POST', url: `/api/sync/conflicts/${conflict.id}/resolve`, headers, payload: { choice: 'client' } });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().record).toMatchObject({ id: CANDIDATE, data: { firstName: 'Amine' } });

    const bobPull = (await fixture.pull(fixture.users.bob.token, cursor)).json();
    expect(bobPull.changes).toEqual([expect.objectContaining({ id: CANDIDATE, rev: resolved.json().record.rev, data: expect.objectContaining({ firstName: 'Amine' }) })]);
    expect((await fixture.server.app.inject({ method: 'GET', url: '/api/sync/conflicts', headers })).json().conflicts).toEqual([]);
    const again = await fixture.server.app.inject({ method: 'POST', url: `/api/sync/conflicts/${conflict.id}/resolve`, headers, payload: { choice: 'server' } });
    expect(again.statusCode).toBe(409);
  });
});
