// The audit journal over HTTP (contract in src/domain/audit.ts): coordinators page through it, tablets
// report their exports; the server alone writes entries.
import type { FastifyInstance } from 'fastify';
import { AUDIT_PATHS, auditQuerySchema, exportReportSchema, importReportSchema, type AuditPage } from '../../src/domain/audit';
import type { ServerDatabase } from '../db/connect';
import { requireUser } from '../http/authenticate';
import { requireWorkspaceUser } from '../http/workspace';
import { forbidden, parseOrBadRequest } from '../http/errors';
import { seesAllSites } from '../auth/users';
import { listAudit } from '../accounts/audit';
import { canManageAccounts } from '../accounts/manage';
import { recordExportReport, recordImportReport } from '../accounts/export-reports';

export function registerAuditRoutes(app: FastifyInstance, database: ServerDatabase): void {
  app.get(AUDIT_PATHS.journal, async (request): Promise<AuditPage> => {
    const user = await requireUser(database, request);
    if (!canManageAccounts(user)) throw forbidden();
    const query = parseOrBadRequest(auditQuerySchema, request.query);
    return listAudit(database.db, seesAllSites(user.role) ? undefined : user.siteIds, query);
  });

  app.post(AUDIT_PATHS.exports, async (request, reply) => {
    // Exports are made from a tablet's records; a network reporter has no tablet workspace (403).
    const user = await requireWorkspaceUser(database, request);
    const report = parseOrBadRequest(exportReportSchema, request.body);
    await recordExportReport(database.db, user, report);
    return reply.code(204).send();
  });

  app.post(AUDIT_PATHS.imports, async (request, reply) => {
    const user = await requireUser(database, request);
    const report = parseOrBadRequest(importReportSchema, request.body);
    await recordImportReport(database.db, user, report);
    return reply.code(204).send();
  });
}
