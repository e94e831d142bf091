// Past years' figures (docs/report-counting.md, table 3), coordinators and administrators only:
//   GET    /api/reports/past-years                      → { pastYears: PastYearRow[] } of the user's sites
//   PUT    /api/reports/past-years  {siteId, year, spocPersons, accompaniedPersons} → { pastYear }
//   DELETE /api/reports/past-years?siteId=…&year=…       → 204, or 404 not_found when nothing was entered
// 401 without a valid token; 403 for advisers and for a site outside the user's; 400 bad_request
// with issues in words for a year not before the current one, or persons not a whole number ≥ 0.
import type { FastifyInstance } from 'fastify';
import type { ServerDatabase } from '../db/connect';
import { requireUser } from '../http/authenticate';
import { forbidden, notFound, parseOrBadRequest } from '../http/errors';
import { canSeeReports, reportSiteIds } from '../reports/access';
import { deletePastYear, listPastYears, pastYearBodySchema, pastYearKeySchema, savePastYear } from '../reports/past-years';
import type { PastYearRow } from '../reports/past-years';
import { API_PATHS } from '../../src/domain/api-paths';

export const PAST_YEARS_PATH = API_PATHS.pastYears;

export function registerPastYearsRoutes(app: FastifyInstance, database: ServerDatabase): void {
  const authorise = async (request: Parameters<typeof requireUser>[1]) => {
    const user = await requireUser(database, request);
    if (!canSeeReports(user.role)) throw forbidden();
    return user;
  };

  app.get(PAST_YEARS_PATH, async (request): Promise<{ pastYears: PastYearRow[] }> => {
    const user = await authorise(request);
    const siteIds = await reportSiteIds(database.db, user, undefined);
    return { pastYears: await listPastYears(database.db, siteIds) };
  });

  app.put(PAST_YEARS_PATH, async (request): Promise<{ pastYear: PastYearRow }> => {
    const user = await authorise(request);
    const body = parseOrBadRequest(pastYearBodySchema(), request.body);
    await reportSiteIds(database.db, user, [body.siteId]); // 403 outside the user's sites
    return { pastYear: await savePastYear(database.db, body, user.id) };
  });

  app.delete(PAST_YEARS_PATH, async (request, reply) => {
    const user = await authorise(request);
    const key = parseOrBadRequest(pastYearKeySchema(), request.query);
    await reportSiteIds(database.db, user, [key.siteId]);
    if (!(await deletePastYear(database.db, key.siteId, key.year))) throw notFound();
    return reply.code(204).send();
  });
}
