// THE GOLDEN TEST through the server (docs/report-counting.md, "The golden test"): the golden year
// (src/domain/report/golden/golden-2024.ts) stored in the database, the targets entered through
// the API by those who may, and GET /api/reports/activity must give every figure of
// golden-expected.ts: for an administrator (the whole network, exact), for the network reporter
// (the same figures, profile cells masked), and for Schaerbeek's coordinator (its own rows, its
// own goal, no network ratio). On SQLite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOLDEN_ORGANISATIONS, GOLDEN_SITE_IDS, GOLDEN_SITE_NAMES, GOLDEN_SITES, goldenRecords } from '../../src/domain/report/golden/golden-2024';
import { EXPECTED } from '../../src/domain/report/golden/golden-expected';
import { goldenView } from '../../src/domain/report/golden/golden-view';
import { MASKED_CELL, SMALL_CELL, type ActivityReport, type NetworkReport } from '../../src/domain/report';
import { testDatabases } from '../../tests/support/postgres';
import { buildServer, type BuiltServer } from '../app';
import { createOrganisation, createSite, createUser } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { insertRecords, stampAllFields, type StoredRecord } from '../db/records';
import { allocateRevs, lockRevisionCounter } from '../db/revisions';
import { PASSWORD } from '../test-fixture';
import { ACTIVITY_REPORT_PATH } from './reports';
import { REPORT_TARGETS_PATH } from './report-targets';

const YEAR = 'from=2024-01-01&to=2024-12-31';

describe.each(testDatabases())('the golden year 2024 through GET /api/reports/activity on $name', (target) => {
  let server: BuiltServer;
  let drop: () => Promise<void>;
  const tokens = { admin: '', reporter: '', coordinator: '' };
  const call = (method: 'GET' | 'PUT', url: string, token: string, payload?: object) =>
    server.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    const fresh = await target.create();
    drop = fresh.drop;
    server = await buildServer({ databaseUrl: fresh.url });
    for (const siteId of GOLDEN_SITE_IDS) {
      const organisationId = GOLDEN_ORGANISATIONS[siteId] ?? siteId;
      await createOrganisation(server.db, { id: organisationId, name: GOLDEN_SITE_NAMES[siteId] ?? siteId });
      await createSite(server.db, { id: siteId, name: GOLDEN_SITE_NAMES[siteId] ?? siteId, kind: 'mission-locale', organisationId });
    }
    const user = async (name: string, role: 'admin' | 'reporter' | 'coordinator', siteIds: string[]) => {
      const id = await createUser(server.db, { email: `${name}@golden.vdc.brussels`, password: PASSWORD, name, role, siteIds });
      return (await issueToken(server.db, id, undefined, 1)).token;
    };
    tokens.admin = await user('admin', 'admin', []);
    tokens.reporter = await user('reseau', 'reporter', []);
    tokens.coordinator = await user('coord-schaerbeek', 'coordinator', [GOLDEN_SITES.A]);
    const records = goldenRecords();
    await server.db.transaction().execute(async (trx) => {
      await lockRevisionCounter(trx);
      const last = await allocateRevs(trx, records.length);
      const first = last - records.length + 1;
      const stored: StoredRecord[] = records.map((record, offset) => ({
        table: record.table, id: record.id, siteId: record.siteId, rev: first + offset, deleted: false, data: record.data,
        fieldMeta: stampAllFields(record.data, first + offset, 'golden'),
      }));
      await insertRecords(trx, stored);
    });
    // The targets, entered by those who may: the network's by the network reporter, Schaerbeek's by its coordinator.
    expect((await call('PUT', REPORT_TARGETS_PATH, tokens.reporter, { year: 2024, spocPersons: 320, accompaniedPersons: 200 })).statusCode).toBe(200);
    expect((await call('PUT', REPORT_TARGETS_PATH, tokens.coordinator, { organisationId: 'org-schaerbeek', year: 2024, spocPersons: 250, accompaniedPersons: 190 })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await server.close();
    await drop();
  });

  it('gives an administrator every figure of the 2024 report, targets and ratios included', async () => {
    const response = await call('GET', `${ACTIVITY_REPORT_PATH}?${YEAR}`, tokens.admin);
    expect(response.statusCode).toBe(200);
    expect(goldenView(response.json<ActivityReport>())).toEqual(EXPECTED);
  });

  it('gives the network reporter the same figures, masked where small or where a small one could be worked out, and no record named', async () => {
    const report = (await call('GET', `${ACTIVITY_REPORT_PATH}?${YEAR}`, tokens.reporter)).json<NetworkReport>();
    const { dataQuality, ...figures } = goldenView(report as never);
    const { dataQuality: _dq, ...expected } = EXPECTED;
    // Every cell is the exact figure, "<5" where the figure is 1 to 4, or "masked" (a complement).
    const masked: string[] = [];
    const compare = (actual: unknown, exact: unknown, path: string): void => {
      if (actual === SMALL_CELL) {
        expect(typeof exact === 'number' && exact >= 1 && exact <= 4, `${path}: "<5" for ${String(exact)}`).toBe(true);
        masked.push(path);
      } else if (actual === MASKED_CELL) masked.push(path);
      else if (actual !== null && typeof actual === 'object' && exact !== null && typeof exact === 'object') {
        expect(Object.keys(actual).sort(), path).toEqual(Object.keys(exact).sort());
        for (const key of Object.keys(actual)) compare((actual as Record<string, unknown>)[key], (exact as Record<string, unknown>)[key], `${path}.${key}`);
      } else expect(actual, path).toEqual(exact);
    };
    compare(figures, expected, 'report');
    expect(report.profiles.gender.U).toBe(SMALL_CELL);
    expect(masked.some((path) => path.startsWith('report.profiles.'))).toBe(true);
    expect(dataQuality.staleAccompaniments).toEqual([]);
  });

  it("gives Schaerbeek's coordinator its own rows and its own goal, never the network's ratio", async () => {
    const report = (await call('GET', `${ACTIVITY_REPORT_PATH}?${YEAR}`, tokens.coordinator)).json<ActivityReport>();
    const schaerbeek = (rows: readonly { siteId: string }[]) => rows.filter((row) => row.siteId === GOLDEN_SITES.A);
    expect(report.spoc.bySite).toEqual(schaerbeek(EXPECTED.spoc.bySite));
    expect(report.accompaniment.bySite).toEqual(schaerbeek(EXPECTED.accompaniment.bySite));
    expect(report.validation.bySite).toEqual(schaerbeek(EXPECTED.validation.bySite));
    expect(report.exits.bySite).toEqual(schaerbeek(EXPECTED.exits.bySite));
    expect(report.targets).toEqual(EXPECTED.targets);
    expect(report.ratios).toEqual({
      network: { spocPersons: 236, accompaniedPersons: 187, spocRatio: null, accompaniedRatio: null },
      byOrganisation: EXPECTED.ratios.byOrganisation,
    });
  });
});
