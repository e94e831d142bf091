// Report targets (server/reports/targets.ts: one network goal, and organisations' own goals):
//   GET    /api/reports/targets                                   → { targets: ReportTargetRow[] } the user may read
//   PUT    /api/reports/targets  {organisationId?, year, spocPersons, accompaniedPersons} → { target }
//   DELETE /api/reports/targets?year=…[&organisationId=…]         → 204, or 404 when none was entered
// Without organisationId: the network's goal (network reporter and administrators only); with it:
// that organisation's (its coordinators, and administrators). 401 without a valid token; 403 for a
// role or an organisation the user may not set (advisers read nothing); 400 bad_request with
// issues in words for a year outside 1990–2100 or persons not a whole number from 0 to 100,000.
import type { FastifyInstance } from 'fastify';
import type { ServerDatabase } from '../db/connect';
import { requireUser } from '../http/authenticate';
import { notFound, parseOrBadRequest } from '../http/errors';
import { assertMaySetTarget, deleteReportTarget, listReportTargets, reportTargetBodySchema, reportTargetKeySchema, saveReportTarget } from '../reports/targets';
import type { ReportTargetRow } from '../reports/targets';
import { API_PATHS } from '../../src/domain/api-paths';

export const REPORT_TARGETS_PATH = API_PATHS.reportTargets;

export function registerReportTargetsRoutes(app: FastifyInstance, database: ServerDatabase): void {
  app.get(REPORT_TARGETS_PATH, async (request): Promise<{ targets: ReportTargetRow[] }> => {
    const user = await requireUser(database, request);
    return { targets: await listReportTargets(database.db, user) };
  });

  app.put(REPORT_TARGETS_PATH, async (request): Promise<{ target: ReportTargetRow }> => {
    const user = await requireUser(database, request);
    const body = parseOrBadRequest(reportTargetBodySchema, request.body);
    await assertMaySetTarget(database.db, user, body.organisationId);
    return { target: await saveReportTarget(database.db, body, user.id) };
  });

  app.delete(REPORT_TARGETS_PATH, async (request, reply) => {
    const user = await requireUser(database, request);
    const key = parseOrBadRequest(reportTargetKeySchema, request.query);
    await assertMaySetTarget(database.db, user, key.organisationId);
    if (!(await deleteReportTarget(database.db, key.organisationId, key.year))) throw notFound();
    return reply.code(204).send();
  });
}
