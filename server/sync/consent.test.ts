// Consent scopes enforced by the server (src/domain/consent-scopes.ts): a push that shares a
// registration with a centre, or records a result from one, for a person without the sharing
// scope, or records a mail/phone contact with a person without the contact scope, is rejected in
// words and stores nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../src/domain/wire';
import { testDatabases } from '../../tests/support/postgres';
import { readRecord } from '../db/records';
import { createFixture, newClientId, pushBody } from '../test-fixture';
import type { Fixture } from '../test-fixture';

const consent = (...scopes: string[]) => ({ given: true, date: '2026-01-05', scopes });

describe.each(testDatabases())('consent scopes on $name', (target) => {
  let fixture: Fixture;
  const push = async (mutations: Record<string, unknown>[]) =>
    (await fixture.push(fixture.users.alice.token, pushBody(newClientId(), mutations))).json<PushResponse>().results;
  const person = async (scopes: string[]) => {
    const id = randomUUID();
    const [result] = await push([{ id, fields: { firstName: 'Consent', lastName: scopes.join('+') || 'none', consent: consent(...scopes) } }]);
    expect(result?.status).toBe('applied');
    return id;
  };

  beforeAll(async () => {
    fixture = await createFixture(target);
  });
  afterAll(() => fixture.close());

  it('refuses a registration or a result for a person who did not agree to share with the centre, storing nothing', async () => {
    const candidateId = await person(['suivi', 'contact']);
    for (const fields of [{ centreName: 'Centre de Namur' }, { registrationDate: '2026-03-01' }, { result: 'reussi' }, { titreDate: '2026-04-01' }]) {
      const id = randomUUID();
      const [result] = await push([{ id, table: 'validationSteps', fields: { candidateId, uc: 'UC1', ...fields } }]);
      expect(result).toMatchObject({ status: 'rejected', error: 'consent' });
      const field = Object.keys(fields)[0];
      expect(result?.issues).toEqual([{ path: [field], code: 'consentSharingMissing', message: expect.stringMatching(/not agreed to share/) as unknown }]);
      expect(await readRecord(fixture.server.db, 'validationSteps', id)).toBeUndefined();
    }
    // Planning the attempt (the UC only) shares nothing: allowed.
    expect((await push([{ id: randomUUID(), table: 'validationSteps', fields: { candidateId, uc: 'UC1' } }]))[0]?.status).toBe('applied');
    // The guidance after a second failure is held by the adviser, not the centre: its date is accepted and kept.
    const guided = randomUUID();
    expect((await push([{ id: guided, table: 'validationSteps', fields: { candidateId, uc: 'UC1', guidanceDate: '2026-03-02' } }]))[0]?.status).toBe('applied');
    expect((await readRecord(fixture.server.db, 'validationSteps', guided))?.data).toMatchObject({ guidanceDate: '2026-03-02' });
    // No consent recorded at all is no sharing consent either.
    const unknown = randomUUID();
    await push([{ id: unknown, fields: { firstName: 'No', lastName: 'Consent' } }]);
    expect((await push([{ id: randomUUID(), table: 'validationSteps', fields: { candidateId: unknown, uc: 'UC1', centreName: 'X' } }]))[0]?.error).toBe('consent');
  });

  it('accepts them once the person agreed, even earlier in the same push; an older attempt can still be corrected', async () => {
    const candidateId = await person(['suivi']);
    const step = randomUUID();
    const [given, registered] = await push([
      { id: candidateId, baseRev: (await readRecord(fixture.server.db, 'candidates', candidateId))?.rev ?? 0, fields: { consent: consent('suivi', 'partage-centre') } },
      { id: step, table: 'validationSteps', fields: { candidateId, uc: 'UC1', centreName: 'Centre de Namur', registrationDate: '2026-03-01' } },
    ]);
    expect(given?.status).toBe('applied');
    expect(registered?.status).toBe('applied');

    // Consent to sharing withdrawn: the older registration stays and can be corrected, no new centre data.
    await push([{ id: candidateId, baseRev: (await readRecord(fixture.server.db, 'candidates', candidateId))?.rev ?? 0, fields: { consent: consent('suivi') } }]);
    const rev = (await readRecord(fixture.server.db, 'validationSteps', step))?.rev ?? 0;
    const [corrected] = await push([{ id: step, table: 'validationSteps', baseRev: rev, fields: { candidateId, uc: 'UC2', centreName: 'Centre de Namur', registrationDate: '2026-03-01' } }]);
    expect(corrected?.status).toBe('applied');
    const [result] = await push([{ id: step, table: 'validationSteps', baseRev: corrected?.rev ?? 0, fields: { result: 'reussi' } }]);
    expect(result).toMatchObject({ status: 'rejected', error: 'consent' });
    expect((await readRecord(fixture.server.db, 'validationSteps', step))?.data).not.toHaveProperty('result');
  });

  it('refuses a mail/phone contact with a person who did not agree to be contacted', async () => {
    const noContact = await person(['suivi']);
    const contact = await person(['suivi', 'contact']);
    const refused = randomUUID();
    const [result] = await push([{ id: refused, table: 'spocActions', fields: { date: '2026-02-01', kind: 'mail', candidateIds: [contact, noContact] } }]);
    expect(result).toMatchObject({ status: 'rejected', error: 'consent', issues: [{ path: ['kind'], code: 'consentContactMissing', message: expect.stringMatching(/contacted/) as unknown }] });
    expect(await readRecord(fixture.server.db, 'spocActions', refused)).toBeUndefined();

    expect((await push([{ id: randomUUID(), table: 'spocActions', fields: { date: '2026-02-01', kind: 'mail', candidateIds: [contact] } }]))[0]?.status).toBe('applied');
    // Meeting them is not contacting them; turning that meeting into a mail exchange is.
    const meeting = randomUUID();
    const [met] = await push([{ id: meeting, table: 'spocActions', fields: { date: '2026-02-01', kind: 'individuelle', candidateIds: [noContact] } }]);
    expect(met?.status).toBe('applied');
    expect((await push([{ id: meeting, table: 'spocActions', baseRev: met?.rev ?? 0, fields: { kind: 'mail' } }]))[0]?.error).toBe('consent');
    expect((await readRecord(fixture.server.db, 'spocActions', meeting))?.data.kind).toBe('individuelle');
  });
});
