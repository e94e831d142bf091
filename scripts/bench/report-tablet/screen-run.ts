// What the reports screen computes once its records are in hand (src/features/reports: the input
// mapping, the evolution years, computeActivityReport with the screen's options), shared by the
// Node proxy (../report-tablet.bench.ts) and the Chromium page (browser-entry.ts) so both time
// the same code. No Node imports: bundled for the browser.
import { generateDemoData } from '../../../src/domain/demo/generator';
import type { DemoRecord, DemoSite } from '../../../src/domain/demo/generator';
import { computeActivityReport } from '../../../src/domain/report';
import type { ActivityReport, PastYearFigures, ReportInput, ReportTable } from '../../../src/domain/report';
import { REPORT_FIELDS } from '../../../src/domain/report/fields';
import type { SyncedTable } from '../../../src/domain/tables';
import { evolutionYearsOf, firstYearOf, toReportInput } from '../../../src/features/reports/report-input';
import type { LocalReportTables } from '../../../src/features/reports/report-input';
import type { ReportSession } from '../../../src/features/reports/report-session';
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

/** The report of an input built by toReportInput, with the screen's options. */
export function reportOfInput(reportInput: ReportInput, firstYear: number | undefined): ActivityReport {
  const input = { ...reportInput, pastYears: PAST_YEARS };
  const evolutionYears = evolutionYearsOf(firstYear, Number(PERIOD.to.slice(0, 4)), PAST_YEARS, SITE_IDS);
  return computeActivityReport(input, { ...PERIOD, siteIds: SITE_IDS, asOf: AS_OF, evolutionYears });
}

/** The screen's work for a change of period or site: input mapping, evolution years, the report. */
export function screenReport(tables: LocalReportTables): ActivityReport {
  return reportOfInput(toReportInput(tables), firstYearOf(tables.spocActions, tables.accompaniments));
}

/**
 * The screen's way within a session (use-report-input.ts, ReportsPage): each table's answer kept
 * by the session, the input built once per set of answers, the report once per input and choice.
 */
export function sessionReport(session: ReportSession, tables: LocalReportTables): ActivityReport {
  const kept = REPORT_TABLES.map((table) => session.accept(table, tables[table] ?? []));
  const built = session.derived(kept, () => {
    const byTable = Object.fromEntries(REPORT_TABLES.map((table, index) => [table, kept[index]])) as unknown as LocalReportTables;
    return { input: toReportInput(byTable), firstYear: firstYearOf(byTable.spocActions, byTable.accompaniments) };
  });
  return session.report(built.input, JSON.stringify({ ...PERIOD, SITE_IDS, AS_OF }), () => reportOfInput(built.input, built.firstYear));
}

/** The tables the session holds (a reopening starts from them). */
export function sessionTables(session: ReportSession): LocalReportTables {
  return Object.fromEntries(REPORT_TABLES.map((table) => [table, session.snapshot(table) ?? []])) as unknown as LocalReportTables;
}
