#!/usr/bin/env node
// A throwaway PostgreSQL cluster for the server tests: `node scripts/postgres.mjs start|stop|url`.
// start: initdb in a temp dir (owned by the postgres user: PostgreSQL refuses to run as root),
// pg_ctl on a free port, create vdc_test, write .tmp/postgres.json and print the URL.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const STATE_FILE = resolve('.tmp/postgres.json');
const DATABASE = 'vdc_test';
const isRoot = process.getuid?.() === 0;

function fail(message) {
  console.error(`postgres: ${message}`);
  process.exit(1);
}

function findBinDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((name) => existsSync(join(base, name, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

function ensureInstalled() {
  const found = findBinDir();
  if (found) return found;
  if (!isRoot) fail('PostgreSQL is not installed. As root: apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql');
  console.log('postgres: installing Debian\'s postgresql…');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', 'postgresql'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return findBinDir() ?? fail('postgresql installed but initdb not found');
}

/** Runs a PostgreSQL binary as the postgres user when we are root. */
function runAsPostgres(binary, args) {
  const [command, fullArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  const result = spawnSync(command, fullArgs, { encoding: 'utf8' });
  if (result.status !== 0) fail(`${binary} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

function freePort() {
  return new Promise((done, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function readState() {
  return existsSync(STATE_FILE) ? JSON.parse(readFileSync(STATE_FILE, 'utf8')) : undefined;
}

async function start() {
  const running = readState();
  if (running && existsSync(join(running.dir, 'postmaster.pid'))) {
    console.log(running.url);
    return;
  }
  const bin = ensureInstalled();
  const dir = mkdtempSync(join(tmpdir(), 'vdc-pg-'));
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  runAsPostgres(join(bin, 'initdb'), ['-D', dir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  runAsPostgres(join(bin, 'pg_ctl'), ['-D', dir, '-l', join(dir, 'server.log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-w', 'start']);
  runAsPostgres(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', DATABASE]);
  const url = `postgres://postgres@127.0.0.1:${port}/${DATABASE}`;
  mkdirSync(resolve('.tmp'), { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify({ url, dir, port, bin }, null, 2));
  console.log(url);
}

function stop() {
  const state = readState();
  if (!state) {
    console.log('postgres: not running');
    return;
  }
  if (existsSync(join(state.dir, 'postmaster.pid'))) runAsPostgres(join(state.bin, 'pg_ctl'), ['-D', state.dir, '-m', 'fast', '-w', 'stop']);
  rmSync(state.dir, { recursive: true, force: true });
  rmSync(STATE_FILE, { force: true });
  console.log('postgres: stopped');
}

const command = process.argv[2];
if (command === 'start') await start();
else if (command === 'stop') stop();
else if (command === 'url') {
  const state = readState();
  if (!state) fail('not running (node scripts/postgres.mjs start)');
  console.log(state.url);
} else fail('usage: node scripts/postgres.mjs start|stop|url');
