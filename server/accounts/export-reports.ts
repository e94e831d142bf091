// Exports (a person's file, a report) and spreadsheet imports made on a tablet, reported by the tablet and written to the
// audit journal by the server once it has checked the report (docs/audit-and-consent.md):
// the kind is one of EXPORT_KINDS (the schema), the user may see that person or those sites, the
// same report id from the same user counts once, and a user reports at most
// EXPORT_REPORTS_PER_HOUR exports an hour. A refused report writes nothing.
import type { Kysely } from 'kysely';
import { EXPORT_REPORTS_PER_HOUR, exportAction, importDetail, isPersonFileExport, type ExportReport, type ImportReport } from '../../src/domain/audit';
import type { SessionUser } from '../../src/domain/wire';
import type { Database } from '../db/schema';
import { readRecord } from '../db/records';
import { canAccessSite } from '../auth/users';
import { HttpError, forbidden, notFound } from '../http/errors';
import { reportSiteIds } from '../reports/access';
import { writeAudit } from './audit';

const HOUR_MS = 60 * 60 * 1000;

export async function recordExportReport(db: Kysely<Database>, user: SessionUser, report: ExportReport, now = new Date()): Promise<void> {
  if (await alreadyReported(db, user, report.id)) return; // a retry of a report already written
  const siteIds = await concernedSites(db, user, report);
  await refuseFlood(db, user, now);
  await writeAudit(
    db,
    {
      actorId: user.id,
      action: exportAction(report.kind),
      siteIds,
      ...(report.candidateId ? { targetTable: 'candidates', targetId: report.candidateId } : {}),
      clientRef: report.id,
      detail: report.kind,
    },
    now,
  );
}

/**
 * A spreadsheet import made on a tablet: only coordinators and administrators import (the screen
 * is theirs), into a site of theirs; counts only, no name. Same retry and flood rules as exports.
 */
export async function recordImportReport(db: Kysely<Database>, user: SessionUser, report: ImportReport, now = new Date()): Promise<void> {
  if (user.role !== 'coordinator' && user.role !== 'admin') throw forbidden();
  if (await alreadyReported(db, user, report.id)) return;
  if (!canAccessSite(user, report.siteId)) throw forbidden();
  await refuseFlood(db, user, now);
  await writeAudit(db, { actorId: user.id, action: 'spreadsheet-imported', siteIds: [report.siteId], clientRef: report.id, detail: importDetail(report) }, now);
}

async function alreadyReported(db: Kysely<Database>, user: SessionUser, reportId: string): Promise<boolean> {
  const known = await db.selectFrom('audit_log').select('id').where('actor_id', '=', user.id).where('client_ref', '=', reportId).executeTakeFirst();
  return known !== undefined;
}

/** At most EXPORT_REPORTS_PER_HOUR reports (exports and imports) per user in an hour. */
async function refuseFlood(db: Kysely<Database>, user: SessionUser, now: Date): Promise<void> {
  const since = new Date(now.getTime() - HOUR_MS).toISOString();
  const recent = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('actor_id', '=', user.id)
    .where('client_ref', 'is not', null)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  if (Number(recent.count) >= EXPORT_REPORTS_PER_HOUR) {
    throw new HttpError(429, { error: 'too_many_requests', message: `At most ${EXPORT_REPORTS_PER_HOUR} exports can be reported in an hour.` });
  }
}

/** The sites the export concerns, once the user is known to see them; 404 for a person they may not see. */
async function concernedSites(db: Kysely<Database>, user: SessionUser, report: ExportReport): Promise<string[]> {
  if (isPersonFileExport(report.kind)) {
    // The same answer for an unknown person and one of another site: nothing tells them apart.
    const candidate = await readRecord(db, 'candidates', report.candidateId ?? '');
    if (!candidate || candidate.deleted || !canAccessSite(user, candidate.siteId)) throw notFound();
    return [candidate.siteId];
  }
  return reportSiteIds(db, user, report.siteIds ?? []); // 403 for an adviser or a site not theirs
}
