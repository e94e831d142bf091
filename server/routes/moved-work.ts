// GET /api/reports/moved-work (docs/transfers.md, "The old site's tablets"): the figures of the work
// the caller's sites did for persons whose files other sites now hold, so the tablet's report of
// past periods stays what it was before a transfer. Coordinators and administrators (those who
// read the report on a tablet); figures only (src/domain/report/moved-work.ts).
import type { FastifyInstance } from 'fastify';
import { MOVED_WORK_PATH, movedWorkOf, type MovedWork } from '../../src/domain/report/moved-work';
import type { ServerDatabase } from '../db/connect';
import { requireUser } from '../http/authenticate';
import { reportSiteIds } from '../reports/access';
import { reportInputCache } from '../reports/input-cache';

export function registerMovedWorkRoutes(app: FastifyInstance, database: ServerDatabase): void {
  app.get(MOVED_WORK_PATH, async (request): Promise<{ movedWork: MovedWork }> => {
    const user = await requireUser(database, request);
    // Throws forbidden for advisers and the network reporter (no tablet report, no sites).
    const siteIds = await reportSiteIds(database.db, user, undefined);
    const { input } = await reportInputCache(database).current();
    return { movedWork: movedWorkOf(input, siteIds) };
  });
}
