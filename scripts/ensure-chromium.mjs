#!/usr/bin/env node
// Browser tests use Debian's Chromium (playwright-core downloads no browser here).
// Installs it when missing and we are root; otherwise says what to do and fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  console.log(`Chromium found: ${CHROMIUM}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Chromium is missing (${CHROMIUM}) and this is not root. Install it with:\n` +
      '  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium',
  );
  process.exit(1);
}

function run(args) {
  console.log(`$ ${args.join(' ')}`);
  const result = spawnSync(args[0], args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`Failed: ${args.join(' ')} (exit ${result.status})`);
    process.exit(1);
  }
}

run(['apt-get', 'update']);
run(['apt-get', 'install', '-y', 'chromium']);
if (!existsSync(CHROMIUM)) {
  console.error(`apt-get finished but ${CHROMIUM} is still missing.`);
  process.exit(1);
}
console.log(`Chromium installed: ${CHROMIUM}`);
