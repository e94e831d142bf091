// Activity report timings as the tablet computes it: `npx tsx scripts/bench/report-tablet.bench.ts`.
// For 10,000 and 100,000 report records (fictional, src/domain/demo/generator) shaped as decrypted
// local records, it times what the reports screen runs once the records are in memory:
// - map: the screen's input mapping (src/features/reports/report-input.ts, the same functions);
// - compute: computeActivityReport with the screen's options (a coordinator's 5 sites, the year,
//   the evolution table from the data's first year, a few entered past years);
// - screen: both together, what a change of period or site costs.
// Target: screen under 3,000 ms at 100,000 records. Node on this machine is only a proxy for a
// tablet's browser (a mid-range tablet's CPU is often 2–4× slower than a server core): read the
// figures as an order of magnitude, with the load average printed. BENCH_SIZES=100000 runs one size.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { generateDemoData } from '../../src/domain/demo/generator';
import type { DemoSite } from '../../src/domain/demo/generator';
import { computeActivityReport } from '../../src/domain/report';
import type { PastYearFigures, ReportTable } from '../../src/domain/report';
import type { SyncedTable } from '../../src/domain/tables';
import { evolutionYearsOf, firstYearOf, toReportInput } from '../../src/features/reports/report-input';
import type { LocalReportTables } from '../../src/features/reports/report-input';
import type { LocalRecord } from '../../src/sync/workspace';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = 5;
const TARGET_MS = 3000;
const PERIOD = { from: '2024-01-01', to: '2024-12-31' };
const AS_OF = '2026-11-23';
const REPORT_TABLES: readonly ReportTable[] = ['candidates', 'spocActions', 'accompaniments', 'moduleSessions', 'attendance', 'validationSteps'];
const SITES: DemoSite[] = ['schaerbeek', 'etterbeek', 'ixelles', 'anderlecht', 'molenbeek-saint-jean'].map((commune, index) => ({
  id: `bench-${index + 1}`,
  name: `Bench site ${index + 1}`,
  kind: 'mission-locale',
  communeCode: commune,
}));
const SITE_IDS = SITES.map((site) => site.id);
const PAST_YEARS: PastYearFigures[] = SITE_IDS.flatMap((siteId, index) =>
  [2019, 2020, 2021].map((year) => ({ year, siteId, spocPersons: 200 + index * 10 + (year - 2019), accompaniedPersons: 120 + index })),
);

/** The local tables of a tablet holding about `size` report records (same generator as the server bench). */
function localTables(size: number): { tables: LocalReportTables; count: number } {
  const perCandidate = 3.8;
  const demo = generateDemoData({ seed: size, sites: SITES, candidatesPerSite: Math.ceil(size / perCandidate / SITES.length) });
  const records = demo.records.filter((record) => (REPORT_TABLES as readonly string[]).includes(record.table)).slice(0, size);
  const tables = Object.fromEntries(REPORT_TABLES.map((table) => [table, [] as LocalRecord<SyncedTable>[]])) as unknown as Record<ReportTable, LocalRecord<SyncedTable>[]>;
  for (const record of records) {
    tables[record.table as ReportTable].push({ table: record.table as SyncedTable, id: record.id, siteId: record.siteId, rev: 1, data: record.data as never, pendingFields: [] });
  }
  return { tables: tables as unknown as LocalReportTables, count: records.length };
}

function time(work: () => unknown): { median: number; min: number } {
  work(); // warm-up
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return { median: [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0, min: Math.min(...samples) };
}

const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;

function main() {
  console.log(
    `Tablet report (Node as a proxy for the tablet's browser) ${PERIOD.from}…${PERIOD.to}, ${SITE_IDS.length} sites, median of ${RUNS} runs after a warm-up; ` +
      `${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}`,
  );
  let ok = true;
  for (const size of SIZES) {
    const { tables, count } = localTables(size);
    const screenRun = () => {
      const input = { ...toReportInput(tables), pastYears: PAST_YEARS };
      const evolutionYears = evolutionYearsOf(firstYearOf(tables.spocActions, tables.accompaniments), Number(PERIOD.to.slice(0, 4)), PAST_YEARS, SITE_IDS);
      return computeActivityReport(input, { ...PERIOD, siteIds: SITE_IDS, asOf: AS_OF, evolutionYears });
    };
    const map = time(() => toReportInput(tables));
    const input = { ...toReportInput(tables), pastYears: PAST_YEARS };
    const evolutionYears = evolutionYearsOf(firstYearOf(tables.spocActions, tables.accompaniments), Number(PERIOD.to.slice(0, 4)), PAST_YEARS, SITE_IDS);
    const compute = time(() => computeActivityReport(input, { ...PERIOD, siteIds: SITE_IDS, asOf: AS_OF, evolutionYears }));
    const screen = time(screenRun);
    const report = screenRun();
    ok &&= screen.median < TARGET_MS;
    console.log(
      `${String(count).padStart(7)} records  screen ${ms(screen.median)} (min ${ms(screen.min)})  map ${ms(map.median)}  compute ${ms(compute.median)}  ` +
        `evolution ${evolutionYears[0]}…${evolutionYears[evolutionYears.length - 1]} (${report.evolution.length} rows)` +
        (size >= 100_000 && screen.median >= TARGET_MS ? '  ← over the 3 s target' : ''),
    );
  }
  console.log(`Target: screen under ${TARGET_MS} ms at 100,000 records on a tablet; Node timings are a proxy only.`);
  if (!ok) process.exitCode = 1;
}

main();
