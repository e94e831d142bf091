// The report's input kept in memory per server instance and brought up to date incrementally, so
// that GET /api/reports/activity neither re-reads nor re-parses 100,000 records on every call.
// - The first call reads the six report tables whole (every site, tombstones included) and parses
//   each `data` once; later calls read only the rows whose rev is above the last one seen (the
//   `records_rev` index), in keyset pages, and replace those records by id.
// - That is sound because revs are allocated under the counter row's lock (server/db/revisions.ts):
//   a reader that sees rev n sees every smaller rev, and every change of a record gives it a new
//   rev (records are never deleted, only tombstoned). The counter and the new rows are read in one
//   snapshot (REPEATABLE READ in PostgreSQL; SQLite's single connection serializes anyway).
// - A new server epoch (a restored backup, `admin new-epoch`) or a counter that went backwards
//   throws the cache away. Several instances each keep their own, each up to date on every call.
// The input holds every site's records: computeActivityReport restricted to `siteIds` over the
// whole database is the reference answer (server/routes/reports.test.ts), so no per-site loading
// rule is needed here. Concurrent calls share one refresh.
import type { Kysely } from 'kysely';
import type { ReportInput, ReportRecord, ReportTable } from '../../src/domain/report';
import type { ServerDatabase } from '../db/connect';
import { readServerEpoch } from '../db/meta';
import { currentRev } from '../db/revisions';
import type { Database } from '../db/schema';
import { REPORT_TABLES } from './load';

/** Rows per page of the incremental read. */
export const DELTA_PAGE = 5000;

type Tables = { [T in ReportTable]: Map<string, ReportRecord<T>> };

interface CacheState {
  epoch: string;
  /** The highest rev the cached records reflect. */
  rev: number;
  tables: Tables;
  /** The arrays handed to the report, rebuilt after a change. */
  input: ReportInput | undefined;
}

export interface CachedReportInput {
  input: ReportInput;
  /** Server epoch and rev the input reflects: together they name its content. */
  epoch: string;
  rev: number;
}

interface Row {
  table_name: string;
  id: string;
  site_id: string;
  deleted: number;
  data: string;
}

const emptyTables = (): Tables => ({
  candidates: new Map(),
  spocActions: new Map(),
  accompaniments: new Map(),
  moduleSessions: new Map(),
  attendance: new Map(),
  validationSteps: new Map(),
});

function put(tables: Tables, rows: readonly Row[]): void {
  for (const row of rows) {
    const record = { id: row.id, siteId: row.site_id, deleted: Number(row.deleted) === 1, data: JSON.parse(row.data) as never };
    (tables[row.table_name as ReportTable] as Map<string, ReportRecord<ReportTable>>).set(row.id, record);
  }
}

const COLUMNS = ['table_name', 'id', 'site_id', 'deleted', 'data'] as const;

async function readAll(trx: Kysely<Database>, tables: Tables): Promise<void> {
  for (const table of REPORT_TABLES) put(tables, await trx.selectFrom('records').select(COLUMNS).where('table_name', '=', table).execute());
}

async function readSince(trx: Kysely<Database>, tables: Tables, after: number, upTo: number): Promise<void> {
  let from = after;
  while (from < upTo) {
    const rows = await trx
      .selectFrom('records')
      .select([...COLUMNS, 'rev'])
      .where('rev', '>', from)
      .where('rev', '<=', upTo)
      .orderBy('rev')
      .limit(DELTA_PAGE)
      .execute();
    put(tables, rows.filter((row) => (REPORT_TABLES as readonly string[]).includes(row.table_name)));
    if (rows.length < DELTA_PAGE) return;
    from = Number(rows[rows.length - 1]?.rev ?? upTo);
  }
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
        state = { epoch, rev, tables: emptyTables(), input: undefined };
        await readAll(trx, state.tables);
      } else if (rev > state.rev) {
        await readSince(trx, state.tables, state.rev, rev);
        state.rev = rev;
        state.input = undefined;
      }
      this.state = state;
      state.input ??= toInput(state.tables);
      return { input: state.input, epoch: state.epoch, rev: state.rev };
    });
  }
}

function toInput(tables: Tables): ReportInput {
  return {
    candidates: [...tables.candidates.values()],
    spocActions: [...tables.spocActions.values()],
    accompaniments: [...tables.accompaniments.values()],
    moduleSessions: [...tables.moduleSessions.values()],
    attendance: [...tables.attendance.values()],
    validationSteps: [...tables.validationSteps.values()],
  };
}

const caches = new WeakMap<ServerDatabase, ReportInputCache>();

/** The one cache of a database handle (one per server instance). */
export function reportInputCache(database: ServerDatabase): ReportInputCache {
  let cache = caches.get(database);
  if (!cache) caches.set(database, (cache = new ReportInputCache(database)));
  return cache;
}
