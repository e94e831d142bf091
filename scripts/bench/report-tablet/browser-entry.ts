// The Chromium page of the tablet report bench: ../report-tablet.bench.ts bundles this file with
// esbuild, serves it on http://localhost (a secure context, for WebCrypto and IndexedDB) and calls
// `vdcReportBench(size)`. In the page, untimed: generate the fictional records, encrypt them into
// the rows the device stores (src/db/store-context buildStoredRow: clear fields + AES-GCM payload)
// and bulkPut them into a fresh on-disk Dexie database of the app's schema. Then timed, each run:
// - memory: from decrypted records in memory to the report (the screen's mapping + compute);
// - opening: from the encrypted Dexie rows to the report as the reports screen reads them (each
//   table's report fields, the first answer from the report's input kept by an earlier session,
//   src/db/kept-report.ts) and keeps them for the session (src/features/reports/report-session.ts),
//   with a freshly unlocked key and an empty session memory, so nothing was decrypted or computed
//   before in the session;
// - opening with nothing kept: the same after the kept report is deleted (the first opening on a
//   tablet), which then keeps it; after the same deletion and the preparation a sync runs once the
//   page settles (src/db/kept-preparation.ts; its own time printed too); and after a pulled
//   page of 100 records (their rows alone read again);
// - opening the screen's way before the kept report: the candidates decrypted whole, the other
//   tables' clear fields only;
// - reopening: the screen opened again in the session: from the session's memory to the report
//   painted (the input and the report of the same choice are found, not rebuilt);
// - checking again: what follows a reopening, after the paint: every table answered again (now
//   from the kept report) and compared with the session's memory (nothing rebuilt, the same report);
// - reading again: only the reads of a reopening (the tables' first snapshots, no report);
// - again without the session's memory: reading every table and computing the report again, once
//   the session has decrypted the candidates (the screen's way before report-session.ts);
// - every row decrypted: every table read whole, the screen's way before clear-field reads;
// - a person's file: the queries of the file's read model (src/features/candidate-file/
//   use-file-records.ts: by id, by candidateId, the sessions of their attendance, the SPOC actions
//   naming them) to their first answers, with a freshly unlocked key; and once, the file's way
//   before it: every table it shows read whole and decrypted.
// No Node imports here.
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from '../../../src/db/crypto';
import { buildStoredRow } from '../../../src/db/store-context';
import { UserDatabase, type StoredRow } from '../../../src/db/user-database';
import { UserStore, type DecryptedRecord } from '../../../src/db/user-store';
import { keptReportSettled } from '../../../src/db/kept-report';
import type { SyncedTable } from '../../../src/domain/tables';
import type { LocalReportTables } from '../../../src/features/reports/report-input';
import type { LocalRecord } from '../../../src/sync/workspace';
import { ReportSession } from '../../../src/features/reports/report-session';
import { REPORT_TABLES, localTables, screenReport, sessionReport, sessionTables, tabletRecords } from './screen-run';

export interface BrowserReportResult {
  count: number;
  memory: number[];
  opening: number[];
  openingNothingKept: number[];
  /** The preparation after a sync that left nothing kept (background work, not an opening). */
  preparing: number[];
  /** The opening that follows that preparation, in a new session. */
  openingPrepared: number[];
  openingAfterPull: number[];
  openingBefore: number[];
  keptReading: number[];
  again: number[];
  reopening: number[];
  checkingAgain: number[];
  readingAgain: number[];
  everyRowDecrypted: number[];
  personFile: number[];
  personFileBefore: number;
  /** Rows the person's file showed (the same both ways). */
  personFileRows: number;
  setupMs: number;
  evolutionRows: number;
}

const CHUNK = 1000;
type Reading = 'whole' | 'clear-fields' | 'report';

/** The first snapshot of a watched table, as the screen's hooks receive it. */
function firstSnapshot(store: UserStore, table: SyncedTable, reading: Reading): Promise<DecryptedRecord[]> {
  return new Promise((resolve, reject) => {
    const stop = store.watch(
      table,
      (records) => {
        queueMicrotask(() => stop());
        resolve(records);
      },
      reject,
      reading,
    );
  });
}

async function readTables(store: UserStore, readingOf: (table: SyncedTable) => Reading): Promise<LocalReportTables> {
  const lists = await Promise.all(REPORT_TABLES.map((table) => firstSnapshot(store, table, readingOf(table))));
  return Object.fromEntries(
    REPORT_TABLES.map((table, tableIndex) => [
      table,
      (lists[tableIndex] ?? []).map((record): LocalRecord<SyncedTable> => ({ table, id: record.id, siteId: record.siteId, rev: record.rev, data: record.data as never, pendingFields: record.pendingFields })),
    ]),
  ) as unknown as LocalReportTables;
}

/** The first answer of a query of the file's read model. */
function firstWhere(store: UserStore, table: SyncedTable, field: string, values: readonly string[]): Promise<DecryptedRecord[]> {
  if (values.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const stop = store.watchWhere(table, { field, values }, (records) => {
      queueMicrotask(() => stop());
      resolve(records);
    }, reject);
  });
}

/** What a person's file reads on opening, as its read model queries it; the number of rows it shows. */
async function openPersonFile(store: UserStore, candidateId: string): Promise<number> {
  const person = [candidateId];
  const [candidates, spocActions, accompaniments, positionings, attendance, validationSteps, followUpNotes, sites, users, ucs] = await Promise.all([
    firstWhere(store, 'candidates', 'id', person),
    firstWhere(store, 'spocActions', 'candidateIds', person),
    firstWhere(store, 'accompaniments', 'candidateId', person),
    firstWhere(store, 'positionings', 'candidateId', person),
    firstWhere(store, 'attendance', 'candidateId', person),
    firstWhere(store, 'validationSteps', 'candidateId', person),
    firstWhere(store, 'followUpNotes', 'candidateId', person),
    firstSnapshot(store, 'sites', 'whole'),
    firstSnapshot(store, 'users', 'whole'),
    firstSnapshot(store, 'ucs', 'whole'),
  ]);
  const sessionIds = [...new Set(attendance.map((row) => row.data.sessionId as string))];
  const moduleSessions = await firstWhere(store, 'moduleSessions', 'id', sessionIds);
  return [candidates, spocActions, accompaniments, positionings, attendance, validationSteps, followUpNotes, moduleSessions, sites, users, ucs].reduce((sum, list) => sum + list.length, 0);
}

const FILE_TABLES: readonly SyncedTable[] = ['candidates', 'spocActions', 'accompaniments', 'positionings', 'moduleSessions', 'attendance', 'validationSteps', 'followUpNotes', 'sites', 'users', 'ucs'];

/** The file's way before its read model: every table read whole and decrypted, then filtered. */
async function openPersonFileBefore(store: UserStore, candidateId: string): Promise<number> {
  const lists = await Promise.all(FILE_TABLES.map((table) => firstSnapshot(store, table, 'whole')));
  const byTable = new Map(FILE_TABLES.map((table, index) => [table, lists[index] ?? []]));
  const about = (record: DecryptedRecord) =>
    record.id === candidateId || record.data.candidateId === candidateId || (Array.isArray(record.data.candidateIds) && record.data.candidateIds.includes(candidateId));
  const attendance = (byTable.get('attendance') ?? []).filter(about);
  const sessionIds = new Set(attendance.map((row) => row.data.sessionId));
  return FILE_TABLES.reduce(
    (sum, table) =>
      sum + (byTable.get(table) ?? []).filter((record) => (table === 'moduleSessions' ? sessionIds.has(record.id) : ['sites', 'users', 'ucs'].includes(table) || about(record))).length,
    0,
  );
}

/** A person with attendance and an accompaniment: a file with something in most sections. */
function busyPerson(records: ReturnType<typeof tabletRecords>): string {
  const attended = new Set(records.filter((record) => record.table === 'attendance').map((record) => record.data.candidateId as string));
  const accompanied = records.find((record) => record.table === 'accompaniments' && attended.has(record.data.candidateId as string));
  return (accompanied?.data.candidateId as string | undefined) ?? records.find((record) => record.table === 'candidates')?.id ?? '';
}

const screenReading = (): Reading => 'report';
/** The screen's reads before the kept report. */
const readingBefore = (table: SyncedTable): Reading => (table === 'candidates' ? 'whole' : 'clear-fields');

/** A new session's store over the bench database (a freshly unwrapped key), and its context. */
async function newSession(name: string, wrap: Awaited<ReturnType<typeof wrapWithPassword>>) {
  const db = new UserDatabase(name);
  const key = await unwrapWithPassword(wrap, 'pw');
  return { store: new UserStore(db, key), ctx: { db, key } };
}

/** Waits for the kept report's background saves (not timed: after the paint). */
async function settled(ctx: { db: UserDatabase; key: CryptoKey }): Promise<void> {
  for (const table of REPORT_TABLES) await keptReportSettled(ctx, table);
}

/** A pulled page's worth of writes: 100 records of the report tables written again (their chunks dirtied). */
async function pullLikeWrites(name: string, records: ReturnType<typeof tabletRecords>, key: CryptoKey, round: number): Promise<void> {
  const db = new UserDatabase(name);
  const chosen = records.filter((_, index) => index % 1000 === round % 1000).slice(0, 100);
  const rows = await Promise.all(chosen.map(async (record) => ({ table: record.table, row: await buildStoredRow({ db, key }, record.table, { id: record.id, siteId: record.siteId, rev: 2, deleted: false, ver: 2 + round }, record.data) })));
  const tables = [...new Set(rows.map(({ table }) => table))];
  await db.transaction('rw', [...tables.map((table) => db.records(table)), db.syncState], async () => {
    for (const table of tables) await db.records(table).bulkPut(rows.filter((entry) => entry.table === table).map((entry) => entry.row));
  });
  db.close();
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function run(size: number, runs: number): Promise<BrowserReportResult> {
  const setupStart = performance.now();
  const records = tabletRecords(size);
  const wrap = await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000);
  const setupKey = await unwrapWithPassword(wrap, 'pw');
  const db = new UserDatabase(`report-bench-${globalThis.crypto.randomUUID()}`);
  await db.open();
  for (let offset = 0; offset < records.length; offset += CHUNK) {
    const byTable = new Map<SyncedTable, StoredRow[]>();
    for (const record of records.slice(offset, offset + CHUNK)) {
      const row = await buildStoredRow({ db, key: setupKey }, record.table, { id: record.id, siteId: record.siteId, rev: 1, deleted: false, ver: 1 }, record.data);
      byTable.set(record.table, [...(byTable.get(record.table) ?? []), row]);
    }
    await db.transaction('rw', [...[...byTable.keys()].map((table) => db.records(table)), db.syncState], async () => {
      for (const [table, rows] of byTable) await db.records(table).bulkPut(rows);
    });
  }
  db.close();
  const setupMs = performance.now() - setupStart;

  const inMemory = localTables(records);
  const result: BrowserReportResult = {
    count: records.length, memory: [], opening: [], openingNothingKept: [], preparing: [], openingPrepared: [], openingAfterPull: [], openingBefore: [], keptReading: [], again: [], reopening: [], checkingAgain: [], readingAgain: [], everyRowDecrypted: [], personFile: [], personFileBefore: 0, personFileRows: 0, setupMs, evolutionRows: 0,
  };
  const person = busyPerson(records);
  screenReport(inMemory); // warm-up
  for (let index = 0; index < runs; index += 1) {
    result.memory.push(await timed(async () => (result.evolutionRows = screenReport(inMemory).evolution.rows.length)));
    // Nothing kept: the kept report deleted, then a new session opens the screen (and keeps it).
    const cleared = new UserDatabase(db.name);
    await cleared.syncState.where('key').startsWith('keptReport:').delete();
    cleared.close();
    const first = await newSession(db.name, wrap);
    result.openingNothingKept.push(await timed(async () => sessionReport(new ReportSession(), await readTables(first.store, screenReading))));
    await settled(first.ctx);
    first.store.close();
    // Nothing kept again, as after a new tablet's first pull: the sync's preparation when the page
    // settles (kept-preparation.ts), then a new session opens the screen.
    const emptied = new UserDatabase(db.name);
    await emptied.syncState.where('key').startsWith('keptReport:').delete();
    emptied.close();
    const syncing = await newSession(db.name, wrap);
    result.preparing.push(await timed(() => syncing.store.prepareKeptCopies()));
    syncing.store.close();
    const prepared = await newSession(db.name, wrap);
    result.openingPrepared.push(await timed(async () => sessionReport(new ReportSession(), await readTables(prepared.store, screenReading))));
    await settled(prepared.ctx);
    prepared.store.close();
    // A pulled page dirtied a few chunks: the next opening rebuilds them from their rows.
    await pullLikeWrites(db.name, records, setupKey, index);
    const afterPull = await newSession(db.name, wrap);
    result.openingAfterPull.push(await timed(async () => sessionReport(new ReportSession(), await readTables(afterPull.store, screenReading))));
    await settled(afterPull.ctx);
    afterPull.store.close();
    const before = await newSession(db.name, wrap);
    result.openingBefore.push(await timed(async () => sessionReport(new ReportSession(), await readTables(before.store, readingBefore))));
    before.store.close();
    const reading = await newSession(db.name, wrap);
    result.keptReading.push(await timed(() => readTables(reading.store, screenReading)));
    reading.store.close();
    // A freshly unwrapped key: a new session, nothing decrypted yet; the report kept by the last.
    const { store } = await newSession(db.name, wrap);
    const session = new ReportSession();
    let opened: unknown;
    let checked: unknown;
    result.opening.push(await timed(async () => (opened = sessionReport(session, await readTables(store, screenReading)))));
    result.reopening.push(await timed(async () => sessionReport(session, sessionTables(session))));
    result.checkingAgain.push(await timed(async () => (checked = sessionReport(session, await readTables(store, screenReading)))));
    if (checked !== opened) throw new Error('the same records read again computed the report again');
    result.again.push(await timed(async () => screenReport(await readTables(store, readingBefore))));
    result.readingAgain.push(await timed(() => readTables(store, readingBefore)));
    store.close();
    const wholeStore = new UserStore(new UserDatabase(db.name), await unwrapWithPassword(wrap, 'pw'));
    result.everyRowDecrypted.push(await timed(async () => screenReport(await readTables(wholeStore, () => 'whole'))));
    wholeStore.close();
    const fileStore = new UserStore(new UserDatabase(db.name), await unwrapWithPassword(wrap, 'pw'));
    result.personFile.push(await timed(async () => (result.personFileRows = await openPersonFile(fileStore, person))));
    fileStore.close();
  }
  const beforeStore = new UserStore(new UserDatabase(db.name), await unwrapWithPassword(wrap, 'pw'));
  let beforeRows = 0;
  result.personFileBefore = await timed(async () => (beforeRows = await openPersonFileBefore(beforeStore, person)));
  beforeStore.close();
  if (beforeRows !== result.personFileRows) throw new Error(`the person's file showed ${result.personFileRows} rows, ${beforeRows} the old way`);
  await globalThis.indexedDB.deleteDatabase(db.name);
  return result;
}

(globalThis as { vdcReportBench?: typeof run }).vdcReportBench = run;
