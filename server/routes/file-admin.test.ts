// Transfer and merge of files by a coordinator (src/domain/file-admin.ts), on SQLite and PostgreSQL:
// what moves, what is re-pointed, what is refused and why, what devices pull, what the audit says,
// and how a push from a device that was offline during the merge is redirected.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_PATHS, type AuditEntry } from '../../src/domain/accounts';
import { mergePath, transferPath } from '../../src/domain/file-admin';
import type { PullResponse, PushResponse, WireRecord } from '../../src/domain/wire';
import { testDatabases } from '../../tests/support/postgres';
import { createUser, moveSiteToOrganisation } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { readRecord } from '../db/records';
import { PASSWORD, createFixture, newClientId, pushBody, revCounter, type Fixture } from '../test-fixture';

describe.each(testDatabases())('transfer and merge of files on $name', (target) => {
  let fixture: Fixture;
  let coordA: { id: string; token: string };
  let coordAB: { id: string; token: string };
  const call = (url: string, token: string | undefined, payload?: object) =>
    fixture.server.app.inject({ method: 'POST', url, headers: token ? { authorization: `Bearer ${token}` } : {}, ...(payload ? { payload } : {}) });
  const record = async (table: 'candidates' | 'accompaniments' | 'followUpNotes' | 'spocActions' | 'positionings' | 'validationSteps' | 'attendance', id: string) =>
    readRecord(fixture.server.db, table, id);
  const pullAll = async (token: string): Promise<WireRecord[]> => (await fixture.pull(token, 0, 1000)).json<PullResponse>().changes;
  const audit = async (token: string) => (await fixture.server.app.inject({ method: 'GET', url: ACCOUNT_PATHS.audit, headers: { authorization: `Bearer ${token}` } })).json<{ entries: AuditEntry[] }>().entries;

  /** Pushes mutations as alice (site A) on a fresh client and expects every one applied. */
  async function seed(mutations: Record<string, unknown>[], token = fixture.users.alice.token): Promise<void> {
    const response = await fixture.push(token, pushBody(newClientId(), mutations));
    expect(response.json<PushResponse>().results.map((result) => result.status)).toEqual(mutations.map(() => 'applied'));
  }

  beforeAll(async () => {
    fixture = await createFixture(target);
    const coordinator = async (email: string, siteIds: string[]) => {
      const id = await createUser(fixture.server.db, { email, password: PASSWORD, name: email, role: 'coordinator', siteIds });
      return { id, token: (await issueToken(fixture.server.db, id, undefined, 1)).token };
    };
    coordA = await coordinator('coord-a@test.vdc.brussels', ['site-a']);
    // A coordinator of both sites: they belong to one organisation (a coordinator's sites must).
    await moveSiteToOrganisation(fixture.server.db, 'site-b', 'site-a');
    coordAB = await coordinator('coord-ab@test.vdc.brussels', ['site-a', 'site-b']);
  });
  afterAll(() => fixture.close());

  describe('transfer', () => {
    it('moves the file and its pathway to the new site with new revs; SPOC actions, attendance and notes stay', async () => {
      const person = randomUUID();
      const [accompaniment, positioning, step, note, action, session, attendance, otherSiteAccompaniment] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      await seed([
        { id: person, fields: { firstName: 'Nadia', lastName: 'Transfer' } },
        { id: accompaniment, table: 'accompaniments', fields: { candidateId: person, metier: 'aide-menager', startDate: '2026-01-05', status: 'open' } },
        { id: positioning, table: 'positionings', fields: { candidateId: person, accompanimentId: accompaniment, questionnaireId: 'q', questionnaireVersion: 1 } },
        { id: step, table: 'validationSteps', fields: { candidateId: person, accompanimentId: accompaniment, uc: 'UC1' } },
        { id: note, table: 'followUpNotes', fields: { candidateId: person, date: '2026-01-06', text: 'Site A only' } },
        { id: action, table: 'spocActions', fields: { date: '2026-01-04', kind: 'individuelle', candidateIds: [person] } },
        { id: session, table: 'moduleSessions', fields: { module: 'soft-skills', date: '2026-01-10' } },
        { id: attendance, table: 'attendance', fields: { sessionId: session, candidateId: person, status: 'inscrit' } },
      ]);
      await seed([{ id: otherSiteAccompaniment, table: 'accompaniments', siteId: 'site-b', fields: { candidateId: person, metier: 'coiffeur', startDate: '2026-01-05', status: 'open' } }], fixture.users.admin.token);
      const revBefore = await revCounter(fixture.server);

      const response = await call(transferPath(person), coordAB.token, { siteId: 'site-b' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ ok: true, moved: 3 });

      for (const [table, id] of [['candidates', person], ['accompaniments', accompaniment], ['positionings', positioning], ['validationSteps', step]] as const) {
        const moved = await record(table, id);
        expect(moved?.siteId, `${table} follows the person`).toBe('site-b');
        expect(moved?.rev).toBeGreaterThan(revBefore);
      }
      for (const [table, id] of [['followUpNotes', note], ['spocActions', action], ['attendance', attendance]] as const) {
        expect((await record(table, id))?.siteId, `${table} stays`).toBe('site-a');
      }
      // Site B's adviser pulls the file and its pathway, never site A's note.
      const carolSees = await pullAll(fixture.users.carol.token);
      expect(carolSees.map((change) => change.id)).toEqual(expect.arrayContaining([person, accompaniment, positioning, step]));
      expect(carolSees.map((change) => change.id)).not.toContain(note);
      // Site A's tablets pull a tombstone of each moved record: the file leaves them; the note stays.
      const aliceSees = (await fixture.pull(fixture.users.alice.token, revBefore, 1000)).json<PullResponse>().changes;
      expect(aliceSees.filter((change) => change.deleted).map((change) => change.id).sort()).toEqual([person, accompaniment, positioning, step].sort());
      expect(aliceSees.filter((change) => change.deleted).every((change) => change.siteId === 'site-a' && Object.keys(change.data).length === 0)).toBe(true);
      expect(aliceSees.map((change) => change.id)).not.toContain(note);
      // A coordinator of both sites gets the moved records themselves, never a tombstone.
      const bothSee = (await fixture.pull(coordAB.token, revBefore, 1000)).json<PullResponse>().changes;
      expect(bothSee.filter((change) => change.deleted)).toEqual([]);
      expect(bothSee.find((change) => change.id === person)?.siteId).toBe('site-b');
      // Paging through the tombstones and records gives each once, in rev order.
      const paged: WireRecord[] = [];
      for (let cursor = revBefore, more = true; more; ) {
        const page = (await fixture.pull(fixture.users.alice.token, cursor, 2)).json<PullResponse>();
        paged.push(...page.changes);
        cursor = page.cursor;
        more = page.hasMore;
      }
      expect(paged).toEqual(aliceSees);
      // Edits through sync on the old site are refused; the transfer was the only way to move it.
      const rev = (await record('candidates', person))?.rev ?? 0;
      const stale = await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [{ id: person, baseRev: rev, fields: { phone: '0470 00 00 09' } }]));
      expect(stale.json<PushResponse>().results[0]).toMatchObject({ status: 'rejected', error: 'forbidden_site' });

      const entries = await audit(coordAB.token);
      const transferred = entries.filter((entry) => entry.action === 'candidate-transferred' && entry.targetId === person);
      expect(transferred.map((entry) => entry.siteIds)).toEqual([['site-a', 'site-b']]);
      expect(transferred[0]).toMatchObject({ actorId: coordAB.id, targetTable: 'candidates' });
    });

    it('refuses in words: advisers, sites not held on either side, unknown files and sites, same site, bad bodies', async () => {
      const person = randomUUID();
      await seed([{ id: person, fields: { firstName: 'Refused', lastName: 'Transfer' } }]);
      const before = await record('candidates', person);
      const cases: [string, string | undefined, object | undefined, number, string][] = [
        [transferPath(person), undefined, { siteId: 'site-b' }, 401, 'unauthorized'],
        [transferPath(person), fixture.users.alice.token, { siteId: 'site-b' }, 403, 'forbidden'],
        [transferPath(person), fixture.users.alice.token, { nonsense: true }, 403, 'forbidden'],
        [transferPath(person), coordA.token, { siteId: 'site-b' }, 403, 'forbidden'],
        // An unknown id, or a site the caller does not hold, is refused like a foreign one (no existence oracle).
        [transferPath(randomUUID()), coordAB.token, { siteId: 'site-b' }, 403, 'forbidden'],
        [transferPath(person), coordAB.token, { siteId: 'site-nowhere' }, 403, 'forbidden'],
        [transferPath(person), fixture.users.admin.token, { siteId: 'site-nowhere' }, 400, 'bad_request'],
        [transferPath(person), coordAB.token, { siteId: 'site-a' }, 409, 'same_site'],
        [transferPath(person), coordAB.token, { site: 'site-b' }, 400, 'bad_request'],
        [transferPath(person), coordAB.token, { siteId: 42 }, 400, 'bad_request'],
      ];
      for (const [url, token, payload, status, error] of cases) {
        const response = await call(url, token, payload);
        expect(response.statusCode, JSON.stringify(payload)).toBe(status);
        expect(response.json()).toMatchObject({ error });
      }
      const sameSite = await call(transferPath(person), coordAB.token, { siteId: 'site-a' });
      expect(sameSite.json<{ message: string }>().message).toBe('The file is already on this site.');
      const unknownSite = await call(transferPath(person), fixture.users.admin.token, { siteId: 'site-nowhere' });
      expect(unknownSite.json<{ issues: { message: string }[] }>().issues[0]?.message).toBe('This site does not exist.');
      expect(await record('candidates', person)).toEqual(before);
    });

    it('lets an administrator transfer between any sites', async () => {
      const person = randomUUID();
      await seed([{ id: person, fields: { firstName: 'Admin', lastName: 'Moves' } }]);
      expect((await call(transferPath(person), fixture.users.admin.token, { siteId: 'site-b' })).statusCode).toBe(200);
      expect((await record('candidates', person))?.siteId).toBe('site-b');
    });
  });

  describe('merge', () => {
    it('marks the merged-away file, fills the kept file without overwriting, re-points every link, and keeps everything', async () => {
      const [kept, away, earlier, other, accompaniment, note, action, session, attendance] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      await seed([
        { id: other, fields: { firstName: 'Other', lastName: 'Person' } },
        { id: kept, fields: { firstName: 'Mohammed', lastName: 'El Amrani', birthDate: '1990', phone: '0470 11 11 11', languages: ['ar'], notSamePersonAs: [other] } },
        { id: away, fields: { firstName: 'Muhammad', lastName: 'Al-Amrani', birthDate: '1990-03-12', phone: '0470 22 22 22', email: 'm@example.be', languages: ['fr', 'ar'], notes: 'Met at the CPAS' } },
        { id: earlier, fields: { firstName: 'M.', lastName: 'Amrani' } },
        { id: accompaniment, table: 'accompaniments', fields: { candidateId: away, metier: 'coiffeur', startDate: '2026-02-01', status: 'open' } },
        { id: note, table: 'followUpNotes', fields: { candidateId: away, date: '2026-02-02', text: 'Kept' } },
        { id: action, table: 'spocActions', fields: { date: '2026-02-03', kind: 'collective', candidateIds: [kept, away, other] } },
        { id: session, table: 'moduleSessions', fields: { module: 'soft-skills', date: '2026-02-10' } },
        { id: attendance, table: 'attendance', fields: { sessionId: session, candidateId: away, status: 'inscrit' } },
      ]);
      // An earlier merge (mergedInto is set by the merge route only, never by a push).
      expect((await call(mergePath(earlier), coordA.token, { intoId: away })).statusCode).toBe(200);
      const awayBefore = await record('candidates', away);
      const revBefore = await revCounter(fixture.server);

      const response = await call(mergePath(away), coordA.token, { intoId: kept });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ ok: true, repointed: 5 });

      const keptAfter = await record('candidates', kept);
      expect(keptAfter?.data).toEqual({
        firstName: 'Mohammed',
        lastName: 'El Amrani',
        birthDate: '1990-03-12',
        phone: '0470 11 11 11',
        email: 'm@example.be',
        languages: ['ar', 'fr'],
        notes: 'Met at the CPAS',
        notSamePersonAs: [other],
      });
      const awayAfter = await record('candidates', away);
      expect(awayAfter?.data).toEqual({ ...awayBefore?.data, mergedInto: kept });
      expect(awayAfter?.deleted).toBe(false);
      expect((await record('candidates', earlier))?.data.mergedInto).toBe(kept);
      expect((await record('accompaniments', accompaniment))?.data.candidateId).toBe(kept);
      expect((await record('followUpNotes', note))?.data).toMatchObject({ candidateId: kept, text: 'Kept' });
      expect((await record('attendance', attendance))?.data.candidateId).toBe(kept);
      expect((await record('spocActions', action))?.data.candidateIds).toEqual([kept, other]);
      for (const id of [kept, away, earlier]) expect((await record('candidates', id))?.rev).toBeGreaterThan(revBefore);

      // Devices pull every change.
      const pulled = (await fixture.pull(fixture.users.bob.token, revBefore, 1000)).json<PullResponse>().changes;
      expect(pulled.map((change) => change.id).sort()).toEqual([kept, away, earlier, accompaniment, note, action, attendance].sort());

      const entries = await audit(coordA.token);
      expect(entries).toContainEqual(expect.objectContaining({ action: 'candidates-merged', actorId: coordA.id, siteIds: ['site-a'], targetTable: 'candidates', targetId: away }));
    });

    it('refuses merging into itself, into an erased or merged file, a merged file, and what the caller may not do', async () => {
      const [a, b, erased, gone, target2] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      await seed([
        { id: a, fields: { firstName: 'A', lastName: 'Merge' } },
        { id: b, fields: { firstName: 'B', lastName: 'Merge' } },
        { id: erased, fields: { firstName: 'E', lastName: 'Merge' } },
        { id: target2, fields: { firstName: 'T', lastName: 'Merge' } },
        { id: gone, fields: { firstName: 'G', lastName: 'Merge' } },
      ]);
      expect((await call(mergePath(gone), coordA.token, { intoId: target2 })).statusCode).toBe(200);
      expect((await call(`/api/candidates/${erased}/erase`, coordA.token)).statusCode).toBe(200);
      const onB = randomUUID();
      await seed([{ id: onB, siteId: 'site-b', fields: { firstName: 'On', lastName: 'B' } }], fixture.users.carol.token);
      const revBefore = await revCounter(fixture.server);
      const cases: [string, string, object, number, string][] = [
        [a, coordA.token, { intoId: a }, 409, 'same_file'],
        [a, coordA.token, { intoId: erased }, 409, 'into_erased'],
        [erased, coordA.token, { intoId: a }, 409, 'erased'],
        [a, coordA.token, { intoId: gone }, 409, 'into_merged'],
        [gone, coordA.token, { intoId: a }, 409, 'merged'],
        [a, coordA.token, { intoId: randomUUID() }, 403, 'forbidden'],
        [randomUUID(), coordA.token, { intoId: a }, 403, 'forbidden'],
        [a, fixture.users.alice.token, { intoId: b }, 403, 'forbidden'],
        [a, coordA.token, { intoId: onB }, 403, 'forbidden'],
        [onB, coordA.token, { intoId: a }, 403, 'forbidden'],
        [a, coordA.token, { into: b }, 400, 'bad_request'],
      ];
      for (const [id, token, payload, status, error] of cases) {
        const response = await call(mergePath(id), token, payload);
        expect(response.statusCode, `${error} ${JSON.stringify(payload)}`).toBe(status);
        expect(response.json()).toMatchObject({ error });
        if (status === 409) expect(response.json<{ message: string }>().message.length).toBeGreaterThan(10);
      }
      expect(await revCounter(fixture.server)).toBe(revBefore);
      // A coordinator of both sites may merge across them.
      expect((await call(mergePath(onB), coordAB.token, { intoId: a })).statusCode).toBe(200);
    });

    it('redirects the pushes of a device that was offline during the merge to the kept file', async () => {
      const [kept, away, accompaniment, action] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      await seed([
        { id: kept, fields: { firstName: 'Fatima', lastName: 'Benali' } },
        { id: away, fields: { firstName: 'Fatma', lastName: 'Ben Ali', phone: '0470 33 33 33' } },
      ]);
      const awayRev = (await record('candidates', away))?.rev ?? 0;
      expect((await call(mergePath(away), coordA.token, { intoId: kept })).statusCode).toBe(200);

      // Bob's tablet, offline during the merge, still knows only the merged-away file.
      const response = await fixture.push(
        fixture.users.bob.token,
        pushBody(newClientId(), [
          { id: away, baseRev: awayRev, fields: { communeCode: 'ixelles' } },
          { id: accompaniment, table: 'accompaniments', fields: { candidateId: away, metier: 'coiffeur', startDate: '2026-03-01', status: 'open' } },
          { id: action, table: 'spocActions', fields: { date: '2026-03-01', kind: 'collective', candidateIds: [away, kept] } },
          { id: away, op: 'delete', baseRev: awayRev },
        ]),
      );
      const results = response.json<PushResponse>().results;
      expect(results.slice(0, 3).map((result) => result.status)).toEqual(['applied', 'applied', 'applied']);
      expect(results[3]).toMatchObject({ status: 'rejected', error: 'merged' });

      expect((await record('candidates', kept))?.data).toMatchObject({ communeCode: 'ixelles', phone: '0470 33 33 33' });
      expect((await record('candidates', kept))?.data.mergedInto).toBeUndefined();
      const awayAfter = await record('candidates', away);
      expect(awayAfter).toMatchObject({ deleted: false, data: { mergedInto: kept } });
      expect(awayAfter?.data.communeCode).toBeUndefined();
      expect((await record('accompaniments', accompaniment))?.data.candidateId).toBe(kept);
      expect((await record('spocActions', action))?.data.candidateIds).toEqual([kept]);
    });

    it('erases the merged-away file with the kept one (the same person), keeping its link for the reports', async () => {
      const [kept, away] = [randomUUID(), randomUUID()];
      await seed([
        { id: kept, fields: { firstName: 'Erase', lastName: 'Kept', gender: 'F' } },
        { id: away, fields: { firstName: 'Erase', lastName: 'Away', phone: '0470 77 77 77', birthDate: '1980-01-02' } },
      ]);
      expect((await call(mergePath(away), coordA.token, { intoId: kept })).statusCode).toBe(200);
      expect((await call(`/api/candidates/${kept}/erase`, coordA.token)).statusCode).toBe(200);
      expect((await record('candidates', kept))?.data).toEqual({ gender: 'F', birthDate: '1980', erased: true });
      expect((await record('candidates', away))?.data).toEqual({ birthDate: '1980', erased: true, mergedInto: kept });
      // A late edit of the merged-away file is redirected to the erased file, and refused.
      const response = await fixture.push(fixture.users.bob.token, pushBody(newClientId(), [{ id: away, baseRev: 1, fields: { firstName: 'Back' } }]));
      expect(response.json<PushResponse>().results[0]).toMatchObject({ status: 'rejected', error: 'erased' });
    });

    it('turns a redirected edit of a field the merge filled into a conflict, never an overwrite', async () => {
      const [kept, away] = [randomUUID(), randomUUID()];
      await seed([
        { id: kept, fields: { firstName: 'Jan', lastName: 'Peeters' } },
        { id: away, fields: { firstName: 'Jan', lastName: 'Peters', phone: '0470 44 44 44' } },
      ]);
      const awayRev = (await record('candidates', away))?.rev ?? 0;
      expect((await call(mergePath(away), coordA.token, { intoId: kept })).statusCode).toBe(200);
      // The kept file now has a phone from the merge; meanwhile another adviser corrected it on the kept file.
      const keptRev = (await record('candidates', kept))?.rev ?? 0;
      await seed([{ id: kept, baseRev: keptRev, fields: { phone: '0470 55 55 55' } }]);
      const response = await fixture.push(fixture.users.bob.token, pushBody(newClientId(), [{ id: away, baseRev: awayRev, fields: { phone: '0470 66 66 66' } }]));
      expect(response.json<PushResponse>().results[0]).toMatchObject({ status: 'conflict', conflicts: [{ field: 'phone', serverValue: '0470 55 55 55', clientValue: '0470 66 66 66' }] });
      expect((await record('candidates', kept))?.data.phone).toBe('0470 55 55 55');
      const conflicts = (await fixture.server.app.inject({ method: 'GET', url: '/api/sync/conflicts', headers: { authorization: `Bearer ${coordA.token}` } })).json<{ conflicts: { recordId: string }[] }>().conflicts;
      expect(conflicts.map((conflict) => conflict.recordId)).toContain(kept);
    });
  });
});
