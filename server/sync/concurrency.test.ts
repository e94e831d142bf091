// Only PostgreSQL runs requests truly in parallel (SQLite's single connection serializes them).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import { createFixture, newClientId, pushBody, revCounter } from '../test-fixture';
import type { Fixture } from '../test-fixture';

const postgres = testDatabases().find((target) => target.name === 'postgres');

describe.skipIf(!postgres)('concurrent pushes on postgres', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    if (postgres) fixture = await createFixture(postgres);
  });
  afterEach(() => fixture?.close());

  it('applies the same push sent twice at once only once', async () => {
    const clientId = newClientId();
    const mutations = Array.from({ length: 40 }, (_, n) => ({ id: `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`, fields: { lastName: `Concurrent ${n}` } }));
    const body = pushBody(clientId, mutations);
    const before = await revCounter(fixture.server);
    const [first, second] = await Promise.all([fixture.push(fixture.users.alice.token, body), fixture.push(fixture.users.alice.token, body)]);
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(first.json()).toEqual(second.json());
    expect(await revCounter(fixture.server)).toBe(before + 40);
  });

  it('serializes concurrent edits of one field by two devices into one apply and one conflict', async () => {
    const id = '0190a000-0000-7000-8000-00000000abcd';
    const base = (await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [{ id, fields: { lastName: 'Base' } }]))).json().results[0].rev;
    const [a, b] = await Promise.all([
      fixture.push(fixture.users.alice.token, pushBody(newClientId(), [{ id, baseRev: base, fields: { lastName: 'From A' } }])),
      fixture.push(fixture.users.bob.token, pushBody(newClientId(), [{ id, baseRev: base, fields: { lastName: 'From B' } }])),
    ]);
    const statuses = [a.json().results[0].status, b.json().results[0].status].sort();
    expect(statuses).toEqual(['applied', 'conflict']);
  });
});
