// The plausibility rules (src/domain/plausibility.ts) on the server: a push breaking one is
// `rejected` with `"error":"invalid"` and the rule's words in `issues` (docs/sync-protocol.md), and
// nothing is stored: no new record, no change to an existing one.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../src/domain/wire';
import { testDatabases } from '../../tests/support/postgres';
import { readRecord } from '../db/records';
import { createFixture, newClientId, pushBody } from '../test-fixture';
import type { Fixture } from '../test-fixture';

const thisYear = new Date().getUTCFullYear();

describe.each(testDatabases())('plausibility rules on $name', (target) => {
  let fixture: Fixture;
  const push = async (mutations: Record<string, unknown>[]) =>
    (await fixture.push(fixture.users.alice.token, pushBody(newClientId(), mutations))).json<PushResponse>().results;

  beforeAll(async () => {
    fixture = await createFixture(target);
  });
  afterAll(() => fixture.close());

  it.each([
    ['a person born this year', 'candidates', { lastName: 'Born', birthDate: String(thisYear) }, 'birthDate', 'birthDateTooRecent', /younger than 14/],
    ['a person born in 1850', 'candidates', { lastName: 'Old', birthDate: '1850' }, 'birthDate', 'birthDateTooOld', /older than 100/],
    ['a phone of 2 digits', 'candidates', { lastName: 'Short', phone: '12' }, 'phone', 'phoneTooShort', /too few digits/],
    ['a phone of 22 digits', 'candidates', { lastName: 'Long', phone: '0470123456789012345678' }, 'phone', 'phoneTooLong', /too many digits/],
    ['an SPOC action in 2031', 'spocActions', { date: `${thisYear + 5}-03-01`, kind: 'individuelle' }, 'date', 'dateTooFarAhead', /more than a year ahead/],
    ['a negative head count', 'spocActions', { date: '2026-02-01', kind: 'collective', headCount: -3 }, 'headCount', 'headCountNegative', /cannot be negative/],
    ['a head count of 2.5', 'spocActions', { date: '2026-02-01', kind: 'collective', headCount: 2.5 }, 'headCount', 'headCountNotWhole', /whole number/],
    ['a session with 0 places', 'moduleSessions', { module: 'fle', date: '2026-02-01', capacity: 0 }, 'capacity', 'capacityZero', /at least one place/],
  ])('refuses %s and stores nothing', async (_name, table, fields, field, code, words) => {
    const id = randomUUID();
    const [result] = await push([{ id, table, fields }]);
    expect(result).toMatchObject({ status: 'rejected', error: 'invalid' });
    expect(result?.issues).toEqual([{ path: [field], code, message: expect.stringMatching(words) as unknown }]);
    expect(await readRecord(fixture.server.db, table as 'candidates', id)).toBeUndefined();
  });

  it('refuses closing an accompaniment before it started (as after a Titre), leaving it open', async () => {
    const candidateId = randomUUID();
    const accompanimentId = randomUUID();
    const [person, opened] = await push([
      { id: candidateId, fields: { lastName: 'Titre' } },
      { id: accompanimentId, table: 'accompaniments', fields: { candidateId, metier: 'coiffeur', startDate: '2026-03-01', status: 'open' } },
    ]);
    expect([person?.status, opened?.status]).toEqual(['applied', 'applied']);
    const before = await readRecord(fixture.server.db, 'accompaniments', accompanimentId);
    const [closed] = await push([
      { id: accompanimentId, table: 'accompaniments', baseRev: opened?.rev ?? 0, fields: { status: 'closed', exitDate: '2026-02-15', exitReason: 'titre-obtenu' } },
    ]);
    expect(closed).toMatchObject({ status: 'rejected', error: 'invalid', issues: [{ path: ['exitDate'], code: 'exitBeforeStart' }] });
    const after = await readRecord(fixture.server.db, 'accompaniments', accompanimentId);
    expect(after?.rev).toBe(before?.rev);
    expect(after?.data).toEqual(before?.data);
  });

  it('refuses an edit that makes a stored person implausible, keeping the stored value', async () => {
    const id = randomUUID();
    const [created] = await push([{ id, fields: { lastName: 'Edit', phone: '0470 12 34 56' } }]);
    expect(created?.status).toBe('applied');
    const [edited] = await push([{ id, baseRev: created?.rev ?? 0, fields: { phone: '0470' } }]);
    expect(edited).toMatchObject({ status: 'rejected', error: 'invalid' });
    expect((await readRecord(fixture.server.db, 'candidates', id))?.data.phone).toBe('0470 12 34 56');
  });
});
