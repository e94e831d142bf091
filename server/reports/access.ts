// Who may see the activity report, and over which sites: coordinators have reports, administrators
// see everything. Advisers are refused: the report aggregates every adviser's work on a site, which
// is a coordinator's view, not an adviser's (docs/report-counting.md, "Who may see it").
import type { Kysely } from 'kysely';
import type { Role } from '../../src/domain/codes';
import type { SessionUser } from '../../src/domain/wire';
import type { Database } from '../db/schema';
import { seesAllSites } from '../auth/users';
import { readsActivityReport, reportsOnEverySite } from '../auth/roles';
import { forbidden } from '../http/errors';

/**
 * The sites of the activity report (GET /api/reports/activity): a network reporter's, like an
 * administrator's, are every live site; otherwise as reportSiteIds.
 */
export async function activityReportSiteIds(db: Kysely<Database>, user: SessionUser, requested: readonly string[] | undefined): Promise<string[]> {
  if (!readsActivityReport(user.role)) throw forbidden();
  if (!reportsOnEverySite(user.role)) return reportSiteIds(db, user, requested);
  const visible = new Set(await liveSiteIds(db));
  if (requested === undefined) return [...visible].sort();
  for (const siteId of requested) if (!visible.has(siteId)) throw forbidden();
  return [...new Set(requested)].sort();
}

export function canSeeReports(role: Role): boolean {
  return role === 'coordinator' || role === 'admin';
}

/**
 * The sites of the report: the user's sites (an administrator's: every live site), narrowed to the
 * requested ones. A requested site the user may not see is a 403, not a silently smaller report.
 * Sorted and distinct. Throws `forbidden()` for a user who may not see reports.
 */
export async function reportSiteIds(db: Kysely<Database>, user: SessionUser, requested: readonly string[] | undefined): Promise<string[]> {
  if (!canSeeReports(user.role)) throw forbidden();
  const visible = new Set(seesAllSites(user.role) ? await liveSiteIds(db) : user.siteIds);
  if (requested === undefined) return [...visible].sort();
  for (const siteId of requested) if (!visible.has(siteId)) throw forbidden();
  return [...new Set(requested)].sort();
}

async function liveSiteIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('records').select('id').where('table_name', '=', 'sites').where('deleted', '=', 0).execute();
  return rows.map((row) => row.id);
}

/** Site id → name of every live site (the network reporter's report names its rows). */
export async function liveSiteNames(db: Kysely<Database>): Promise<Record<string, string>> {
  const rows = await db.selectFrom('records').select(['id', 'data']).where('table_name', '=', 'sites').where('deleted', '=', 0).execute();
  return Object.fromEntries(rows.map((row) => [row.id, (JSON.parse(row.data) as { name?: string }).name ?? row.id]));
}
