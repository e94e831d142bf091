// A transfer moves who holds the file, never who did the work (docs/transfers.md),
// on SQLite and PostgreSQL: the figures of every past period, for each site and for the network,
// are the same before and after; the open accompaniment is closed at the old site (`transfert`)
// and a new one opens at the new site; follow-up notes stay at the old site, read-only there; a
// handover note goes to the new site only with the person's agreement.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transferPath } from '../../src/domain/file-admin';
import { computeActivityReport, type ActivityReport, type ReportInput, type ReportRecord, type ReportTable } from '../../src/domain/report';
import { FIGURES_ONLY_CANDIDATE_FIELDS, MOVED_WORK_PATH, withMovedWork, type MovedWork } from '../../src/domain/report/moved-work';
import { isReportTable } from '../../src/domain/report/fields';
import type { PushResponse } from '../../src/domain/wire';
import { testDatabases } from '../../tests/support/postgres';
import { createUser, moveSiteToOrganisation } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { readRecord, type StoredRecord } from '../db/records';
import { reportInputCache } from '../reports/input-cache';
import { PASSWORD, createFixture, newClientId, pushBody, type Fixture } from '../test-fixture';
import { transferCandidate } from './transfer';

const TRANSFER_DAY = '2025-07-01';
/** Past periods: whole years, quarters, a month and a period across the year's end, all before the transfer day. */
const PAST_PERIODS = [
  { from: '2024-01-01', to: '2024-12-31' },
  { from: '2024-01-01', to: '2024-03-31' },
  { from: '2024-10-01', to: '2024-12-31' },
  { from: '2024-11-15', to: '2025-02-14' },
  { from: '2025-01-01', to: '2025-06-30' },
  { from: '2025-03-01', to: '2025-03-31' },
];
const SELECTIONS = [['site-a'], ['site-b'], ['site-a', 'site-b'], undefined] as const;

/**
 * Every figure of the report for the period. Left out: the data-quality panel (files to check as
 * they are held now, not figures), and the evolution table's rows of the transfer's own year,
 * which is not over: the new accompaniment opened at the new site is that year's work.
 */
function figures(report: ActivityReport) {
  const { dataQuality: _toCheckNow, evolution, ...rest } = report;
  const before = (row: { year: number }) => row.year < Number(TRANSFER_DAY.slice(0, 4));
  return { ...rest, evolution: { rows: evolution.rows.filter(before), network: evolution.network.filter(before) } };
}

describe.each(testDatabases())('a transfer and past figures on $name', (target) => {
  let fixture: Fixture;
  let coordAB: { id: string; token: string };
  const person = randomUUID();
  const ids = {
    closedPath: randomUUID(),
    openPath: randomUUID(),
    step2024: randomUUID(),
    step2025: randomUUID(),
    action2024: randomUUID(),
    action2025: randomUUID(),
    session: randomUUID(),
    attendance: randomUUID(),
    work: randomUUID(),
    note: randomUUID(),
    positioning: randomUUID(),
  };

  beforeEach(async () => {
    fixture = await createFixture(target);
    await moveSiteToOrganisation(fixture.server.db, 'site-b', 'site-a');
    const id = await createUser(fixture.server.db, { email: 'coord-ab@test.vdc.brussels', password: PASSWORD, name: 'Coord AB', role: 'coordinator', siteIds: ['site-a', 'site-b'] });
    coordAB = { id, token: (await issueToken(fixture.server.db, id, undefined, 1)).token };
    const alice = fixture.users.alice;
    const mutations = [
      { id: person, fields: { firstName: 'Nadia', lastName: 'Transfer', gender: 'F', birthDate: '1980-05-01', communeCode: 'schaerbeek', consent: { given: true, date: '2024-01-05', scopes: ['suivi', 'partage-centre', 'contact'] } } },
      { id: ids.action2024, table: 'spocActions', fields: { date: '2024-02-10', kind: 'individuelle', candidateIds: [person], metiers: ['aide-menager'] } },
      { id: ids.action2025, table: 'spocActions', fields: { date: '2025-01-20', kind: 'individuelle', candidateIds: [person], metiers: ['coiffeur'] } },
      { id: ids.closedPath, table: 'accompaniments', fields: { candidateId: person, metier: 'aide-menager', startDate: '2024-03-01', status: 'closed', exitDate: '2024-12-01', exitReason: 'titre-obtenu', adviserId: alice.id } },
      { id: ids.openPath, table: 'accompaniments', fields: { candidateId: person, metier: 'coiffeur', startDate: '2025-02-01', status: 'open', adviserId: alice.id } },
      { id: ids.step2024, table: 'validationSteps', fields: { candidateId: person, accompanimentId: ids.closedPath, uc: 'UC1', centreRegion: 'wallonie', registrationDate: '2024-09-01', testDate: '2024-10-15', result: 'reussi', titreDate: '2024-11-01' } },
      { id: ids.step2025, table: 'validationSteps', fields: { candidateId: person, accompanimentId: ids.openPath, uc: 'UC1', centreRegion: 'bruxelles', registrationDate: '2025-03-01', testDate: '2025-05-10', result: 'echoue' } },
      { id: ids.session, table: 'moduleSessions', fields: { module: 'soft-skills', date: '2024-04-10' } },
      { id: ids.attendance, table: 'attendance', fields: { sessionId: ids.session, candidateId: person, status: 'present', hours: 3 } },
      { id: ids.work, table: 'moduleWork', fields: { accompanimentId: ids.openPath, candidateId: person, date: '2025-03-12', module: 'fle', minutes: 60, adviserId: alice.id } },
      { id: ids.positioning, table: 'positionings', fields: { candidateId: person, accompanimentId: ids.openPath, questionnaireId: 'q', questionnaireVersion: 1 } },
      { id: ids.note, table: 'followUpNotes', fields: { candidateId: person, date: '2025-02-02', text: 'Site A only' } },
    ];
    const answer = (await fixture.push(alice.token, pushBody(newClientId(), mutations))).json<PushResponse>();
    expect(answer.results.map((result) => result.status)).toEqual(mutations.map(() => 'applied'));
  });
  afterEach(() => fixture.close());

  const pastReports = async () => {
    const { input } = await reportInputCache(fixture.server.database).current();
    return PAST_PERIODS.flatMap((period) => SELECTIONS.map((siteIds) => figures(computeActivityReport(input, { ...period, ...(siteIds ? { siteIds } : {}) }))));
  };
  const stored = (table: 'accompaniments' | 'followUpNotes' | 'moduleWork' | 'validationSteps', id: string) => readRecord(fixture.server.db, table, id);

  it('changes no figure of any past period, for either site or the network', async () => {
    const before = await pastReports();
    // The data set reaches both years' tables: the comparison is not of empty reports.
    expect(before[0]).toMatchObject({ spoc: { total: { actions: 1, persons: 1 } }, accompaniment: { total: { accompaniments: 1, personsWithTitre: 1 } }, validation: { total: { titres: 1 } } });

    await transferCandidate(fixture.server.database, { id: coordAB.id, name: 'Coord AB', role: 'coordinator', siteIds: ['site-a', 'site-b'] }, person, 'site-b', { today: TRANSFER_DAY });

    expect(await pastReports()).toEqual(before);
    // The moved records are held by the new site and keep the site where the work was done.
    for (const [table, id] of [['accompaniments', ids.closedPath], ['validationSteps', ids.step2024], ['moduleWork', ids.work]] as const) {
      expect(await stored(table, id)).toMatchObject({ siteId: 'site-b', data: { workSiteId: 'site-a' } });
    }
  });

  it('closes the open accompaniment at the old site with `transfert` and opens one at the new site', async () => {
    await transferCandidate(fixture.server.database, { id: coordAB.id, name: 'Coord AB', role: 'coordinator', siteIds: ['site-a', 'site-b'] }, person, 'site-b', { today: TRANSFER_DAY });
    expect((await stored('accompaniments', ids.openPath))?.data).toMatchObject({ status: 'closed', exitDate: TRANSFER_DAY, exitReason: 'transfert', workSiteId: 'site-a' });
    // The closed one stays as it was (no second exit).
    expect((await stored('accompaniments', ids.closedPath))?.data).toMatchObject({ exitDate: '2024-12-01', exitReason: 'titre-obtenu' });
    const opened = await fixture.server.db.selectFrom('records').select(['id', 'site_id', 'data']).where('table_name', '=', 'accompaniments').where('id', 'not in', [ids.openPath, ids.closedPath]).execute();
    expect(opened.map((row) => ({ siteId: row.site_id, data: JSON.parse(row.data) as unknown }))).toEqual([
      { siteId: 'site-b', data: { candidateId: person, metier: 'coiffeur', startDate: TRANSFER_DAY, status: 'open', workSiteId: 'site-b' } },
    ]);
    // The new site's adviser pulls the new accompaniment.
    const pulled = (await fixture.pull(fixture.users.carol.token)).json<{ changes: StoredRecord[] }>().changes;
    expect(pulled.filter((change) => change.table === 'accompaniments').map((change) => change.id).sort()).toEqual([ids.closedPath, ids.openPath, opened[0]?.id].sort());
  });

  it('leaves follow-up notes at the old site, read-only there, and sends only an agreed handover note', async () => {
    const refused = await fixture.server.app.inject({
      method: 'POST',
      url: transferPath(person),
      headers: { authorization: `Bearer ${coordAB.token}` },
      payload: { siteId: 'site-b', handoverNote: 'Prefers mornings' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: 'bad_request', issues: [expect.objectContaining({ path: ['personAgreed'], code: 'handoverNeedsAgreement' })] });
    expect((await readRecord(fixture.server.db, 'candidates', person))?.siteId).toBe('site-a');

    const done = await fixture.server.app.inject({
      method: 'POST',
      url: transferPath(person),
      headers: { authorization: `Bearer ${coordAB.token}` },
      payload: { siteId: 'site-b', handoverNote: '  Prefers mornings  ', personAgreed: true },
    });
    expect(done.statusCode).toBe(200);
    const note = await stored('followUpNotes', ids.note);
    expect(note).toMatchObject({ siteId: 'site-a', data: { text: 'Site A only' } });
    const notes = await fixture.server.db.selectFrom('records').select(['site_id', 'data']).where('table_name', '=', 'followUpNotes').where('id', '<>', ids.note).execute();
    expect(notes.map((row) => ({ siteId: row.site_id, data: JSON.parse(row.data) as unknown }))).toEqual([{ siteId: 'site-b', data: { candidateId: person, date: expect.any(String), text: 'Prefers mornings' } }]);

    // The old site's adviser may no longer change or delete the note it kept.
    for (const mutation of [
      { table: 'followUpNotes', id: ids.note, baseRev: note?.rev, fields: { text: 'Changed' } },
      { table: 'followUpNotes', id: ids.note, baseRev: note?.rev, op: 'delete' },
    ]) {
      const answer = (await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [mutation]))).json<PushResponse>();
      expect(answer.results[0]).toMatchObject({ status: 'rejected', error: 'forbidden' });
    }
    expect(await stored('followUpNotes', ids.note)).toEqual(note);
  });
  it('keeps the old site\'s past figures on its tablets: figures only, through GET /api/reports/moved-work', async () => {
    const coordA = await createUser(fixture.server.db, { email: 'coord-a@test.vdc.brussels', password: PASSWORD, name: 'Coord A', role: 'coordinator', siteIds: ['site-a'] });
    const coordAToken = (await issueToken(fixture.server.db, coordA, undefined, 1)).token;
    // What a tablet of site A holds: everything it pulls from cursor 0, tombstones dropped.
    const tabletInput = async (): Promise<ReportInput> => {
      const changes = (await fixture.pull(fixture.users.alice.token, 0, 1000)).json<{ changes: (ReportRecord<ReportTable> & { table: string })[] }>().changes;
      const tables: Record<ReportTable, ReportRecord<ReportTable>[]> = { candidates: [], spocActions: [], accompaniments: [], moduleSessions: [], attendance: [], validationSteps: [], moduleWork: [], positionings: [] };
      for (const { table, id, siteId, deleted, data } of changes) if (isReportTable(table) && !deleted) tables[table].push({ id, siteId, deleted, data });
      return tables as unknown as ReportInput;
    };
    const tabletReports = (input: ReportInput) => PAST_PERIODS.map((period) => figures(computeActivityReport(input, { ...period, siteIds: ['site-a'] })));
    const before = tabletReports(await tabletInput());
    expect(before[0]).toMatchObject({ accompaniment: { total: { accompaniments: 1 } }, validation: { total: { titres: 1 } }, profiles: { gender: { F: 1 } } });

    await transferCandidate(fixture.server.database, { id: fixture.users.admin.id, name: 'Admin', role: 'admin', siteIds: [] }, person, 'site-b', { today: TRANSFER_DAY });

    const after = await tabletInput();
    // The gap this closes: the tablet alone has lost the person's past work.
    expect(tabletReports(after)).not.toEqual(before);
    const answer = await fixture.server.app.inject({ method: 'GET', url: MOVED_WORK_PATH, headers: { authorization: `Bearer ${coordAToken}` } });
    expect(answer.statusCode).toBe(200);
    const { movedWork } = answer.json<{ movedWork: MovedWork }>();
    expect(tabletReports(withMovedWork(after, movedWork))).toEqual(before);
    // Figures only: no name, no note, no consent, no adviser; the person's file is not sent.
    expect(answer.body).not.toMatch(/Nadia|Transfer|Site A only|consent|adviserId|UC1/);
    expect(movedWork.candidates.map((record) => record.id)).toEqual([person]);
    for (const record of movedWork.candidates) expect(Object.keys(record.data).every((field) => (FIGURES_ONLY_CANDIDATE_FIELDS as readonly string[]).includes(field))).toBe(true);
    expect(movedWork.accompaniments.map((record) => record.id).sort()).toEqual([ids.closedPath, ids.openPath].sort());
    // Site B's coordinator gets nothing of it (its tablets hold the records), nor does an adviser.
    const coordB = await createUser(fixture.server.db, { email: 'coord-b@test.vdc.brussels', password: PASSWORD, name: 'Coord B', role: 'coordinator', siteIds: ['site-b'] });
    const coordBAnswer = await fixture.server.app.inject({ method: 'GET', url: MOVED_WORK_PATH, headers: { authorization: `Bearer ${(await issueToken(fixture.server.db, coordB, undefined, 1)).token}` } });
    expect(Object.values(coordBAnswer.json<{ movedWork: MovedWork }>().movedWork).flat()).toEqual([]);
    expect((await fixture.server.app.inject({ method: 'GET', url: MOVED_WORK_PATH, headers: { authorization: `Bearer ${fixture.users.alice.token}` } })).statusCode).toBe(403);
  });
});
