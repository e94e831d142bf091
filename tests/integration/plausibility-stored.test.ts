// A record stored before a plausibility rule existed (docs/plausibility.md): the server's push
// accepts an edit of its other fields, and refuses, at the field, a change of that field that
// breaks the rule, storing nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../src/domain/wire';
import { readRecord, saveRecord } from '../../server/db/records';
import { createFixture, newClientId, pushBody, type Fixture } from '../../server/test-fixture';
import { testDatabases } from '../support/postgres';

describe.each(testDatabases())('a stored record that breaks a newer rule on $name', (target) => {
  let fixture: Fixture;
  const id = randomUUID();
  const push = async (mutations: Record<string, unknown>[]) =>
    (await fixture.push(fixture.users.alice.token, pushBody(newClientId(), mutations))).json<PushResponse>().results;

  beforeAll(async () => {
    fixture = await createFixture(target);
    const [created] = await push([{ id, fields: { lastName: 'Ancien', phone: '0470 12 34 56' } }]);
    expect(created?.status).toBe('applied');
    // Written as an older version of the rules allowed it.
    const stored = await readRecord(fixture.server.db, 'candidates', id);
    if (!stored) throw new Error('not stored');
    await saveRecord(fixture.server.db, { ...stored, data: { ...stored.data, phone: '12' } });
  });
  afterAll(() => fixture.close());

  it('accepts an edit of another field', async () => {
    const stored = await readRecord(fixture.server.db, 'candidates', id);
    const [result] = await push([{ id, baseRev: stored?.rev, fields: { notes: 'Rappeler lundi' } }]);
    expect(result?.status).toBe('applied');
    expect((await readRecord(fixture.server.db, 'candidates', id))?.data).toMatchObject({ notes: 'Rappeler lundi', phone: '12' });
  });

  it('refuses a change of that field which still breaks the rule, at the field, and stores nothing', async () => {
    const stored = await readRecord(fixture.server.db, 'candidates', id);
    const [result] = await push([{ id, baseRev: stored?.rev, fields: { phone: '34' } }]);
    expect(result).toMatchObject({ status: 'rejected', error: 'invalid', issues: [expect.objectContaining({ path: ['phone'], code: 'phoneTooShort' })] });
    expect(await readRecord(fixture.server.db, 'candidates', id)).toEqual(stored);
  });
});
