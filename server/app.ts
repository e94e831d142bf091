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
import { registerReportTargetsRoutes } from './routes/report-targets';
import { registerEraseRoute } from './routes/erase';
import { registerFileAdminRoutes } from './routes/file-admin';
import { registerAccountRoutes } from './routes/accounts';
import { registerDeviceUnlockRoutes } from './routes/device-unlock';

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
  /** Every registered route (method and URL pattern), so tests can prove each one is scoped. */
  routes: readonly { method: string; url: string }[];
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
  const routes: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  if (options.staticDir) {
    // The build writes .br and .gz copies of every text file: served as such to browsers that accept them.
    await app.register(fastifyStatic, { root: resolve(options.staticDir), index: ['index.html'], preCompressed: true });
  }
  registerHardening(app, { spaFallback: Boolean(options.staticDir) });
  registerHealthRoute(app, database);
  registerLoginRoute(app, database, new LoginLimiter(options.maxLoginFailures), options.tokenTtlHours ?? DEFAULT_TOKEN_TTL_HOURS);
  registerSyncRoutes(app, database);
  registerReportRoutes(app, database);
  registerPastYearsRoutes(app, database);
  registerReportTargetsRoutes(app, database);
  registerEraseRoute(app, database);
  registerFileAdminRoutes(app, database);
  registerAccountRoutes(app, database);
  registerDeviceUnlockRoutes(app, database);
  await app.ready();

  return {
    app,
    database,
    db: database.db,
    routes,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
