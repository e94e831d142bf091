// The server side of the sync benchmark: a throwaway database (SQLite file, or a uniquely named
// PostgreSQL database dropped afterwards, as report.bench.ts does), one site with `size`
// fictional candidates (src/domain/demo/generator), one adviser of that site and their token,
// and the real server listening on 127.0.0.1 (real HTTP, as a tablet sees it).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { generateDemoData, type DemoSite } from '../../../src/domain/demo/generator';
import { buildServer } from '../../../server/app';
import { createSite, createUser } from '../../../server/admin/accounts';
import { issueToken } from '../../../server/auth/tokens';
import { insertRecords, stampAllFields } from '../../../server/db/records';
import { allocateRevs, lockRevisionCounter } from '../../../server/db/revisions';

export interface Target {
  name: 'sqlite' | 'postgres';
  create(): Promise<{ url: string; drop(): Promise<void> }>;
}

export function sqliteTarget(): Target {
  return {
    name: 'sqlite',
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'vdc-sync-bench-'));
      return { url: `sqlite:${join(dir, 'bench.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  };
}

export function postgresTarget(adminUrl: string): Target {
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
      const name = `vdc_sync_bench_${randomBytes(6).toString('hex')}`;
      await admin(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
    },
  };
}

const SITE: DemoSite = { id: 'bench-site', name: 'Bench site', kind: 'mission-locale', communeCode: 'schaerbeek' };
const PASSWORD = 'bench-password';
const SEED_CHUNK = 5_000;

export interface BenchServer {
  apiBase: string;
  token: string;
  /** Records the adviser pulls: the seeded candidates, the site and user records, the network's data. */
  seeded: number;
  close(): Promise<void>;
}

export async function startBenchServer(target: Target, candidates: number): Promise<BenchServer> {
  const fresh = await target.create();
  let server: Awaited<ReturnType<typeof buildServer>> | undefined;
  try {
    // The per-user push limits are off: the bench pushes more than a day's work on purpose.
    server = await buildServer({ databaseUrl: fresh.url, pushRateLimits: false });
    const db = server.db;
    await createSite(db, SITE);
    const adviserId = await createUser(db, { email: 'adviser@bench.test', password: PASSWORD, name: 'Bench adviser', role: 'adviser', siteIds: [SITE.id] });
    const demo = generateDemoData({
      seed: candidates,
      sites: [SITE],
      advisers: [{ id: adviserId, name: 'Bench adviser', role: 'adviser', siteIds: [SITE.id] }],
      candidatesPerSite: candidates,
    });
    const records = demo.records.filter((record) => record.table === 'candidates').slice(0, candidates);
    if (records.length < candidates) throw new Error(`the generator gave ${records.length} candidates, not ${candidates}`);
    for (let start = 0; start < records.length; start += SEED_CHUNK) {
      const chunk = records.slice(start, start + SEED_CHUNK);
      await db.transaction().execute(async (trx) => {
        await lockRevisionCounter(trx);
        const firstRev = (await allocateRevs(trx, chunk.length)) - chunk.length + 1;
        await insertRecords(
          trx,
          chunk.map((record, offset) => ({ ...record, rev: firstRev + offset, deleted: false, fieldMeta: stampAllFields(record.data, firstRev + offset, 'bench') })),
        );
      });
    }
    // Everything the adviser pulls: the candidates, the site and user records, and the network's
    // data (the métier catalogue, at the network pseudo-site) the server seeds by itself.
    const held = await db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('count')).where('deleted', '=', 0).executeTakeFirstOrThrow();
    const { token } = await issueToken(db, adviserId, undefined, 2);
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (server.app.server.address() as AddressInfo).port;
    const built = server;
    return {
      apiBase: `http://127.0.0.1:${port}`,
      token,
      seeded: Number(held.count),
      async close() {
        await built.close();
        await fresh.drop();
      },
    };
  } catch (error) {
    await server?.close().catch(() => undefined);
    await fresh.drop().catch(() => undefined);
    throw error;
  }
}
