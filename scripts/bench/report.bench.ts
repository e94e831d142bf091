// Activity report timings on the server: `npx tsx scripts/bench/report.bench.ts`.
// For 10,000 and 100,000 report records (fictional, src/domain/demo/generator) on SQLite — and on
// PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL, e.g. `node scripts/postgres.mjs url`)
// is set, in a throwaway database created and dropped here — it prints, in ms, for an administrator
// (every site) and a coordinator of 3 of the 5 sites, GET /api/reports/activity end to end through
// app.inject (auth, data, compute, JSON):
// - start: starting an instance on the database (buildServer: migrations, then app.ready(), where the server
//   reads every report record once before it answers, in one query, a table scan in SQLite, parsing
//   each one's report projection, records.report_data, not its whole data: server/reports/input-cache.ts);
// - cold: the first request of that instance once started;
// - changed: a request after one record was written (the instance reads the changed rows only,
//   then computes): the steady state of a server in use, and the figure the target is about;
// - same: the same request again with nothing written (the answer kept by rev);
// and, for comparison, the per-site loader alone (server/reports/load.ts: reading and parsing the
// sites' records' projections from scratch) and the pure function alone over the cached input.
// Target: cold and changed under 1,000 ms at 100,000 records. BENCH_SIZES=100000 runs one size only.
// On a busy machine (see the load average printed) wall-clock times inflate; CPU time does less.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { computeActivityReport } from '../../src/domain/report';
import { buildServer } from '../../server/app';
import type { BuiltServer } from '../../server/app';
import { insertRecords, stampAllFields } from '../../server/db/records';
import { allocateRevs, lockRevisionCounter } from '../../server/db/revisions';
import { reportInputCache } from '../../server/reports/input-cache';
import { REPORT_TABLES, loadReportInput } from '../../server/reports/load';
import { ACTIVITY_REPORT_PATH } from '../../server/routes/reports';
import { COORDINATOR_SITES, PERIOD, SITE_IDS, seedBenchServer } from './report-seed';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = 5;
const TARGET_MS = 1000;

interface Target {
  name: string;
  create(): Promise<{ url: string; drop(): Promise<void> }>;
}

function sqliteTarget(): Target {
  return {
    name: 'sqlite',
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'vdc-bench-'));
      return { url: `sqlite:${join(dir, 'bench.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  };
}

function postgresTarget(adminUrl: string): Target {
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'postgres',
    async create() {
      const name = `vdc_bench_${randomBytes(6).toString('hex')}`;
      await admin(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
    },
  };
}

interface Timing {
  median: number;
  min: number;
  max: number;
  cpu: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Wall-clock median, min and max, and this process's median CPU time; `before` runs untimed ahead of each run. */
async function time(work: () => Promise<unknown> | unknown, before?: () => Promise<unknown>, warmUp = true): Promise<Timing> {
  if (warmUp) {
    await before?.();
    await work();
  }
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await before?.();
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await work();
    const used = process.cpuUsage(cpuStart);
    samples.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), cpu: median(cpu) };
}

const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;
const span = (timing: Timing) => `${ms(timing.median)} (${timing.min.toFixed(0)}–${timing.max.toFixed(0)}, cpu ${timing.cpu.toFixed(0)})`;

/** One more SPOC action of 2024 at the first site: moves the rev, as any adviser's sync does. */
async function writeOne(server: BuiltServer): Promise<void> {
  await server.db.transaction().execute(async (trx) => {
    await lockRevisionCounter(trx);
    const rev = await allocateRevs(trx, 1);
    const data = { date: '2024-06-01', kind: 'collective', candidateIds: [], headCount: 3, metiers: [] };
    await insertRecords(trx, [{ table: 'spocActions', id: randomUUID(), siteId: SITE_IDS[0] ?? '', rev, deleted: false, data, fieldMeta: stampAllFields(data, rev, 'bench') }]);
  });
}

async function bench(target: Target, size: number): Promise<boolean> {
  const fresh = await target.create();
  const server = await buildServer({ databaseUrl: fresh.url });
  const instances: BuiltServer[] = [];
  try {
    const { admin, coordinator, count } = await seedBenchServer(server, size);
    const query = new URLSearchParams(PERIOD).toString();
    let ok = true;
    for (const [who, token, siteIds] of [
      ['admin (5 sites)', admin, SITE_IDS],
      ['coordinator (3 sites)', coordinator, COORDINATOR_SITES],
    ] as const) {
      let bytes = 0;
      const ask = (on: BuiltServer) => async () => {
        const response = await on.app.inject({ method: 'GET', url: `${ACTIVITY_REPORT_PATH}?${query}`, headers: { authorization: `Bearer ${token}` } });
        if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
        bytes = response.body.length;
      };
      // Start and cold: a new instance on the same database for each run, started (timed apart),
      // then asked once. The previous run's instance is closed first, so the heap does not grow.
      let instance: BuiltServer | undefined;
      const starts: number[] = [];
      const cold = await time(
        () => ask(instance as BuiltServer)(),
        async () => {
          await instances.pop()?.close();
          const startedAt = performance.now();
          instance = await buildServer({ databaseUrl: fresh.url }); // migrations, then app.ready()
          starts.push(performance.now() - startedAt);
          instances.push(instance);
        },
        false,
      );
      const changed = await time(ask(server), () => writeOne(server));
      const same = await time(ask(server));
      const load = await time(() => loadReportInput(server.database, siteIds));
      const loaded = await loadReportInput(server.database, siteIds);
      const perSite = REPORT_TABLES.reduce((sum, table) => sum + (loaded[table] ?? []).length, 0);
      const { input } = await reportInputCache(server.database).current();
      const pure = await time(() => computeActivityReport(input, { ...PERIOD, siteIds }));
      const over = size >= 100_000 && (cold.median >= TARGET_MS || changed.median >= TARGET_MS);
      ok &&= !over;
      console.log(
        `${target.name.padEnd(8)} ${String(count).padStart(7)} records  ${who.padEnd(22)} start ${ms(median(starts))}  cold ${span(cold)}  changed ${span(changed)}  same ${span(same)}  ` +
          `| per-site loader ${ms(load.median)} (${perSite} records)  pure ${ms(pure.median)}  ${(bytes / 1024).toFixed(0)} KiB JSON` +
          (over ? '  ← over the 1 s target' : ''),
      );
    }
    return ok;
  } finally {
    for (const instance of instances) await instance.close();
    await server.close();
    await fresh.drop();
  }
}

async function main() {
  const postgresUrl = process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim();
  const targets = [sqliteTarget(), ...(postgresUrl ? [postgresTarget(postgresUrl)] : [])];
  if (!postgresUrl) console.log('PostgreSQL skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to include it.');
  console.log(
    `GET ${ACTIVITY_REPORT_PATH} ${PERIOD.from}…${PERIOD.to}, median (min–max, CPU median) of ${RUNS} runs; ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}`,
  );
  let ok = true;
  for (const target of targets) for (const size of SIZES) ok = (await bench(target, size)) && ok;
  if (!ok) process.exitCode = 1;
}

await main();
