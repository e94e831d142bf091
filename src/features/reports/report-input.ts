// Pure shaping of the reports screen's input: the decrypted local records as the report's input,
// and the evolution table's years. Shared by use-report-input.ts, ReportsPage and the tablet bench
// (scripts/bench/report-tablet.bench.ts), so the bench measures what the screen runs.
import { computeActivityReport, type ActivityReport, type PastYearFigures, type ReportInput, type ReportRecord, type ReportTable, type ReportTargetsInput } from '../../domain/report';
import type { LocalRecord } from '../../sync/workspace';

/** A local record is never a tombstone: deletions are removed from the local store. */
export const toReportRecords = <T extends ReportTable>(records: readonly LocalRecord<T>[]): ReportRecord<T>[] =>
  records.map((record) => ({ id: record.id, siteId: record.siteId, deleted: false, data: record.data }));

export type LocalReportTables = { [T in Exclude<ReportTable, 'positionings'>]: readonly LocalRecord<T>[] } & {
  positionings?: readonly LocalRecord<'positionings'>[];
};

export function toReportInput(tables: LocalReportTables): ReportInput {
  return {
    candidates: toReportRecords(tables.candidates),
    spocActions: toReportRecords(tables.spocActions),
    accompaniments: toReportRecords(tables.accompaniments),
    moduleSessions: toReportRecords(tables.moduleSessions),
    attendance: toReportRecords(tables.attendance),
    validationSteps: toReportRecords(tables.validationSteps),
    moduleWork: toReportRecords(tables.moduleWork),
    positionings: toReportRecords(tables.positionings ?? []),
  };
}

/** The earliest year of a SPOC action or an accompaniment start, for the evolution table's history. */
export function firstYearOf(spocActions: readonly { data: { date?: string } }[], accompaniments: readonly { data: { startDate?: string } }[]): number | undefined {
  let first: number | undefined;
  const consider = (day: string | undefined) => {
    const year = day ? Number(day.slice(0, 4)) : NaN;
    if (Number.isInteger(year) && (first === undefined || year < first)) first = year;
  };
  for (const record of spocActions) consider(record.data.date);
  for (const record of accompaniments) consider(record.data.startDate);
  return first;
}

/**
 * The evolution table's years: from the first year of the local data, or of the entered past years
 * of the selected sites, to the period's last year.
 */
export function evolutionYearsOf(firstYear: number | undefined, lastYear: number, pastYears: readonly PastYearFigures[], siteIds: readonly string[]): number[] {
  let first = Math.min(firstYear ?? lastYear, lastYear);
  for (const entry of pastYears) if (siteIds.includes(entry.siteId) && entry.year < first) first = entry.year;
  const years: number[] = [];
  for (let year = first; year <= lastYear; year += 1) years.push(year);
  return years;
}

/** Site id → the day it left the programme (`closedOn`, set on the server), for the evolution table. */
export function closedSitesOf(sites: readonly { id: string; data: { closedOn?: string } }[]): Record<string, string> {
  const closed: Record<string, string> = {};
  for (const site of sites) if (site.data.closedOn) closed[site.id] = site.data.closedOn;
  return closed;
}

export interface ScreenReportChoice {
  from: string;
  to: string;
  /** The sites ticked on the screen. */
  siteIds: readonly string[];
  /** Today in Brussels: the data-quality checks' day. */
  today: string;
  pastYears: readonly PastYearFigures[];
  /** The earliest year of the local data (LocalReportData.firstYear). */
  firstYear: number | undefined;
  targets?: ReportTargetsInput;
  /** Site id → the day it left the programme (closedSitesOf). */
  closedSites?: Readonly<Record<string, string>>;
  /** Every site of the network is ticked (the network goal is compared only then). */
  wholeNetwork: boolean;
}

/** The report as the reports screen computes it, over the local input: one place, so tests run what the screen runs. */
export function computeScreenReport(input: ReportInput, choice: ScreenReportChoice): ActivityReport {
  // The evolution table runs from the first year of the local data, or of the entered past years
  // of the selected sites, to the period's last year.
  const evolutionYears = evolutionYearsOf(choice.firstYear, Number(choice.to.slice(0, 4)), choice.pastYears, choice.siteIds);
  return computeActivityReport(
    { ...input, pastYears: choice.pastYears, targets: choice.targets, closedSites: choice.closedSites },
    { from: choice.from, to: choice.to, siteIds: choice.siteIds, asOf: choice.today, evolutionYears, wholeNetwork: choice.wholeNetwork },
  );
}
