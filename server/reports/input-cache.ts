// The report's input kept in memory per server instance and brought up to date incrementally, so
// that GET /api/reports/activity neither re-reads nor re-parses 100,000 records on every call.
// - The first call reads the six report tables whole (every site, tombstones included) in one query
//   and parses each record's report projection (records.report_data: only the fields the report
//   reads, report-rows.ts), not its whole data; later calls read only the rows whose rev is above
//   the last one seen (the `records_rev` index), in keyset pages, and replace those records by id.
// - Cost of that first read at 100,000 records (scripts/bench/report.bench.ts): it is mostly
//   per-row work, not JSON.parse. In SQLite the rows are read in table order (a scan): through the
//   primary-key index each row is a seek to a random page, which cost more than the scan of the
//   whole table. The values crossing from the driver into JavaScript and the JSON parsed are about
//   40% smaller with the projection than with the whole data.
// - That is sound because revs are allocated under the counter row's lock (server/db/revisions.ts):
//   a reader that sees rev n sees every smaller rev, and every change of a record gives it a new
//   rev (records are never deleted, only tombstoned). The counter and the new rows are read in one
//   snapshot (REPEATABLE READ in PostgreSQL; SQLite's single connection serializes anyway).
// - A new server epoch (a restored backup, `admin new-epoch`) or a counter that went backwards
//   throws the cache away. Several instances each keep their own, each up to date on every call.
// The input holds every site's records: computeActivityReport restricted to `siteIds` over the
// whole database is the reference answer (server/routes/reports.test.ts), so no per-site loading
// rule is needed here. Concurrent calls share one refresh.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { ReportInput, ReportRecord, ReportTable } from '../../src/domain/report';
import type { DialectName, ServerDatabase } from '../db/connect';
import { readServerEpoch } from '../db/meta';
import { currentRev } from '../db/revisions';
import type { Database } from '../db/schema';
import { isReportTable } from '../../src/domain/report/fields';
import { REPORT_TABLES } from './load';
import { REPORT_ROW_COLUMNS, toReportRecord } from './report-rows';

/** Rows per page of the incremental read. */
export const DELTA_PAGE = 5000;

type Records = { [T in ReportTable]: ReportRecord<T>[] };
/** The records a delta read found changed, by table and id (the last version of each). */
type Changes = Map<ReportTable, Map<string, ReportRecord<ReportTable>>>;

interface CacheState {
  epoch: string;
  /** The highest rev the cached records reflect. */
  rev: number;
  /** Handed to the report as it is, so never changed: a delta makes a new one. */
  input: ReportInput;
}

export interface CachedReportInput {
  input: ReportInput;
  /** Server epoch and rev the input reflects: together they name its content. */
  epoch: string;
  rev: number;
}

async function readAll(trx: Kysely<Database>, dialect: DialectName): Promise<ReportInput> {
  // SQLite: `+table_name` keeps the planner off the primary-key index, so the table is scanned in
  // storage order (see the top of this file). PostgreSQL plans a sequential scan for this by itself.
  const tableName = dialect === 'sqlite' ? sql<string>`+${sql.ref('table_name')}` : sql<string>`${sql.ref('table_name')}`;
  const rows = await trx.selectFrom('records').select(REPORT_ROW_COLUMNS).where(tableName, 'in', REPORT_TABLES).execute();
  // Arrays, not maps by id: 100,000 Map.set of fresh id strings cost more than the rest of the
  // loop. A delta finds its records by one pass over the arrays instead (withChanges).
  const records: Records = { candidates: [], spocActions: [], accompaniments: [], moduleSessions: [], attendance: [], validationSteps: [], moduleWork: [], positionings: [] };
  for (const row of rows) (records[row.table_name as ReportTable] as ReportRecord<ReportTable>[]).push(toReportRecord(row));
  return records;
}

async function readSince(trx: Kysely<Database>, after: number, upTo: number): Promise<Changes> {
  const changes: Changes = new Map();
  let from = after;
  while (from < upTo) {
    const rows = await trx
      .selectFrom('records')
      .select([...REPORT_ROW_COLUMNS, 'rev'])
      .where('rev', '>', from)
      .where('rev', '<=', upTo)
      .orderBy('rev')
      .limit(DELTA_PAGE)
      .execute();
    for (const row of rows) {
      const table = row.table_name;
      if (!isReportTable(table)) continue;
      let changed = changes.get(table);
      if (!changed) changes.set(table, (changed = new Map()));
      changed.set(row.id, toReportRecord(row));
    }
    if (rows.length < DELTA_PAGE) break;
    from = Number(rows[rows.length - 1]?.rev ?? upTo);
  }
  return changes;
}

/** A new input: the changed records in place of their old versions, new ones at the end; unchanged tables shared. */
function withChanges(input: ReportInput, changes: Changes): ReportInput {
  const next: Record<ReportTable, readonly ReportRecord<ReportTable>[]> = { ...input, moduleWork: input.moduleWork ?? [], positionings: input.positionings ?? [] };
  for (const [table, changed] of changes) {
    const added = new Map(changed);
    const records = ((input[table] ?? []) as readonly ReportRecord<ReportTable>[]).map((record) => {
      const replacement = added.get(record.id);
      if (!replacement) return record;
      added.delete(record.id);
      return replacement;
    });
    for (const record of added.values()) records.push(record); // not push(...): a delta may hold 100,000
    next[table] = records;
  }
  return next as unknown as ReportInput;
}

export class ReportInputCache {
  private state: CacheState | undefined;
  private refreshing: Promise<CachedReportInput> | undefined;

  constructor(private readonly database: ServerDatabase) {}

  /** The report input of the whole database as of now. */
  async current(): Promise<CachedReportInput> {
    // One refresh at a time; a call arriving during one waits for it and then checks again.
    while (this.refreshing) await this.refreshing.catch(() => undefined);
    this.refreshing = this.refresh();
    try {
      return await this.refreshing;
    } finally {
      this.refreshing = undefined;
    }
  }

  /** Forgets everything (tests, or memory to give back). */
  clear(): void {
    this.state = undefined;
  }

  private async refresh(): Promise<CachedReportInput> {
    let transaction = this.database.db.transaction();
    if (this.database.dialect === 'postgres') transaction = transaction.setIsolationLevel('repeatable read');
    return transaction.execute(async (trx) => {
      const epoch = await readServerEpoch(trx);
      const rev = await currentRev(trx);
      let state = this.state;
      if (!state || state.epoch !== epoch || rev < state.rev) {
        state = { epoch, rev, input: await readAll(trx, this.database.dialect) };
      } else if (rev > state.rev) {
        const changes = await readSince(trx, state.rev, rev);
        state = { epoch, rev, input: changes.size > 0 ? withChanges(state.input, changes) : state.input };
      }
      this.state = state;
      return { input: state.input, epoch: state.epoch, rev: state.rev };
    });
  }
}

const caches = new WeakMap<ServerDatabase, ReportInputCache>();

/** The one cache of a database handle (one per server instance). */
export function reportInputCache(database: ServerDatabase): ReportInputCache {
  let cache = caches.get(database);
  if (!cache) caches.set(database, (cache = new ReportInputCache(database)));
  return cache;
}
