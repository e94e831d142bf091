#!/usr/bin/env node
// `npm run bench`: runs every benchmark script in scripts/bench/ (each prints its own figures and
// targets), with a throwaway PostgreSQL cluster for those that measure it too. Figures only: the
// tests never assert wall-clock time. `npm run bench -- report` runs the scripts whose name matches.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filter = process.argv[2] ?? '';
const scripts = readdirSync(join(root, 'scripts/bench'))
  .filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
  .sort();

const env = { ...process.env };
const postgres = spawnSync('node', ['scripts/postgres.mjs', 'start'], { cwd: root, stdio: 'inherit' });
if (postgres.status === 0) {
  env.BENCH_DATABASE_URL = JSON.parse(readFileSync(join(root, '.tmp/postgres.json'), 'utf8')).url;
} else {
  console.log('PostgreSQL unavailable: benchmarks run on SQLite only.');
}

let failures = 0;
try {
  for (const script of scripts) {
    console.log(`\n=== ${script} ===`);
    const result = spawnSync('npx', ['tsx', join('scripts/bench', script)], { cwd: root, stdio: 'inherit', env });
    if (result.status !== 0) failures += 1;
  }
} finally {
  if (postgres.status === 0) spawnSync('node', ['scripts/postgres.mjs', 'stop'], { cwd: root, stdio: 'inherit' });
}
process.exit(failures === 0 ? 0 : 1);
