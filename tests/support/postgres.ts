// The databases server tests run against: always SQLite in memory, plus PostgreSQL when
// TEST_DATABASE_URL is set (scripts/postgres.mjs start prints it). Each call of create() gives
// a fresh, empty database; drop() removes it. Use with describe.each(testDatabases()).
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  create(): Promise<FreshDatabase>;
}

const sqliteInMemory: TestDatabase = {
  name: 'sqlite',
  create: async () => ({ url: 'sqlite::memory:', drop: async () => {} }),
};

function postgresDatabases(adminUrl: string): TestDatabase {
  return {
    name: 'postgres',
    async create() {
      const name = `vdc_t_${randomBytes(6).toString('hex')}`;
      await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        url: url.toString(),
        drop: () => withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
      };
    },
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function postgresTestUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL?.trim() || undefined;
}

export function testDatabases(): TestDatabase[] {
  const url = postgresTestUrl();
  return url ? [sqliteInMemory, postgresDatabases(url)] : [sqliteInMemory];
}
