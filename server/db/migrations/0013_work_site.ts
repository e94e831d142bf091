// `workSiteId` on the records of work that existed before it (src/domain/work-site.ts,
// docs/transfers.md): the site where the record was created. For a record a transfer moved, that is
// the `from_site` of its first move (record_moves, 0007); for every other record, its site.
// - No new rev: a record never moved has workSiteId = siteId, which is what workSiteOf gives
//   without the field; and the app version that reads the field also knows the new table
//   `moduleWork`, so every tablet pulls everything again from cursor 0 once (src/db/sync-state.ts)
//   and receives the filled data then. A rev for every record would only make every tablet pull it
//   twice.
// - report_rev is set to -1 on the rows changed, so the report reads their whole data until the
//   projection is made again after the migrations (server/db/report-projection.ts).
// Pages of 1000 rows, one UPDATE … FROM (VALUES …) per page (a statement per row is far too slow
// in PostgreSQL at 100,000 records). Never edit once shipped: add a new migration instead.
import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';

// Frozen here: the tables of work as of this migration (src/domain/work-site.ts may grow).
const WORK_TABLES = ['spocActions', 'accompaniments', 'attendance', 'validationSteps', 'positionings'];
const PAGE = 1000;

interface Row {
  table_name: string;
  id: string;
  site_id: string;
  data: string;
}

export const workSiteMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const firstMoves = await sql<{ table_name: string; id: string; from_site: string; rev: string | number }>`
      SELECT table_name, id, from_site, rev FROM record_moves ORDER BY rev`.execute(db);
    const createdAt = new Map<string, string>();
    for (const move of firstMoves.rows) {
      const key = `${move.table_name}/${move.id}`;
      if (!createdAt.has(key)) createdAt.set(key, move.from_site);
    }

    for (const table of WORK_TABLES) {
      let after = '';
      for (;;) {
        const page = await sql<Row>`
          SELECT table_name, id, site_id, data FROM records
          WHERE table_name = ${table} AND id > ${after} ORDER BY id LIMIT ${PAGE}`.execute(db);
        const changed: { id: string; data: string }[] = [];
        for (const row of page.rows) {
          const data = JSON.parse(row.data) as Record<string, unknown>;
          if (typeof data.workSiteId === 'string' && data.workSiteId !== '') continue;
          data.workSiteId = createdAt.get(`${table}/${row.id}`) ?? row.site_id;
          changed.push({ id: row.id, data: JSON.stringify(data) });
        }
        if (changed.length > 0) {
          const values = changed.map((row) => sql`(${row.id}, ${row.data})`);
          await sql`with page(id, data) as (values ${sql.join(values)})
            update records set data = page.data, report_rev = case when records.report_rev is null then null else -1 end
            from page where records.table_name = ${table} and records.id = page.id`.execute(db);
        }
        const last = page.rows.at(-1);
        if (!last || page.rows.length < PAGE) break;
        after = last.id;
      }
    }
  },
  async down() {
    // The field stays: removing it would lose where transferred work was done.
  },
};
