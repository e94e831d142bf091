// One Kysely instance over SQLite (embedded default) or PostgreSQL, chosen by DATABASE_URL.
// The query code is the same for both; only locking (FOR UPDATE, isolation level) differs.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export type DialectName = 'sqlite' | 'postgres';

export interface ServerDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

export const DEFAULT_SQLITE_PATH = 'data/vdc.sqlite';

const INT8_OID = 20;

/** pg returns bigint as strings; revs and seqs stay far below 2^53, so numbers are safe. */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export function openDatabase(databaseUrl: string | undefined): ServerDatabase {
  const url = databaseUrl?.trim() || `sqlite:${DEFAULT_SQLITE_PATH}`;
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, types: pgTypes, max: 10 });
    // An idle pooled connection can be cut by the database (restart, failover, a dropped
    // database): node-postgres then emits 'error' on the pool, which would crash the process
    // without a listener. The pool drops that client and the next query opens a new one.
    pool.on('error', (error) => console.warn(`PostgreSQL: idle connection lost (${error.message})`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (!url.startsWith('sqlite:')) {
    throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got "${url.split(':')[0]}:…")`);
  }
  const path = url.slice('sqlite:'.length);
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new SQLite(inMemory ? ':memory:' : path);
  if (!inMemory) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}
