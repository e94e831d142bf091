// The activity report's targets as the report counts them (docs/report-counting.md,
// "Targets"): ONE goal for the whole network per calendar year (organisation_id = ''), entered by
// the network reporter or an administrator, and optionally an organisation's own goal, entered by
// its coordinators. The per-site rows of 0003_report_targets are no longer read (adding every
// site's 320 was the 45 % bug). Never edit once shipped.
import type { Kysely, Migration } from 'kysely';

export const reportGoalsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('report_goals')
      .addColumn('organisation_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('year', 'integer', (col) => col.notNull())
      .addColumn('spoc_persons', 'integer', (col) => col.notNull())
      .addColumn('accompanied_persons', 'integer', (col) => col.notNull())
      .addColumn('entered_by', 'varchar(64)', (col) => col.notNull())
      .addColumn('entered_at', 'varchar(40)', (col) => col.notNull())
      .addPrimaryKeyConstraint('report_goals_pk', ['organisation_id', 'year'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('report_goals').execute();
  },
};
