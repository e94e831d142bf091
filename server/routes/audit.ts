// The audit journal over HTTP (contract in src/domain/audit.ts): tablets report their exports; the
// server alone writes entries.
import type { FastifyInstance } from 'fastify';
import { AUDIT_PATHS, exportReportSchema } from '../../src/domain/audit';
import type { ServerDatabase } from '../db/connect';
import { requireUser } from '../http/authenticate';
import { parseOrBadRequest } from '../http/errors';
import { recordExportReport } from '../accounts/export-reports';

export function registerAuditRoutes(app: FastifyInstance, database: ServerDatabase): void {
  app.post(AUDIT_PATHS.exports, async (request, reply) => {
    const user = await requireUser(database, request);
    const report = parseOrBadRequest(exportReportSchema, request.body);
    await recordExportReport(database.db, user, report);
    return reply.code(204).send();
  });
}
