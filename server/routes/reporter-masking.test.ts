// The network reporter's masked answer cannot be undone by subtraction (docs/report-counting.md,
// "Masking"): the issue's case, one person of a gender beside a published total, and a métier × site
// cell of one person beside its site's total, each come with a second masked cell, so that the
// reader of GET /api/reports/activity cannot work the small one out. Coordinators still read exact
// figures for their own sites.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityReport, NetworkReport } from '../../src/domain/report';
import { API_PATHS } from '../../src/domain/wire';
import { testDatabases } from '../../tests/support/postgres';
import { createUser } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { PASSWORD, createFixture, newClientId, pushBody } from '../test-fixture';
import type { Fixture } from '../test-fixture';

const YEAR = 'from=2026-01-01&to=2026-12-31';

describe.each(testDatabases())('the network reporter’s masked report on $name', (target) => {
  let fixture: Fixture;
  let reporterToken: string;
  let coordToken: string;
  const get = (url: string, token: string) => fixture.server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    fixture = await createFixture(target);
    const db = fixture.server.db;
    await createUser(db, { email: 'reseau@test.vdc.brussels', password: PASSWORD, name: 'Réseau', role: 'reporter', siteIds: [] });
    const coordId = await createUser(db, { email: 'coord@test.vdc.brussels', password: PASSWORD, name: 'Coord', role: 'coordinator', siteIds: ['site-a'] });
    coordToken = (await issueToken(db, coordId, undefined, 1)).token;
    // Site A: 14 persons accompanied, 7 women, 6 men, 1 X; 13 as hairdressers, 1 as a tiler.
    // Site B: 6 women, hairdressers.
    const accompanied = async (token: string, siteId: string, people: { gender: string; metier: string }[]) => {
      const mutations = people.flatMap(({ gender, metier }, index) => {
        const id = randomUUID();
        return [
          { id, siteId, fields: { firstName: `Personne ${index}`, lastName: 'Masquée', gender, birthDate: '1990' } },
          { id: randomUUID(), siteId, table: 'accompaniments', fields: { candidateId: id, metier, startDate: '2026-03-02', status: 'open' } },
        ];
      });
      const response = await fixture.push(token, pushBody(newClientId(), mutations));
      expect(response.json<{ results: { status: string }[] }>().results.every((result) => result.status === 'applied')).toBe(true);
    };
    await accompanied(fixture.users.alice.token, 'site-a', [
      ...Array.from({ length: 7 }, () => ({ gender: 'F', metier: 'coiffeur' })),
      ...Array.from({ length: 6 }, (_, index) => ({ gender: 'M', metier: index === 0 ? 'carreleur' : 'coiffeur' })),
      { gender: 'X', metier: 'coiffeur' },
    ]);
    await accompanied(fixture.users.carol.token, 'site-b', Array.from({ length: 6 }, () => ({ gender: 'F', metier: 'coiffeur' })));
    // 2025, closed within the year: site A 3 accompaniments (jobs), site B 9 (trainings).
    const closed2025 = async (token: string, siteId: string, n: number, exitReason: string) => {
      const mutations = Array.from({ length: n }, (_, index) => {
        const id = randomUUID();
        return [
          { id, siteId, fields: { firstName: `Sortie ${index}`, lastName: siteId, gender: 'F', birthDate: '1990' } },
          { id: randomUUID(), siteId, table: 'accompaniments', fields: { candidateId: id, metier: 'coiffeur', startDate: '2025-02-03', status: 'closed', exitDate: '2025-10-01', exitReason } },
        ];
      }).flat();
      const response = await fixture.push(token, pushBody(newClientId(), mutations));
      expect(response.json<{ results: { status: string }[] }>().results.every((result) => result.status === 'applied')).toBe(true);
    };
    await closed2025(fixture.users.alice.token, 'site-a', 3, 'emploi');
    await closed2025(fixture.users.carol.token, 'site-b', 9, 'formation');
    reporterToken = (await fixture.server.app.inject({ method: 'POST', url: API_PATHS.login, payload: { email: 'reseau@test.vdc.brussels', password: PASSWORD, deviceId: randomUUID() } })).json<{ token: string }>().token;
  });
  afterAll(() => fixture.close());

  it('masks the cell that would give a "<5" away, in the profiles and in the métiers per site', async () => {
    const response = await get(`/api/reports/activity?${YEAR}`, reporterToken);
    expect(response.statusCode).toBe(200);
    const report = response.json<NetworkReport>();
    expect(report.accompaniment.total.persons).toBe(20);
    // 13 + 6 + "<5" = 20 would give the 1: the 6 is masked too.
    expect(report.profiles.gender).toMatchObject({ F: 13, M: 'masked', X: '<5' });
    // Site A: 13 hairdressers + "<5" tilers = 14 (table 4) would give the 1: the 13 is masked too,
    // persons and accompaniments alike. Site B's one row is its total, published in table 4.
    const row = (metier: string, siteId: string) => report.accompaniment.byMetier.find((cells) => cells.metier === metier && cells.siteId === siteId);
    expect(row('carreleur', 'site-a')).toMatchObject({ persons: '<5', accompaniments: '<5' });
    expect(row('coiffeur', 'site-a')).toMatchObject({ persons: 'masked', accompaniments: 'masked' });
    expect(row('coiffeur', 'site-b')).toMatchObject({ persons: 6, accompaniments: 6 });
    expect(report.accompaniment.bySite.find((site) => site.siteId === 'site-a')?.persons).toBe(14);
    // Every profile table: never one masked cell alone beside its published total.
    for (const counts of Object.values(report.profiles)) {
      const masked = Object.values(counts).filter((value) => typeof value === 'string');
      expect(masked.length === 0 || masked.length >= 2).toBe(true);
    }
  });

  it('cannot recover a site’s closed accompaniments, nor a past year’s figures, from the totals beside them', async () => {
    // Two sites: whichever figure of one site is shown, total − it gives the other.
    const of2025 = (await get('/api/reports/activity?from=2025-01-01&to=2025-12-31', reporterToken)).json<NetworkReport>();
    expect(of2025.exits.total.closed).toBe(12);
    // Both hidden ("<5" or "masked"): neither can be subtracted from the 12.
    expect(of2025.exits.bySite.map((site) => site.siteId)).toEqual(['site-a', 'site-b']);
    expect(of2025.exits.bySite.every((site) => typeof site.closed === 'string')).toBe(true);
    expect(of2025.exits.bySite.every((site) => site.positiveShare === 'masked')).toBe(true);
    // The evolution table read in 2026: 2025's site rows against the network's 12.
    const of2026 = (await get(`/api/reports/activity?${YEAR}`, reporterToken)).json<NetworkReport>();
    const rows2025 = of2026.evolution.rows.filter((row) => row.year === 2025);
    expect(of2026.evolution.network.find((row) => row.year === 2025)).toMatchObject({ accompaniedPersons: 12, accompaniments: 12 });
    expect(rows2025.map((row) => [row.siteId, row.accompaniedPersons, row.accompaniments])).toEqual([
      ['site-a', '<5', '<5'],
      ['site-b', 'masked', 'masked'],
    ]);
    // The coordinator of site A reads their exact figures.
    const own = (await get('/api/reports/activity?from=2025-01-01&to=2025-12-31', coordToken)).json<ActivityReport>();
    expect(own.exits.bySite.map((site) => site.closed)).toEqual([3]);
  });

  it('gives the coordinator of the site the exact figures', async () => {
    const own = (await get(`/api/reports/activity?${YEAR}`, coordToken)).json<ActivityReport>();
    expect(own.profiles.gender).toMatchObject({ F: 7, M: 6, X: 1 });
    expect(own.accompaniment.byMetier.find((row) => row.metier === 'carreleur')?.persons).toBe(1);
  });
});
