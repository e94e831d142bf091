// Figures coordinators enter for the years before the app (docs/report-counting.md, table 3):
// one row per site and calendar year. Never edit once shipped: add 0003_… instead.
import type { Kysely, Migration } from 'kysely';

export const pastYearsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('past_year_figures')
      .addColumn('site_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('year', 'integer', (col) => col.notNull())
      .addColumn('spoc_persons', 'integer', (col) => col.notNull())
      .addColumn('accompanied_persons', 'integer', (col) => col.notNull())
      .addColumn('entered_by', 'varchar(64)', (col) => col.notNull())
      .addColumn('entered_at', 'varchar(40)', (col) => col.notNull())
      .addPrimaryKeyConstraint('past_year_figures_pk', ['site_id', 'year'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('past_year_figures').execute();
  },
};
