// Activity report timings on the server: `npx tsx scripts/bench/report.bench.ts`.
// For 10,000 and 100,000 report records (fictional, src/domain/demo/generator) on SQLite — and on
// PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL, e.g. `node scripts/postgres.mjs url`)
// is set, in a throwaway database created and dropped here — it prints, in ms:
// - route: GET /api/reports/activity end to end through app.inject (auth, load, compute, JSON),
//   for an administrator (every site) and a coordinator of 3 of the 5 sites;
// - load: reading the report input from the database alone;
// - pure: computeActivityReport alone over the same input.
// Target: route under 1,000 ms at 100,000 records. BENCH_SIZES=100000 runs one size only. On a busy
// machine (see the load average printed) wall-clock times inflate; the route's CPU time does less.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { generateDemoData } from '../../src/domain/demo/generator';
import type { DemoSite } from '../../src/domain/demo/generator';
import { computeActivityReport } from '../../src/domain/report';
import { buildServer } from '../../server/app';
import type { BuiltServer } from '../../server/app';
import { createSite, createUser } from '../../server/admin/accounts';
import { hashPassword } from '../../server/auth/passwords';
import { issueToken } from '../../server/auth/tokens';
import { insertRecords, stampAllFields } from '../../server/db/records';
import { allocateRevs, lockRevisionCounter } from '../../server/db/revisions';
import { REPORT_TABLES, loadReportInput } from '../../server/reports/load';
import { ACTIVITY_REPORT_PATH } from '../../server/routes/reports';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = 5;
const TARGET_MS = 1000;
const PERIOD = { from: '2024-01-01', to: '2024-12-31' };
const SITES: DemoSite[] = ['schaerbeek', 'etterbeek', 'ixelles', 'anderlecht', 'molenbeek-saint-jean'].map((commune, index) => ({
  id: `bench-${index + 1}`,
  name: `Bench site ${index + 1}`,
  kind: 'mission-locale',
  communeCode: commune,
}));
const COORDINATOR_SITES = SITES.slice(0, 3).map((site) => site.id);
const PASSWORD = 'bench-password';

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

/** Report-table records of the generator for about `size` records over the five sites. */
function records(size: number) {
  const perCandidate = 3.8; // report records per candidate in the generator's histories
  const demo = generateDemoData({ seed: size, sites: SITES, candidatesPerSite: Math.ceil(size / perCandidate / SITES.length) });
  return demo.records.filter((record) => (REPORT_TABLES as readonly string[]).includes(record.table)).slice(0, size);
}

async function seed(server: BuiltServer, size: number): Promise<{ admin: string; coordinator: string; count: number }> {
  for (const site of SITES) await createSite(server.db, site);
  const passwordHash = await hashPassword(PASSWORD);
  const adminId = await createUser(server.db, { email: 'admin@bench.test', password: PASSWORD, passwordHash, name: 'Admin', role: 'admin', siteIds: [] });
  const coordinatorId = await createUser(server.db, { email: 'coord@bench.test', password: PASSWORD, passwordHash, name: 'Coord', role: 'coordinator', siteIds: COORDINATOR_SITES });
  const all = records(size);
  const CHUNK = 10_000;
  for (let start = 0; start < all.length; start += CHUNK) {
    const chunk = all.slice(start, start + CHUNK);
    await server.db.transaction().execute(async (trx) => {
      await lockRevisionCounter(trx);
      const firstRev = (await allocateRevs(trx, chunk.length)) - chunk.length + 1;
      await insertRecords(
        trx,
        chunk.map((record, offset) => ({ ...record, rev: firstRev + offset, deleted: false, fieldMeta: stampAllFields(record.data, firstRev + offset, 'bench') })),
      );
    });
  }
  return {
    admin: (await issueToken(server.db, adminId, undefined, 1)).token,
    coordinator: (await issueToken(server.db, coordinatorId, undefined, 1)).token,
    count: all.length,
  };
}

/** Wall-clock median and minimum, and this process's median CPU time (less sensitive to a busy machine). */
async function time(work: () => Promise<unknown> | unknown): Promise<{ median: number; min: number; cpu: number }> {
  await work(); // warm-up
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await work();
    const used = process.cpuUsage(cpuStart);
    samples.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return { median: median(samples), min: Math.min(...samples), cpu: median(cpu) };
}

const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;

async function bench(target: Target, size: number): Promise<boolean> {
  const fresh = await target.create();
  const server = await buildServer({ databaseUrl: fresh.url });
  try {
    const { admin, coordinator, count } = await seed(server, size);
    const query = new URLSearchParams(PERIOD).toString();
    let ok = true;
    for (const [who, token, siteIds] of [
      ['admin (5 sites)', admin, SITES.map((site) => site.id)],
      ['coordinator (3 sites)', coordinator, COORDINATOR_SITES],
    ] as const) {
      let bytes = 0;
      const route = await time(async () => {
        const response = await server.app.inject({ method: 'GET', url: `${ACTIVITY_REPORT_PATH}?${query}`, headers: { authorization: `Bearer ${token}` } });
        if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
        bytes = response.body.length;
      });
      const load = await time(() => loadReportInput(server.database, siteIds));
      const input = await loadReportInput(server.database, siteIds);
      const loaded = REPORT_TABLES.reduce((sum, table) => sum + input[table].length, 0);
      const pure = await time(() => computeActivityReport(input, { ...PERIOD, siteIds }));
      ok &&= route.median < TARGET_MS;
      console.log(
        `${target.name.padEnd(8)} ${String(count).padStart(7)} records  ${who.padEnd(22)} route ${ms(route.median)} (min ${ms(route.min)}, cpu ${ms(route.cpu)})  ` +
          `load ${ms(load.median)} (${loaded} records)  pure ${ms(pure.median)}  ${(bytes / 1024).toFixed(0)} KiB JSON` +
          (size >= 100_000 && route.median >= TARGET_MS ? '  ← over the 1 s target' : ''),
      );
    }
    return ok;
  } finally {
    await server.close();
    await fresh.drop();
  }
}

async function main() {
  const postgresUrl = process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim();
  const targets = [sqliteTarget(), ...(postgresUrl ? [postgresTarget(postgresUrl)] : [])];
  if (!postgresUrl) console.log('PostgreSQL skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to include it.');
  console.log(`GET ${ACTIVITY_REPORT_PATH} ${PERIOD.from}…${PERIOD.to}, median of ${RUNS} runs after a warm-up; ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}`);
  let ok = true;
  for (const target of targets) for (const size of SIZES) ok = (await bench(target, size)) && ok;
  if (!ok) process.exitCode = 1;
}

await main();
