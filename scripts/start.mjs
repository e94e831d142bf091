#!/usr/bin/env node
// `npm start`: build the app when dist/ is missing or older than its sources, then run the sync
// server (SQLite + demo data by default), which also serves dist/. Signals are forwarded.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILD_OUTPUT = 'dist/index.html';
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

/** Newest modification time under a file or folder (0 when it does not exist). */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stats.mtimeMs);
}

function needsBuild() {
  if (!existsSync(BUILD_OUTPUT)) return true;
  const built = statSync(BUILD_OUTPUT).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

if (process.env.SKIP_BUILD !== '1' && needsBuild()) {
  console.log('Building the app (vite build)…');
  const build = spawnSync(join('node_modules', '.bin', 'vite'), ['build'], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) {
    console.error('The app build failed; the server starts anyway (API only, or the previous build).');
  }
}

// Node itself with tsx's loader (not `npx tsx`): one process, so forwarded signals reach the server.
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
