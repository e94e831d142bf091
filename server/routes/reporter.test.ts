// The network reporter (docs/roles-and-organisations.md): logs in, reads the masked report of every
// organisation, and nothing else: no pull, push or conflicts (no tablet workspace), no accounts, no
// files. And a coordinator's tablet holds the files of their organisation only.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_PATHS } from '../../src/domain/accounts';
import { AUDIT_PATHS } from '../../src/domain/audit';
import type { ActivityReport, NetworkReport } from '../../src/domain/report';
import { API_PATHS } from '../../src/domain/wire';
import type { PullResponse } from '../../src/domain/wire';
import { testDatabases } from '../../tests/support/postgres';
import { createSite, createUser } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { organisationSiteIds } from '../organisations/sites';
import { PASSWORD, createFixture, newClientId, pushBody, revCounter } from '../test-fixture';
import type { Fixture } from '../test-fixture';
import { NETWORK_SITE_ID } from '../../src/domain/metiers/catalogue';

const YEAR = 'from=2026-01-01&to=2026-12-31';

describe.each(testDatabases())('the network reporter on $name', (target) => {
  let fixture: Fixture;
  let reporterToken: string;
  let coordToken: string;
  let candidateAtA: string | undefined;
  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, token: string, payload?: object) =>
    fixture.server.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    fixture = await createFixture(target);
    const db = fixture.server.db;
    // A second site of Mission Locale A's organisation, and a CPAS of its own.
    await createSite(db, { id: 'site-a2', name: 'Mission Locale A, antenne', kind: 'mission-locale', organisationId: 'site-a' });
    await createSite(db, { id: 'cpas-c', name: 'CPAS C', kind: 'cpas' });
    await createUser(db, { email: 'reseau@test.vdc.brussels', password: PASSWORD, name: 'Réseau', role: 'reporter', siteIds: [] });
    const coordId = await createUser(db, { email: 'coord-a@test.vdc.brussels', password: PASSWORD, name: 'Coord A', role: 'coordinator', siteIds: ['site-a', 'site-a2'] });
    coordToken = (await issueToken(db, coordId, undefined, 1)).token;
    const cpasAdviser = await createUser(db, { email: 'cpas@test.vdc.brussels', password: PASSWORD, name: 'CPAS', role: 'adviser', siteIds: ['cpas-c'] });
    const cpasToken = (await issueToken(db, cpasAdviser, undefined, 1)).token;
    // Two persons accompanied at site A, three at site B, one at the CPAS: every profile cell is small.
    const informed = async (token: string, siteId: string, count: number) => {
      const ids = Array.from({ length: count }, () => randomUUID());
      const mutations = [
        ...ids.map((id, index) => ({ id, siteId, fields: { firstName: `Personne ${index}`, lastName: 'Réseau', gender: siteId === 'site-b' ? 'M' : 'F', birthDate: '1990' } })),
        { id: randomUUID(), siteId, table: 'spocActions', fields: { date: '2026-03-02', kind: 'collective', candidateIds: ids } },
        ...ids.map((candidateId) => ({ id: randomUUID(), siteId, table: 'accompaniments', fields: { candidateId, metier: 'coiffeur', startDate: '2026-03-02', status: 'open' } })),
        { id: randomUUID(), siteId, table: 'followUpNotes', fields: { candidateId: ids[0], date: '2026-03-02', text: 'Note de suivi confidentielle' } },
      ];
      candidateAtA ??= ids[0];
      const response = await fixture.push(token, pushBody(newClientId(), mutations));
      expect(response.json<{ results: { status: string }[] }>().results.every((result) => result.status === 'applied')).toBe(true);
    };
    await informed(fixture.users.alice.token, 'site-a', 2);
    await informed(fixture.users.carol.token, 'site-b', 3);
    await informed(cpasToken, 'cpas-c', 1);
    reporterToken = (await fixture.server.app.inject({ method: 'POST', url: API_PATHS.login, payload: { email: 'reseau@test.vdc.brussels', password: PASSWORD, deviceId: randomUUID() } })).json<{ token: string }>().token;
  });
  afterAll(() => fixture.close());

  it('logs in as a reporter without sites, and pulls, pushes and resolves nothing', async () => {
    const login = await fixture.server.app.inject({ method: 'POST', url: API_PATHS.login, payload: { email: 'reseau@test.vdc.brussels', password: PASSWORD } });
    expect(login.statusCode).toBe(200);
    expect(login.json<{ user: { role: string; siteIds: string[] } }>().user).toMatchObject({ role: 'reporter', siteIds: [] });

    const rev = await revCounter(fixture.server);
    const refused = [
      await call('GET', `${API_PATHS.pull}?cursor=0&limit=1000`, reporterToken),
      await call('POST', API_PATHS.push, reporterToken, pushBody(newClientId(), [{ id: randomUUID(), fields: { firstName: 'Intrus' } }])),
      await call('GET', API_PATHS.conflicts, reporterToken),
      await call('POST', `${API_PATHS.conflicts}/${randomUUID()}/resolve`, reporterToken, { choice: 'server' }),
    ];
    for (const response of refused) {
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({ error: 'forbidden' });
    }
    expect(await revCounter(fixture.server)).toBe(rev);
  });

  it('reads the report of every organisation, with small profile cells masked and no record named', async () => {
    const response = await call('GET', `${'/api/reports/activity'}?${YEAR}`, reporterToken);
    expect(response.statusCode).toBe(200);
    const report = response.json<NetworkReport>();
    expect(report.spoc.bySite.map((row) => row.siteId)).toEqual(['cpas-c', 'site-a', 'site-a2', 'site-b']);
    expect(report.spoc.total.persons).toBe(6);
    // 6 = F + M with both "<5" would give each at least 2: a third cell is masked beside them.
    expect(report.profiles.gender).toEqual({ F: '<5', M: '<5', X: 'masked', U: 0, unknown: 0 });
    // The persons accompanied are masked as the persons reached are.
    const accompaniedCells = Object.values(report.profilesAccompanied).flatMap((counts) => Object.values(counts));
    expect(accompaniedCells.filter((cell) => typeof cell === 'number' && cell > 0 && cell < 5)).toEqual([]);
    expect(report.dataQuality.candidatesMissingFields).toEqual([]);
    expect(report.siteNames).toMatchObject({ 'cpas-c': 'CPAS C', 'site-a': 'Mission Locale A' });
    expect(response.body).not.toContain('Personne');
    expect(response.body).not.toContain('confidentielle');
    // One organisation's figures on request; a site that does not exist is refused.
    expect((await call('GET', `/api/reports/activity?${YEAR}&siteId=cpas-c`, reporterToken)).json<NetworkReport>().spoc.total.persons).toBe(1);
    expect((await call('GET', `/api/reports/activity?${YEAR}&siteId=nowhere`, reporterToken)).statusCode).toBe(403);
    // A coordinator still sees exact numbers for their own sites.
    const own = (await call('GET', `/api/reports/activity?${YEAR}`, coordToken)).json<ActivityReport>();
    expect(own.profiles.gender).toEqual({ F: 2, M: 0, X: 0, U: 0, unknown: 0 });
    expect(own.dataQuality.candidatesMissingFields.length).toBeGreaterThan(0);
  });

  it('refuses the reporter every other route', async () => {
    const rev = await revCounter(fixture.server);
    const auditRows = (await fixture.server.db.selectFrom('audit_log').selectAll().execute()).length;
    const refused = [
      await call('GET', ACCOUNT_PATHS.users, reporterToken),
      await call('POST', ACCOUNT_PATHS.users, reporterToken, { email: 'x@test.vdc.brussels', name: 'X', role: 'adviser', siteIds: ['site-a'], password: PASSWORD }),
      await call('PATCH', `${ACCOUNT_PATHS.users}/${fixture.users.alice.id}`, reporterToken, { active: false }),
      await call('POST', `${ACCOUNT_PATHS.users}/${fixture.users.alice.id}/password`, reporterToken, { password: 'taken over password' }),
      await call('GET', ACCOUNT_PATHS.audit, reporterToken),
      await call('POST', AUDIT_PATHS.exports, reporterToken, { id: randomUUID(), kind: 'report-csv', siteIds: ['site-a'] }),
      await call('GET', ACCOUNT_PATHS.retention, reporterToken),
      await call('GET', ACCOUNT_PATHS.organisations, reporterToken),
      await call('GET', '/api/reports/past-years', reporterToken),
      // The reporter sets the network's goal (report-targets.test.ts), never an organisation's.
      await call('PUT', '/api/reports/targets', reporterToken, { organisationId: 'site-a', year: 2024, spocPersons: 1, accompaniedPersons: 1 }),
      await call('POST', `/api/candidates/${candidateAtA}/erase`, reporterToken),
    ];
    for (const response of refused) expect(response.statusCode, response.body).toBe(403);
    // Nobody writes the journal directly any more (the server writes it): the old route is gone.
    expect((await call('POST', ACCOUNT_PATHS.audit, reporterToken, { action: 'report-exported', siteIds: [] })).statusCode).toBe(404);
    expect(await revCounter(fixture.server)).toBe(rev);
    expect((await fixture.server.db.selectFrom('audit_log').selectAll().execute()).length).toBe(auditRows);
  });

  it('gives a coordinator’s tablet the files of their organisation only', async () => {
    const organisation = await organisationSiteIds(fixture.server.db, 'site-a');
    expect(organisation).toEqual(['site-a', 'site-a2']);
    const pulled = (await call('GET', `${API_PATHS.pull}?cursor=0&limit=1000`, coordToken)).json<PullResponse>();
    expect(pulled.changes.length).toBeGreaterThan(0);
    // The organisation's records, and the network's (the métier catalogue every account holds).
    expect(pulled.changes.every((record) => organisation.includes(record.siteId) || record.siteId === NETWORK_SITE_ID)).toBe(true);
    expect(JSON.stringify(pulled.changes)).not.toContain('cpas-c');
  });
});
