// Report targets (docs/report-counting.md, table 4), coordinators and administrators only, scoped
// like the past years' figures (server/routes/past-years.ts):
//   GET    /api/reports/targets[?siteId=…&siteId=…][&year=YYYY] → { targets: ReportTargetRow[] } of the user's sites
//   PUT    /api/reports/targets  {siteId, year, spocPersons, accompaniedPersons}    → { target }
//   DELETE /api/reports/targets?siteId=…&year=…                                     → 204 (back to the defaults), 404 when none
// 401 without a valid token; 403 for advisers and for a site outside the user's (read or write);
// 400 bad_request with issues in words for a year outside 1990–2100 or persons not a whole number
// between 0 and 100,000.
import type { FastifyInstance } from 'fastify';
import type { ServerDatabase } from '../db/connect';
import { requireUser } from '../http/authenticate';
import { forbidden, notFound, parseOrBadRequest } from '../http/errors';
import { canSeeReports, reportSiteIds } from '../reports/access';
import { deleteReportTarget, listReportTargets, reportTargetBodySchema, reportTargetKeySchema, reportTargetListQuerySchema, saveReportTarget } from '../reports/targets';
import type { ReportTargetRow } from '../reports/targets';

export const REPORT_TARGETS_PATH = '/api/reports/targets';

export function registerReportTargetsRoutes(app: FastifyInstance, database: ServerDatabase): void {
  const authorise = async (request: Parameters<typeof requireUser>[1]) => {
    const user = await requireUser(database, request);
    if (!canSeeReports(user.role)) throw forbidden();
    return user;
  };

  app.get(REPORT_TARGETS_PATH, async (request): Promise<{ targets: ReportTargetRow[] }> => {
    const user = await authorise(request);
    const query = parseOrBadRequest(reportTargetListQuerySchema, request.query);
    const siteIds = await reportSiteIds(database.db, user, query.siteId); // 403 for a site outside the user's
    return { targets: await listReportTargets(database.db, siteIds, query.year) };
  });

  app.put(REPORT_TARGETS_PATH, async (request): Promise<{ target: ReportTargetRow }> => {
    const user = await authorise(request);
    const body = parseOrBadRequest(reportTargetBodySchema, request.body);
    await reportSiteIds(database.db, user, [body.siteId]);
    return { target: await saveReportTarget(database.db, body, user.id) };
  });

  app.delete(REPORT_TARGETS_PATH, async (request, reply) => {
    const user = await authorise(request);
    const key = parseOrBadRequest(reportTargetKeySchema, request.query);
    await reportSiteIds(database.db, user, [key.siteId]);
    if (!(await deleteReportTarget(database.db, key.siteId, key.year))) throw notFound();
    return reply.code(204).send();
  });
}
