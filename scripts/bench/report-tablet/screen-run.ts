// What the reports screen computes once its records are in hand (src/features/reports: the input
// mapping, the evolution years, computeActivityReport with the screen's options), shared by the
// Node proxy (../report-tablet.bench.ts) and the Chromium page (browser-entry.ts) so both time
// the same code. No Node imports: bundled for the browser.
import { generateDemoData } from '../../../src/domain/demo/generator';
import type { DemoRecord, DemoSite } from '../../../src/domain/demo/generator';
import { computeActivityReport } from '../../../src/domain/report';
import type { ActivityReport, PastYearFigures, ReportTable } from '../../../src/domain/report';
import { REPORT_FIELDS } from '../../../src/domain/report/fields';
import type { SyncedTable } from '../../../src/domain/tables';
import { evolutionYearsOf, firstYearOf, toReportInput } from '../../../src/features/reports/report-input';
import type { LocalReportTables } from '../../../src/features/reports/report-input';
import type { LocalRecord } from '../../../src/sync/workspace';

export const PERIOD = { from: '2024-01-01', to: '2024-12-31' };
export const AS_OF = '2026-11-23';
// Every table the report reads (its own list, so the bench follows it).
export const REPORT_TABLES = Object.keys(REPORT_FIELDS) as readonly ReportTable[];
export const SITES: DemoSite[] = ['schaerbeek', 'etterbeek', 'ixelles', 'anderlecht', 'molenbeek-saint-jean'].map((commune, index) => ({
  id: `bench-${index + 1}`,
  name: `Bench site ${index + 1}`,
  kind: 'mission-locale',
  communeCode: commune,
}));
export const SITE_IDS = SITES.map((site) => site.id);
export const PAST_YEARS: PastYearFigures[] = SITE_IDS.flatMap((siteId, index) =>
  [2019, 2020, 2021].map((year) => ({ year, siteId, spocPersons: 200 + index * 10 + (year - 2019), accompaniedPersons: 120 + index })),
);

/** The generator's report records for about `size` records over the five sites (same as the server bench). */
export function tabletRecords(size: number): DemoRecord[] {
  const perCandidate = 3.8;
  const demo = generateDemoData({ seed: size, sites: SITES, candidatesPerSite: Math.ceil(size / perCandidate / SITES.length) });
  return demo.records.filter((record) => (REPORT_TABLES as readonly string[]).includes(record.table)).slice(0, size);
}

/** The records as the workspace's repositories list them (decrypted local records). */
export function localTables(records: readonly DemoRecord[]): LocalReportTables {
  const tables = Object.fromEntries(REPORT_TABLES.map((table) => [table, [] as LocalRecord<SyncedTable>[]])) as unknown as Record<ReportTable, LocalRecord<SyncedTable>[]>;
  for (const record of records) {
    tables[record.table as ReportTable].push({ table: record.table as SyncedTable, id: record.id, siteId: record.siteId, rev: 1, data: record.data as never, pendingFields: [] });
  }
  return tables as unknown as LocalReportTables;
}

/** The screen's work for a change of period or site: input mapping, evolution years, the report. */
export function screenReport(tables: LocalReportTables): ActivityReport {
  const input = { ...toReportInput(tables), pastYears: PAST_YEARS };
  const evolutionYears = evolutionYearsOf(firstYearOf(tables.spocActions, tables.accompaniments), Number(PERIOD.to.slice(0, 4)), PAST_YEARS, SITE_IDS);
  return computeActivityReport(input, { ...PERIOD, siteIds: SITE_IDS, asOf: AS_OF, evolutionYears });
}
