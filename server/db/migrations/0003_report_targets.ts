// Yearly targets of the activity report (docs/report-counting.md: 320 persons informed, 200 persons
// accompanied per year by default), entered by coordinators per site and calendar year. A site and
// year without a row uses the defaults. Never edit once shipped: add 0004_… instead.
import type { Kysely, Migration } from 'kysely';

export const reportTargetsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('report_targets')
      .addColumn('site_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('year', 'integer', (col) => col.notNull())
      .addColumn('spoc_persons', 'integer', (col) => col.notNull())
      .addColumn('accompanied_persons', 'integer', (col) => col.notNull())
      .addColumn('entered_by', 'varchar(64)', (col) => col.notNull())
      .addColumn('entered_at', 'varchar(40)', (col) => col.notNull())
      .addPrimaryKeyConstraint('report_targets_pk', ['site_id', 'year'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('report_targets').execute();
  },
};
