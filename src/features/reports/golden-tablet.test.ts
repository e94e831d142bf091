// THE GOLDEN TEST on the tablet (docs/report-counting.md, "The golden test"): the golden year
// written into a real local store (encrypted Dexie on fake-indexeddb), read back as the reports
// screen reads it (candidates whole, the counted tables by their clear fields only; and now by the
// report's fields, from the rows and then from the report kept between sessions, db/kept-report.ts),
// shaped by the screen's own code (report-input.ts) and computed as the screen computes it
// (computeScreenReport, the targets as the server gives them). Every figure of golden-expected.ts
// must come out.
import { describe, expect, it } from 'vitest';
import { generateWrappableDataKey } from '../../db/crypto';
import { REPORT_CHUNKS, keptReportSettled } from '../../db/kept-report';
import { buildStoredRow } from '../../db/store-context';
import { UserDatabase, type StoredRow } from '../../db/user-database';
import { UserStore } from '../../db/user-store';
import type { DecryptedRecord } from '../../db/user-store';
import { GOLDEN_ORGANISATIONS, GOLDEN_SITE_IDS, goldenRecords } from '../../domain/report/golden/golden-2024';
import { EXPECTED } from '../../domain/report/golden/golden-expected';
import { goldenView } from '../../domain/report/golden/golden-view';
import type { SyncedTable } from '../../domain/tables';
import type { LocalRecord } from '../../sync/workspace';
import { computeScreenReport, toReportInput, type LocalReportTables } from './report-input';
import { targetsInputOf } from './report-targets';

const TABLES = ['candidates', 'spocActions', 'accompaniments', 'moduleSessions', 'attendance', 'validationSteps', 'moduleWork', 'positionings'] as const;

function firstSnapshot(store: UserStore, table: SyncedTable, reading: 'whole' | 'clear-fields' | 'report'): Promise<DecryptedRecord[]> {
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

async function goldenStore(): Promise<{ db: UserDatabase; key: CryptoKey }> {
  const key = await generateWrappableDataKey();
  const db = new UserDatabase(`golden-${crypto.randomUUID()}`);
  await db.open();
  const byTable = new Map<SyncedTable, StoredRow[]>();
  for (const record of goldenRecords()) {
    const row = await buildStoredRow({ db, key }, record.table, { id: record.id, siteId: record.siteId, rev: 1, deleted: false, ver: 1 }, record.data);
    byTable.set(record.table, [...(byTable.get(record.table) ?? []), row]);
  }
  // syncState too: every write of a report table marks its kept report (db/kept-report.ts).
  await db.transaction('rw', [...[...byTable.keys()].map((table) => db.records(table)), db.syncState], async () => {
    for (const [table, rows] of byTable) await db.records(table).bulkPut(rows);
  });
  return { db, key };
}

/** The golden view of the report the screen computes from the store read table by table as `readingOf` says. */
async function screenFigures({ db, key }: { db: UserDatabase; key: CryptoKey }, readingOf: (table: SyncedTable) => 'whole' | 'clear-fields' | 'report', keep = false) {
  const store = new UserStore(db, key);
  const lists = await Promise.all(TABLES.map((table) => firstSnapshot(store, table, readingOf(table))));
  const tables = Object.fromEntries(
    TABLES.map((table, index) => [
      table,
      (lists[index] ?? []).map((record): LocalRecord<SyncedTable> => ({ table, id: record.id, siteId: record.siteId, rev: record.rev, data: record.data as never, pendingFields: record.pendingFields })),
    ]),
  ) as unknown as LocalReportTables;
  if (keep) for (const table of TABLES) await keptReportSettled({ db, key }, table);
  store.close();

  // The targets as GET /api/reports/targets gives them to an administrator, and the local sites.
  const targets = targetsInputOf(
    [
      { organisationId: null, year: 2024, spocPersons: 320, accompaniedPersons: 200 },
      { organisationId: 'org-schaerbeek', year: 2024, spocPersons: 250, accompaniedPersons: 190 },
    ],
    GOLDEN_SITE_IDS.map((id) => ({ id, data: { organisationId: GOLDEN_ORGANISATIONS[id] } })),
  );
  const report = computeScreenReport(toReportInput(tables), {
    from: '2024-01-01', to: '2024-12-31', siteIds: GOLDEN_SITE_IDS, today: '2024-12-31', pastYears: [], firstYear: undefined, targets, wholeNetwork: true,
  });
  return goldenView(report);
}

describe('the golden year 2024 on the tablet', () => {
  it('gives every figure of the 2024 report from the local store, as the reports screen computes it', async () => {
    const figures = await screenFigures(await goldenStore(), (table) => (table === 'candidates' ? 'whole' : 'clear-fields'));
    expect(figures).toEqual(EXPECTED);
  }, 60_000);

  it('gives the same figures read by the report fields, from the rows and then from the report kept between sessions', async () => {
    const stored = await goldenStore();
    expect(await screenFigures(stored, () => 'report', true)).toEqual(EXPECTED);
    // Every chunk of every table kept (encrypted), none left dirty: the next session answers from them alone.
    const again = new UserDatabase(stored.db.name);
    const kept = await again.syncState.where('key').startsWith('keptReport:').toArray();
    expect(kept).toHaveLength(TABLES.length * REPORT_CHUNKS);
    expect(kept.filter((row) => !(typeof row.value === 'object' && row.value !== null && 'ct' in row.value && 'iv' in row.value)).map((row) => row.key)).toEqual([]);
    expect(await screenFigures({ db: again, key: stored.key }, () => 'report')).toEqual(EXPECTED);
  }, 60_000);
});
