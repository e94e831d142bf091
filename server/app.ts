// The HTTP server: migrations, routes, hardening, and (optionally) the built app with SPA fallback.
import { resolve } from 'node:path';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { Kysely } from 'kysely';
import { openDatabase } from './db/connect';
import type { ServerDatabase } from './db/connect';
import type { Database } from './db/schema';
import { migrateToLatest } from './db/migrate';
import { LoginLimiter } from './auth/login-limiter';
import { DEFAULT_TOKEN_TTL_HOURS } from './auth/tokens';
import { registerHardening } from './http/hardening';
import { registerHealthRoute } from './routes/health';
import { registerLoginRoute } from './routes/login';
import { registerSyncRoutes } from './routes/sync';
import { registerReportRoutes } from './routes/reports';
import { registerPastYearsRoutes } from './routes/past-years';
import { registerEraseRoute } from './routes/erase';

export interface ServerOptions {
  /** `sqlite:<path>`, `sqlite::memory:`, or `postgres://…`; default `sqlite:data/vdc.sqlite`. */
  databaseUrl?: string;
  /** The built app (vite's dist/); when absent only the API is served. */
  staticDir?: string;
  logger?: boolean;
  tokenTtlHours?: number;
  /** Failed logins per email or IP allowed in 15 minutes before 429. */
  maxLoginFailures?: number;
}

export interface BuiltServer {
  app: FastifyInstance;
  database: ServerDatabase;
  db: Kysely<Database>;
  close(): Promise<void>;
}

export const BODY_LIMIT_BYTES = 1024 * 1024;

export async function buildServer(options: ServerOptions = {}): Promise<BuiltServer> {
  const database = openDatabase(options.databaseUrl);
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT_BYTES });
  if (options.staticDir) {
    await app.register(fastifyStatic, { root: resolve(options.staticDir), index: ['index.html'] });
  }
  registerHardening(app, { spaFallback: Boolean(options.staticDir) });
  registerHealthRoute(app, database);
  registerLoginRoute(app, database, new LoginLimiter(options.maxLoginFailures), options.tokenTtlHours ?? DEFAULT_TOKEN_TTL_HOURS);
  registerSyncRoutes(app, database);
  registerReportRoutes(app, database);
  registerPastYearsRoutes(app, database);
  registerEraseRoute(app, database);
  await app.ready();

  return {
    app,
    database,
    db: database.db,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
