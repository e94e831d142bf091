// The métier and second language of a positioning sitting are fields of the record
// (src/features/positioning/sitting.ts): validated on the wire, and kept by erasure, which wipes
// the answers, on SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import { readRecord } from '../db/records';
import { createFixture, newClientId, pushBody } from '../test-fixture';
import type { Fixture } from '../test-fixture';

const PERSON = '0190c000-0000-7000-8000-00000000a001';
const SITTING = '0190c000-0000-7000-8000-00000000a002';

describe.each(testDatabases())('sitting fields on $name', (target) => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture(target);
  });
  afterEach(() => fixture.close());

  it('stores them, refuses an unknown language, and keeps them when the person is erased', async () => {
    const sitting = { candidateId: PERSON, questionnaireId: 'positionnement', questionnaireVersion: 2, metier: 'coiffeur', secondLanguage: 'ar' };
    const answer = await fixture.push(
      fixture.users.alice.token,
      pushBody(newClientId(), [
        { table: 'candidates', id: PERSON, siteId: 'site-a', fields: { firstName: 'Awa' } },
        { table: 'positionings', id: SITTING, siteId: 'site-a', fields: { ...sitting, answers: { 'project-why': { value: 'job', at: '2026-01-01T10:00:00Z' } } } },
        { table: 'positionings', id: SITTING, siteId: 'site-a', fields: { secondLanguage: 'de' } },
      ]),
    );
    expect(answer.json<{ results: { status: string; error?: string }[] }>().results.map((result) => [result.status, result.error])).toEqual([
      ['applied', undefined],
      ['applied', undefined],
      ['rejected', 'invalid'],
    ]);
    const erased = await fixture.server.app.inject({ method: 'POST', url: `/api/candidates/${PERSON}/erase`, headers: { authorization: `Bearer ${fixture.users.admin.token}` } });
    expect(erased.statusCode).toBe(200);
    expect((await readRecord(fixture.server.db, 'positionings', SITTING))?.data).toEqual({ ...sitting, workSiteId: 'site-a' });
  });
});
