// How the report readers (input-cache.ts, load.ts) read a record: its id, site, tombstone and the
// report's projection of its data (records.report_data, the few fields src/domain/report reads),
// parsed once. The projection is taken only when it is current, report_rev = rev (server/db/schema.ts);
// a record written by a path that left it behind is read from its whole data instead, which gives
// the same report (src/domain/report/fields.test.ts), only slower.
import { sql } from 'kysely';
import type { AliasedRawBuilder } from 'kysely';
import type { ReportRecord, ReportTable } from '../../src/domain/report';

export interface ReportRow {
  table_name: string;
  id: string;
  site_id: string;
  deleted: number;
  /** The projection when current, otherwise the whole data: JSON text either way. */
  report_data: string;
}

/** The JSON text a report reader parses, from the records table or its alias `from` ("r" for r.data). */
export function reportDataColumn(from = 'records'): AliasedRawBuilder<string, 'report_data'> {
  const column = (name: string) => sql.ref(`${from}.${name}`);
  return sql<string>`case when ${column('report_rev')} = ${column('rev')} then ${column('report_data')} else ${column('data')} end`.as('report_data');
}

/** The columns of a ReportRow from the records table itself (both readers' first query). */
export const REPORT_ROW_COLUMNS = ['table_name', 'id', 'site_id', 'deleted', reportDataColumn()] as const;

export function toReportRecord(row: ReportRow): ReportRecord<ReportTable> {
  return { id: row.id, siteId: row.site_id, deleted: Number(row.deleted) === 1, data: JSON.parse(row.report_data) as never };
}
