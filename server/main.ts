// `npm run server` (and `npm start` after the build): the sync server and the built app.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildServer } from './app';
import { pushRateLimitsFromEnv } from './http/rate-limit';
import { DEMO_LOGINS, DEMO_PASSWORD, hasDemoAccounts, seedDemoIfEmpty } from './seed/demo';
import { scheduleRetention } from './accounts/retention';
import { abandonedUploadMsFromEnv } from './attachments/upload-expiry';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '0.0.0.0';
  const staticDir = resolve(process.env.STATIC_DIR ?? 'dist');
  const servesApp = existsSync(resolve(staticDir, 'index.html'));
  const ttl = process.env.TOKEN_TTL_HOURS ? Number(process.env.TOKEN_TTL_HOURS) : undefined;
  const abandonedUploadMs = abandonedUploadMsFromEnv(process.env);

  const server = await buildServer({
    databaseUrl: process.env.DATABASE_URL,
    staticDir: servesApp ? staticDir : undefined,
    logger: process.env.LOG !== '0',
    tokenTtlHours: ttl,
    pushRateLimits: pushRateLimitsFromEnv(process.env),
    // TRUST_PROXY=1: behind a reverse proxy (its X-Forwarded-Proto decides HSTS); or its addresses.
    trustProxy: trustProxyFromEnv(process.env.TRUST_PROXY),
    attachmentsDir: process.env.ATTACHMENTS_DIR?.trim() || undefined,
  });

  const started = Date.now();
  const seed = await seedDemoIfEmpty(server.db, { enabled: process.env.DEMO !== '0' });
  if (seed.seeded) console.log(`Demo data created: ${seed.records} records in ${Date.now() - started} ms.`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping…`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  await server.app.listen({ port, host });
  // Closed files past their retention period are anonymised now and then daily (RETENTION=0: never);
  // the same pass drops deleted attachments' bytes and abandoned uploads.
  if (process.env.RETENTION !== '0') scheduleRetention(server.database, console.log, { abandonedUploadMs });
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  console.log(`\nVDC server on http://${shownHost}:${port}  (database: ${server.database.dialect}${servesApp ? `, app from ${staticDir}` : ', API only: no built app'})`);
  if (seed.seeded || (await hasDemoAccounts(server.db))) {
    console.log(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const login of DEMO_LOGINS) console.log(`  ${login.email.padEnd(42)} ${login.role.padEnd(12)} ${login.siteIds.join(', ')}`);
  }
}

function trustProxyFromEnv(value: string | undefined): boolean | string | undefined {
  if (value === undefined || value === '' || value === '0' || value === 'false') return undefined;
  return value === '1' || value === 'true' ? true : value;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
