// The activity report's projection of each record (server/db/schema.ts `report_data`, `report_rev`):
// the fields the report reads, so that a server instance's first report parses those instead of
// whole records. Both columns are null here; server/db/report-projection.ts fills them right after
// the migrations (and again whenever the report's field list changes), in pages.
// Never edit once shipped: add a new migration instead.
import type { Kysely, Migration } from 'kysely';

export const reportDataMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('records').addColumn('report_data', 'text').execute();
    await db.schema.alterTable('records').addColumn('report_rev', 'bigint').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('records').dropColumn('report_rev').execute();
    await db.schema.alterTable('records').dropColumn('report_data').execute();
  },
};
