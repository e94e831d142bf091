// The network's own distinct totals of the years before the app (docs/report-counting.md,
// "Evolution over years and past years"), entered by the network reporter: one row per calendar
// year; and the accompaniments of a site's past year, beside its persons (null: not entered). A site
// that leaves the programme needs no column: `sites.data.closedOn` is a record field.
// Never edit once shipped: add a new migration instead.
import type { Kysely, Migration } from 'kysely';

export const siteHistoryMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('network_past_year_figures')
      .addColumn('year', 'integer', (col) => col.primaryKey())
      .addColumn('spoc_persons', 'integer', (col) => col.notNull())
      .addColumn('accompanied_persons', 'integer', (col) => col.notNull())
      // Null: not entered (unknown, never 0).
      .addColumn('accompaniments', 'integer')
      .addColumn('entered_by', 'varchar(64)', (col) => col.notNull())
      .addColumn('entered_at', 'varchar(40)', (col) => col.notNull())
      .execute();
    await db.schema.alterTable('past_year_figures').addColumn('accompaniments', 'integer').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('past_year_figures').dropColumn('accompaniments').execute();
    await db.schema.dropTable('network_past_year_figures').execute();
  },
};
