// Migrations live in code (no files read at run time), applied at every start.
import { Migrator } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import type { Database } from './schema';
import { initialMigration } from './migrations/0001_initial';
import { pastYearsMigration } from './migrations/0002_past_years';
import { reportTargetsMigration } from './migrations/0003_report_targets';
import { devicesAuditMigration } from './migrations/0005_devices_audit';
import { recordMovesMigration } from './migrations/0007_record_moves';
import { reportDataMigration } from './migrations/0008_report_data';
import { deviceUnlockMigration } from './migrations/0009_device_unlock';
import { organisationsMigration } from './migrations/0010_organisations';
import { loginAttemptsMigration } from './migrations/0011_login_attempts';
import { auditSitesMigration } from './migrations/0012_audit_sites';
import { workSiteMigration } from './migrations/0013_work_site';
import { metierCatalogueMigration } from './migrations/0014_metier_catalogue';
import { siteHistoryMigration } from './migrations/0015_site_history';
import { reportGoalsMigration } from './migrations/0017_report_goals';
import { attachmentsMigration } from './migrations/0019_attachments';
import { metierCatalogueUcsMigration } from './migrations/0021_metier_catalogue_ucs';
import { refreshReportProjections } from './report-projection';

const migrations: Record<string, Migration> = {
  '0001_initial': initialMigration,
  '0002_past_years': pastYearsMigration,
  '0003_report_targets': reportTargetsMigration,
  '0005_devices_audit': devicesAuditMigration,
  '0007_record_moves': recordMovesMigration,
  '0008_report_data': reportDataMigration,
  '0009_device_unlock': deviceUnlockMigration,
  '0010_organisations': organisationsMigration,
  '0011_login_attempts': loginAttemptsMigration,
  '0012_audit_sites': auditSitesMigration,
  '0013_work_site': workSiteMigration,
  '0014_metier_catalogue': metierCatalogueMigration,
  '0015_site_history': siteHistoryMigration,
  '0017_report_goals': reportGoalsMigration,
  '0019_attachments': attachmentsMigration,
  '0021_metier_catalogue_ucs': metierCatalogueUcsMigration,
};

/**
 * The migrations named before `name` (names sort by their number): the state a migration's own
 * test starts from, so such tests never keep a hand list that a new migration would make stale.
 */
export function migrationsBefore(name: string): Record<string, Migration> {
  if (!Object.hasOwn(migrations, name)) throw new Error(`no migration ${name}`);
  return Object.fromEntries(Object.entries(migrations).filter(([other]) => other < name));
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  // Unordered: migrations written in parallel (each adds its own tables) may land in any order.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${String(error)}`);
  }
  // Data, not schema: report projections missing (before 0008), made under another field list, or
  // left behind by a writer (server/db/report-projection.ts).
  await refreshReportProjections(db);
}
