// Keeps records.report_data in step with the records and with the report's field list
// (src/domain/report/fields.ts), at every start, before the server answers:
// - the meta row `report_fields` names the field list the stored projections were made with. When
//   it is absent (a database from before 0008_report_data) or differs (the report now reads another
//   field), every report record is projected again, in pages by rev;
// - otherwise only the records whose projection a writer left behind (report_rev ≠ rev: an upsert
//   that lists its own columns, see schema.ts) are projected again. The report readers already read
//   those from their whole data (server/reports/report-rows.ts): this only gives the first report
//   after a start its speed back. A scan of the table (no index on report_rev): ~0.1 s at 100,000.
// Each update is conditional on the rev it read, so a record written meanwhile keeps the projection
// its writer stored. Instances starting together may both do it: the result is the same.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { REPORT_FIELDS, isReportTable } from '../../src/domain/report/fields';
import { reportProjection } from './records';
import type { Database } from './schema';

const META_KEY = 'report_fields';
/** Records read and updated per statement (4 bound values each: far below both dialects' limits). */
const PAGE = 1000;

/** Projects again the report records whose projection is not current (see above); returns how many. */
export async function refreshReportProjections(db: Kysely<Database>): Promise<number> {
  const fieldList = JSON.stringify(REPORT_FIELDS);
  const stored = await db.selectFrom('meta').select('value').where('key', '=', META_KEY).executeTakeFirst();
  if (stored?.value === fieldList) return projectLeftBehind(db);
  let projected = 0;
  // In rev order (the records_rev index), which roughly follows where rows are stored: in id
  // order each update dirties another page, which makes SQLite many times slower.
  let after = -1;
  for (;;) {
    // Every table: filtering on table_name would let SQLite walk the primary key and sort each page.
    const rows = await db.selectFrom('records').select(['table_name', 'id', 'rev', 'data']).where('rev', '>', after).orderBy('rev').limit(PAGE).execute();
    const reportRows = rows.filter((row) => isReportTable(row.table_name));
    if (reportRows.length > 0) await updatePage(db, reportRows);
    projected += reportRows.length;
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) break;
    after = Number(last.rev);
  }
  await db
    .insertInto('meta')
    .values({ key: META_KEY, value: fieldList })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: fieldList }))
    .execute();
  return projected;
}

async function projectLeftBehind(db: Kysely<Database>): Promise<number> {
  // Null report_rev (other tables) never compares unequal: only report records are selected.
  const rows = await db.selectFrom('records').select(['table_name', 'id', 'rev', 'data']).whereRef('report_rev', '<>', 'rev').execute();
  for (let start = 0; start < rows.length; start += PAGE) await updatePage(db, rows.slice(start, start + PAGE));
  return rows.length;
}

/**
 * One UPDATE … FROM a VALUES list for the page (one statement per record costs a round trip each,
 * far too slow at 100,000 records in PostgreSQL). A record whose rev moved since it was read is
 * left to the projection of its writer.
 */
async function updatePage(db: Kysely<Database>, rows: readonly { table_name: string; id: string; rev: number; data: string }[]): Promise<void> {
  const values = rows.map((row) => {
    const { report_data: projection } = reportProjection(row.table_name, JSON.parse(row.data) as Record<string, unknown>, Number(row.rev));
    return sql`(${row.table_name}, ${row.id}, ${projection}, cast(${Number(row.rev)} as bigint))`;
  });
  await sql`with page(table_name, id, report_data, rev) as (values ${sql.join(values)})
    update records set report_data = page.report_data, report_rev = page.rev
    from page where records.table_name = page.table_name and records.id = page.id and records.rev = page.rev`.execute(db);
}
