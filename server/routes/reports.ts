// GET /api/reports/activity (docs/report-counting.md): the yearly activity report of the sites the
// user may see, computed by the same pure function the tablets run (src/domain/report).
// 401 without a valid token; 403 for advisers and for a requested site outside the user's; 400
// bad_request for a malformed period. A network reporter reads every site, masked
// (src/domain/report/network.ts). The past years' figures entered for these sites
// (server/routes/past-years.ts) are passed as `pastYears`, so table 3 has its history; the
// network's entered totals (server/routes/network-past-years.ts) only to a report of every site,
// and the sites' closing days always; the entered targets (server/reports/targets.ts) as `targets`:
// the network's goal is compared with the report's distinct persons only when its sites are the
// whole network (every live site).
// Speed (100,000 records): the input is the whole database's report records kept in memory and
// refreshed by rev (server/reports/input-cache.ts), and the last answers are kept by everything
// they depend on (server/reports/result-cache.ts); the figures are those of the pure function.
import type { FastifyInstance } from 'fastify';
import { computeActivityReport, networkReport } from '../../src/domain/report';
import type { ActivityReport, NetworkReport } from '../../src/domain/report';
import { brusselsDate } from '../../src/domain/dates';
import type { ServerDatabase } from '../db/connect';
import { requireUser } from '../http/authenticate';
import { forbidden, parseOrBadRequest } from '../http/errors';
import { readsActivityReport, reportsOnEverySite } from '../auth/roles';
import { closedSiteDays } from '../admin/close-site';
import { activityReportSiteIds, liveSiteNames } from '../reports/access';
import { reportInputCache } from '../reports/input-cache';
import { listNetworkPastYears } from '../reports/network-past-years';
import { listPastYears } from '../reports/past-years';
import { reportTargetsInput } from '../reports/targets';
import { ReportResultCache } from '../reports/result-cache';
import { activityReportQuerySchema } from '../reports/query';
import { API_PATHS } from '../../src/domain/api-paths';

export const ACTIVITY_REPORT_PATH = API_PATHS.activityReport;

/**
 * The day data-quality checks are made on: today in Brussels, or the period's end when it is over
 * (a test dated after today is not "passed without a result" yet).
 */
export function reportAsOf(to: string, today: string = brusselsDate()): string {
  return to < today ? to : today;
}

export function registerReportRoutes(app: FastifyInstance, database: ServerDatabase): void {
  const answers = new ReportResultCache();
  // A server reads the report input once while it starts, before it answers anything, so no request
  // pays the full read (at 100,000 records it adds about half a second to the start).
  app.addHook('onReady', async () => {
    await reportInputCache(database)
      .current()
      .catch(() => undefined); // a failure here is retried by the first request
  });
  app.get(ACTIVITY_REPORT_PATH, async (request): Promise<ActivityReport | NetworkReport> => {
    const user = await requireUser(database, request);
    // The network reporter reads every site's figures, masked, with the sites' names (src/domain/report/network.ts).
    const siteNames = user.role === 'reporter' ? await liveSiteNames(database.db) : {};
    const shown = (report: ActivityReport) => (user.role === 'reporter' ? networkReport(report, siteNames) : report);
    if (!readsActivityReport(user.role)) throw forbidden();
    const query = parseOrBadRequest(activityReportQuerySchema, request.query);
    const siteIds = await activityReportSiteIds(database.db, user, query.siteId);
    const pastYears = (await listPastYears(database.db, siteIds)).map(({ year, siteId, spocPersons, accompaniedPersons, accompaniments }) => ({ year, siteId, spocPersons, accompaniedPersons, accompaniments }));
    // The network's entered totals are the total of the whole network only (docs/report-counting.md, table 3).
    const coversNetwork = reportsOnEverySite(user.role) && query.siteId === undefined;
    const networkPastYears = coversNetwork
      ? (await listNetworkPastYears(database.db)).map(({ year, spocPersons, accompaniedPersons, accompaniments }) => ({ year, spocPersons, accompaniedPersons, accompaniments }))
      : [];
    const closedSites = await closedSiteDays(database.db);
    const targets = await reportTargetsInput(database.db);
    const wholeNetwork = Object.keys(targets.siteOrganisation).every((siteId) => siteIds.includes(siteId));
    const { input, epoch, rev } = await reportInputCache(database).current();
    const asOf = reportAsOf(query.to);
    const key = ReportResultCache.keyOf({ epoch, rev, siteIds, from: query.from, to: query.to, asOf, pastYears, networkPastYears, closedSites, targets, wholeNetwork });
    const known = answers.get(key);
    if (known) return shown(known);
    const report = computeActivityReport({ ...input, pastYears, networkPastYears, closedSites, targets }, { from: query.from, to: query.to, siteIds, asOf, wholeNetwork });
    answers.set(key, report);
    return shown(report);
  });
}
