// The server's authority over pushes (docs/server-authority.md), on SQLite and PostgreSQL: each
// attack of issue 20 performed as an adviser would, refused `rejected` / `forbidden` with its seq
// consumed and nothing changed in the database (records, conflicts, audit, moves, rev counter);
// and the same answer for a foreign record, an erased, deleted or merged one, and an unknown id,
// from the push and from the routes that take an id (erase, transfer, merge, conflict resolve).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../server/admin/accounts';
import { issueToken } from '../../server/auth/tokens';
import { PASSWORD, createFixture, pushBody, revCounter, type Fixture } from '../../server/test-fixture';
import { LINK_FIELDS, SERVER_ONLY_FIELDS, type LinkTarget } from '../../src/domain/authority';
import { MODULE_CODES } from '../../src/domain/codes';
import { mergePath, transferPath } from '../../src/domain/file-admin';
import { CLIENT_WRITABLE_TABLES, type SyncedTable } from '../../src/domain/tables';
import { API_PATHS, type PushResponse, type PushResult } from '../../src/domain/wire';
import { testDatabases } from '../support/postgres';

interface LinkCase {
  table: SyncedTable;
  path: string;
  /** A valid record whose only questionable value is this link. */
  fields: (linkedId: string) => Record<string, unknown>;
}

describe.each(testDatabases())('server authority over pushes ($name)', (target) => {
  let fixture: Fixture;
  let coordA: string;
  let bothSites: string;
  let seq = 0;
  const attacker: string = randomUUID();
  const own = { candidate: randomUUID(), accompaniment: randomUUID(), session: randomUUID(), positioning: randomUUID(), kept: randomUUID(), mergedAway: randomUUID() };
  const foreign = { candidate: randomUUID(), erased: randomUUID(), deleted: randomUUID(), merged: randomUUID(), accompaniment: randomUUID(), session: randomUUID(), positioning: randomUUID(), conflict: '' };

  const inject = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
    fixture.server.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

  /** Pushes as `token` on a fresh client and expects every mutation applied. */
  async function seed(token: string, mutations: Record<string, unknown>[]): Promise<void> {
    const response = await fixture.push(token, pushBody(randomUUID(), mutations));
    expect(response.json<PushResponse>().results.map((result) => result.status)).toEqual(mutations.map(() => 'applied'));
  }

  /** Everything a refused push must leave as it was. */
  async function snapshot() {
    const db = fixture.server.db;
    return {
      rev: await revCounter(fixture.server),
      records: await db.selectFrom('records').selectAll().orderBy('table_name').orderBy('id').execute(),
      conflicts: await db.selectFrom('conflicts').selectAll().orderBy('id').execute(),
      audit: await db.selectFrom('audit_log').selectAll().orderBy('id').execute(),
      moves: await db.selectFrom('record_moves').selectAll().orderBy('rev').execute(),
    };
  }

  /** One mutation pushed by alice on the attacker's client, with the next seq. */
  async function attack(mutation: Record<string, unknown>, token = fixture.users.alice.token, clientId: string = attacker): Promise<PushResult> {
    seq += clientId === attacker ? 1 : 0;
    const body = pushBody(clientId, [{ ...mutation, seq: clientId === attacker ? seq : 1 }]);
    const response = await fixture.push(token, body);
    expect(response.statusCode).toBe(200);
    const answer = response.json<PushResponse>();
    if (clientId === attacker) expect(answer.lastSeq, 'the refused mutation consumes its seq').toBe(seq);
    return answer.results[0]!;
  }

  /** The attack is refused `forbidden`, and the database is exactly as before. */
  async function expectRefused(mutation: Record<string, unknown>, token?: string, clientId?: string): Promise<void> {
    const before = await snapshot();
    const result = await attack(mutation, token, clientId);
    expect({ status: result.status, error: result.error, issues: result.issues, rev: result.rev }, JSON.stringify(mutation)).toEqual({
      status: 'rejected',
      error: 'forbidden',
      issues: undefined,
      rev: undefined,
    });
    expect(await snapshot()).toEqual(before);
  }

  beforeAll(async () => {
    fixture = await createFixture(target);
    const account = async (email: string, role: 'adviser' | 'coordinator', siteIds: string[]) => {
      const id = await createUser(fixture.server.db, { email, password: PASSWORD, name: email, role, siteIds });
      return (await issueToken(fixture.server.db, id, undefined, 1)).token;
    };
    coordA = await account('coord-a@test.vdc.brussels', 'coordinator', ['site-a']);
    bothSites = await account('both@test.vdc.brussels', 'adviser', ['site-a', 'site-b']);
    const { alice, carol, admin } = fixture.users;
    await seed(alice.token, [
      { id: own.candidate, fields: { firstName: 'Own', lastName: 'Person', phone: '0470 10 10 10' } },
      { id: own.kept, fields: { firstName: 'Kept', lastName: 'File' } },
      { id: own.mergedAway, fields: { firstName: 'Merged', lastName: 'Away' } },
      { id: own.accompaniment, table: 'accompaniments', fields: { candidateId: own.candidate, metier: 'coiffeur', startDate: '2026-02-01', status: 'open' } },
      { id: own.session, table: 'moduleSessions', fields: { module: MODULE_CODES[0], date: '2026-02-10' } },
      { id: own.positioning, table: 'positionings', fields: { candidateId: own.candidate, questionnaireId: 'q', questionnaireVersion: 1 } },
    ]);
    const onB = { siteId: 'site-b' };
    await seed(carol.token, [
      { ...onB, id: foreign.candidate, fields: { firstName: 'Foreign', lastName: 'Person' } },
      { ...onB, id: foreign.erased, fields: { firstName: 'Erased', lastName: 'There' } },
      { ...onB, id: foreign.deleted, fields: { firstName: 'Deleted', lastName: 'There' } },
      { ...onB, id: foreign.merged, fields: { firstName: 'Merged', lastName: 'Into-own' } },
      { ...onB, id: foreign.accompaniment, table: 'accompaniments', fields: { candidateId: foreign.candidate, metier: 'coiffeur', startDate: '2026-02-01', status: 'open' } },
      { ...onB, id: foreign.session, table: 'moduleSessions', fields: { module: MODULE_CODES[0], date: '2026-02-10' } },
      { ...onB, id: foreign.positioning, table: 'positionings', fields: { candidateId: foreign.candidate, questionnaireId: 'q', questionnaireVersion: 1 } },
      { ...onB, seq: 8, id: foreign.deleted, op: 'delete', baseRev: 0 },
    ]);
    expect((await inject('POST', `/api/candidates/${foreign.erased}/erase`, admin.token)).statusCode).toBe(200);
    // A file of site B merged into a file of site A: its id must not become a way in.
    expect((await inject('POST', mergePath(foreign.merged), admin.token, { intoId: own.kept })).statusCode).toBe(200);
    expect((await inject('POST', mergePath(own.mergedAway), admin.token, { intoId: own.kept })).statusCode).toBe(200);
    // An open conflict of site B.
    const [first, second] = [randomUUID(), randomUUID()];
    await fixture.push(carol.token, pushBody(first, [{ ...onB, id: foreign.candidate, baseRev: 1, fields: { phone: '0470 20 20 20' } }]));
    await fixture.push(carol.token, pushBody(second, [{ ...onB, id: foreign.candidate, baseRev: 1, fields: { phone: '0470 30 30 30' } }]));
    const conflicts = (await inject('GET', API_PATHS.conflicts, carol.token)).json<{ conflicts: { id: string }[] }>().conflicts;
    foreign.conflict = conflicts[0]!.id;
  });
  afterAll(() => fixture.close());

  describe('server-only fields', () => {
    it('lists erased and mergedInto as server-only fields of candidates', () => {
      expect(SERVER_ONLY_FIELDS.candidates).toEqual(['erased', 'mergedInto']);
    });

    it.each([
      ['erased: true', { erased: true }],
      ['erased: false', { erased: false }],
      ['erased: null', { erased: null }],
      ['mergedInto an own file', { mergedInto: 'OWN' }],
      ['mergedInto a foreign file', { mergedInto: 'FOREIGN' }],
      ['mergedInto: null', { mergedInto: null }],
    ])('refuses %s on a new and on an existing file, storing nothing', async (_name, extra) => {
      const value = (field: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(field).map(([key, inner]) => [key, inner === 'OWN' ? own.kept : inner === 'FOREIGN' ? foreign.candidate : inner]));
      await expectRefused({ id: randomUUID(), fields: { firstName: 'New', lastName: 'File', ...value(extra) } });
      // The attack of issue 20: the adviser's own site's file, its name and phone kept, frozen for everyone.
      await expectRefused({ id: own.candidate, baseRev: 1, fields: { phone: '0470 99 99 99', ...value(extra) } });
    });

    it('refuses an unmerge through a merged-away file (the push is not redirected first)', async () => {
      await expectRefused({ id: own.mergedAway, baseRev: 0, fields: { mergedInto: null, communeCode: 'ixelles' } });
      await expectRefused({ id: own.mergedAway, baseRev: 0, fields: { mergedInto: own.candidate } });
    });

    it('refuses a change of siteId between two sites the user holds, even to an administrator', async () => {
      await expectRefused({ id: own.candidate, siteId: 'site-b', baseRev: 0, fields: { lastName: 'Moved' } }, bothSites, randomUUID());
      await expectRefused({ id: own.candidate, siteId: 'site-b', baseRev: 0, fields: { lastName: 'Moved' } }, fixture.users.admin.token, randomUUID());
    });
  });

  describe('links to records the user may not see', () => {
    const linkCases: LinkCase[] = [
      { table: 'candidates', path: 'notSamePersonAs[]', fields: (id) => ({ firstName: 'Link', lastName: 'Marks', notSamePersonAs: [own.candidate, id] }) },
      {
        table: 'candidates',
        path: 'consent.recordedBy',
        fields: (id) => ({ firstName: 'Link', lastName: 'Consent', consent: { given: true, date: '2026-03-01', scopes: ['suivi'], recordedBy: id } }),
      },
      { table: 'spocActions', path: 'candidateIds[]', fields: (id) => ({ date: '2026-03-01', kind: 'individuelle', candidateIds: [own.candidate, id] }) },
      { table: 'spocActions', path: 'adviserId', fields: (id) => ({ date: '2026-03-01', kind: 'individuelle', candidateIds: [own.candidate], adviserId: id }) },
      { table: 'accompaniments', path: 'candidateId', fields: (id) => ({ candidateId: id, metier: 'coiffeur', startDate: '2026-03-01', status: 'open' }) },
      { table: 'accompaniments', path: 'adviserId', fields: (id) => ({ candidateId: own.candidate, adviserId: id, metier: 'coiffeur', startDate: '2026-03-01', status: 'open' }) },
      { table: 'positionings', path: 'candidateId', fields: (id) => ({ candidateId: id, questionnaireId: 'q', questionnaireVersion: 1 }) },
      { table: 'positionings', path: 'accompanimentId', fields: (id) => ({ candidateId: own.candidate, accompanimentId: id, questionnaireId: 'q', questionnaireVersion: 1 }) },
      {
        table: 'positionings',
        path: 'moduleDecisions[].decidedBy',
        fields: (id) => ({ candidateId: own.candidate, questionnaireId: 'q', questionnaireVersion: 1, moduleDecisions: [{ module: MODULE_CODES[0], choice: 'accepted', decidedBy: id }] }),
      },
      { table: 'attendance', path: 'sessionId', fields: (id) => ({ sessionId: id, candidateId: own.candidate, status: 'inscrit' }) },
      { table: 'attendance', path: 'candidateId', fields: (id) => ({ sessionId: own.session, candidateId: id, status: 'inscrit' }) },
      { table: 'validationSteps', path: 'candidateId', fields: (id) => ({ candidateId: id, uc: 'UC1' }) },
      { table: 'validationSteps', path: 'accompanimentId', fields: (id) => ({ candidateId: own.candidate, accompanimentId: id, uc: 'UC1' }) },
      { table: 'followUpNotes', path: 'candidateId', fields: (id) => ({ candidateId: id, date: '2026-03-01', text: 'A note' }) },
      ...(['candidateId', 'accompanimentId', 'adviserId'] as const).map((path) => ({
        table: 'moduleWork' as const,
        path,
        fields: (id: string) => ({
          candidateId: own.candidate,
          accompanimentId: own.accompaniment,
          adviserId: fixture.users.bob.id,
          date: '2026-03-01',
          module: 'fle',
          minutes: 45,
          [path]: id,
        }),
      })),
      ...(['candidateId', 'accompanimentId', 'positioningId'] as const).map((path) => ({
        table: 'observations' as const,
        path,
        fields: (id: string) => ({
          candidateId: own.candidate,
          accompanimentId: own.accompaniment,
          positioningId: own.positioning,
          kind: 'observation',
          metier: 'coiffeur',
          uc: 'UC1',
          task: 'Un shampoing',
          result: 'met',
          observerKind: 'adviser',
          date: '2026-03-01',
          [path]: id,
        }),
      })),
      ...(['candidateId', 'recordedBy'] as const).map((path) => ({
        table: 'attachments' as const,
        path,
        fields: (id: string) => ({
          kind: 'photo',
          ownerTable: 'observations',
          ownerId: randomUUID(),
          candidateId: own.candidate,
          recordedBy: fixture.users.bob.id,
          mediaType: 'image/jpeg',
          size: 1000,
          sha256: 'a'.repeat(64),
          [path]: id,
        }),
      })),
    ];

    it('covers every link field of every table a device may push to', () => {
      const declared = CLIENT_WRITABLE_TABLES.flatMap((table) => LINK_FIELDS[table].map((link) => `${table}.${link.path}`));
      expect(linkCases.map((link) => `${link.table}.${link.path}`).sort()).toEqual(declared.sort());
    });

    /** Ids the user may not link to, by target: foreign, erased, deleted, merged into an own file, unknown. */
    const refusedIds = (to: LinkTarget): [string, string][] => {
      const unknown: [string, string] = ['unknown', randomUUID()];
      if (to === 'candidates') {
        return [['foreign', foreign.candidate], ['foreign erased', foreign.erased], ['foreign deleted', foreign.deleted], ['foreign merged into an own file', foreign.merged], unknown];
      }
      if (to === 'accompaniments') return [['foreign', foreign.accompaniment], unknown];
      if (to === 'moduleSessions') return [['foreign', foreign.session], unknown];
      if (to === 'positionings') return [['foreign', foreign.positioning], unknown];
      return [['an account of another site', fixture.users.carol.id], unknown];
    };
    const allowedId = (to: LinkTarget) =>
      ({ candidates: own.kept, accompaniments: own.accompaniment, moduleSessions: own.session, positionings: own.positioning, users: fixture.users.bob.id })[to];

    it.each(linkCases.map((link) => [`${link.table}.${link.path}`, link] as const))(
      'refuses %s to a record it may not see, the same way whether it exists or not, on a new record and on an edit',
      async (_name, link) => {
        const to = LINK_FIELDS[link.table].find((declared) => declared.path === link.path)!.to;
        const id = randomUUID();
        for (const [, refused] of refusedIds(to)) await expectRefused({ table: link.table, id, fields: link.fields(refused) });
        // The same record with a link the user may make is applied: the link alone was refused.
        const control = await attack({ table: link.table, id, fields: link.fields(allowedId(to)) });
        expect(control).toMatchObject({ status: 'applied' });
        for (const [, refused] of refusedIds(to)) await expectRefused({ table: link.table, id, baseRev: control.rev, fields: link.fields(refused) });
      },
    );

    it('keeps accepting an edit that re-sends a link the record already holds', async () => {
      const note = randomUUID();
      const control = await attack({ table: 'followUpNotes', id: note, fields: { candidateId: own.candidate, date: '2026-03-01', text: 'First' } });
      const edit = await attack({ table: 'followUpNotes', id: note, baseRev: control.rev, fields: { candidateId: own.candidate, text: 'Second' } });
      expect(edit).toMatchObject({ status: 'applied' });
    });
  });

  describe('the routes that take an id tell nothing of foreign ids', () => {
    const foreignIds = () => [foreign.candidate, foreign.erased, foreign.deleted, randomUUID()];

    it.each([
      ['erase', (id: string) => [`/api/candidates/${id}/erase`, undefined] as const],
      ['transfer', (id: string) => [transferPath(id), { siteId: 'site-a' }] as const],
      ['merge away', (id: string) => [mergePath(id), { intoId: own.candidate }] as const],
      ['merge into', (id: string) => [mergePath(own.candidate), { intoId: id }] as const],
    ])('%s: one answer for a foreign, erased, deleted or unknown file, nothing changed', async (_name, route) => {
      const before = await snapshot();
      const answers = [];
      for (const id of foreignIds()) {
        const [url, payload] = route(id);
        const response = await inject('POST', url, coordA, payload);
        answers.push([response.statusCode, response.json()]);
      }
      expect(answers).toEqual(foreignIds().map(() => [403, { error: 'forbidden' }]));
      expect(await snapshot()).toEqual(before);
    });

    it('transfer to a site not held: one answer whether the site exists or not', async () => {
      const before = await snapshot();
      for (const siteId of ['site-b', 'site-nowhere']) {
        const response = await inject('POST', transferPath(own.candidate), coordA, { siteId });
        expect([response.statusCode, response.json()]).toEqual([403, { error: 'forbidden' }]);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('conflict resolve: one answer for a foreign and an unknown conflict', async () => {
      const before = await snapshot();
      for (const id of [foreign.conflict, randomUUID()]) {
        const response = await inject('POST', `${API_PATHS.conflicts}/${id}/resolve`, coordA, { choice: 'client' });
        expect([response.statusCode, response.json()]).toEqual([403, { error: 'forbidden' }]);
      }
      expect(await snapshot()).toEqual(before);
    });
  });
});
