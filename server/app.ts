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
import { LoginGuard } from './auth/login-guard';
import type { LoginSecurityOptions } from './auth/login-guard';
import { DEFAULT_TOKEN_TTL_HOURS } from './auth/tokens';
import { registerHardening } from './http/hardening';
import { registerJsonBodyParser } from './http/json-body';
import { DEFAULT_PUSH_RATE_LIMITS, PushRateLimiter, type PushRateLimits } from './http/rate-limit';
import { registerHealthRoute } from './routes/health';
import { registerLoginRoute } from './routes/login';
import { registerSyncRoutes } from './routes/sync';
import { registerReportRoutes } from './routes/reports';
import { registerPastYearsRoutes } from './routes/past-years';
import { registerMovedWorkRoutes } from './routes/moved-work';
import { registerNetworkPastYearsRoutes } from './routes/network-past-years';
import { registerReportTargetsRoutes } from './routes/report-targets';
import { registerEraseRoute } from './routes/erase';
import { registerFileAdminRoutes } from './routes/file-admin';
import { registerAccountRoutes } from './routes/accounts';
import { registerOwnPasswordRoute } from './routes/own-password';
import { registerOrganisationRoutes } from './routes/organisations';
import { registerAuditRoutes } from './routes/audit';
import { registerPersonFileRoute } from './routes/person-file';
import { registerDeviceUnlockRoutes } from './routes/device-unlock';
import { registerAttachmentRoutes } from './routes/attachments';
import { databaseBlobStore, directoryBlobStore, setBlobStore } from './attachments/blob-store';

export interface ServerOptions {
  /** `sqlite:<path>`, `sqlite::memory:`, or `postgres://…`; default `sqlite:data/vdc.sqlite`. */
  databaseUrl?: string;
  /** The built app (vite's dist/); when absent only the API is served. */
  staticDir?: string;
  logger?: boolean;
  tokenTtlHours?: number;
  /** Backoff of password guessing (docs/login-security.md); tests shrink it, move its clock, count hash checks. */
  login?: LoginSecurityOptions;
  /** Per-user push limits (./http/rate-limit.ts); `false` for benchmarks that push far more. */
  pushRateLimits?: PushRateLimits | false;
  /** Trust X-Forwarded-* from this proxy (Fastify's trustProxy): HSTS then follows X-Forwarded-Proto. */
  trustProxy?: boolean | string;
  /** Socket, request and keep-alive timeouts in ms (defaults: SERVER_TIMEOUTS_MS). */
  timeoutsMs?: Partial<typeof SERVER_TIMEOUTS_MS>;
  /** Attachments' bytes in this directory (ATTACHMENTS_DIR) instead of the database (docs/attachments.md). */
  attachmentsDir?: string;
}

/**
 * A socket silent for 20 s is closed (a stalled client, or one that connects and sends nothing);
 * a request must have arrived whole within 60 s (a 1 MiB push over a poor mobile link); an idle
 * kept-alive connection is closed after 5 s. See docs/server-authority.md.
 */
export const SERVER_TIMEOUTS_MS = { connection: 20_000, request: 60_000, keepAlive: 5_000 };

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

  const timeouts = { ...SERVER_TIMEOUTS_MS, ...options.timeoutsMs };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    connectionTimeout: timeouts.connection,
    requestTimeout: timeouts.request,
    keepAliveTimeout: timeouts.keepAlive,
    trustProxy: options.trustProxy ?? false,
  });
  registerJsonBodyParser(app);
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
  const loginGuard = new LoginGuard(database.db, options.login);
  registerLoginRoute(app, database, loginGuard, options.tokenTtlHours ?? DEFAULT_TOKEN_TTL_HOURS);
  const pushRate = options.pushRateLimits === false ? undefined : new PushRateLimiter(options.pushRateLimits ?? DEFAULT_PUSH_RATE_LIMITS);
  registerSyncRoutes(app, database, pushRate);
  registerReportRoutes(app, database);
  registerPastYearsRoutes(app, database);
  registerMovedWorkRoutes(app, database);
  registerNetworkPastYearsRoutes(app, database);
  registerReportTargetsRoutes(app, database);
  registerEraseRoute(app, database);
  registerFileAdminRoutes(app, database);
  registerAccountRoutes(app, database);
  registerOwnPasswordRoute(app, database, loginGuard);
  registerOrganisationRoutes(app, database);
  registerAuditRoutes(app, database);
  registerPersonFileRoute(app, database);
  registerDeviceUnlockRoutes(app, database, loginGuard);
  setBlobStore(database, options.attachmentsDir ? directoryBlobStore(options.attachmentsDir) : databaseBlobStore);
  registerAttachmentRoutes(app, database);
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
