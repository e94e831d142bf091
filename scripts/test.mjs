#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest. Installs what the tests need
// (Debian's PostgreSQL and Chromium) when missing. Ends with one plain "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
const timings = [];
const suiteStarted = Date.now();

/** The 1-minute load average: durations on a shared 2-core machine mean little without it. */
const load = () => loadavg()[0].toFixed(1);

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${seconds} s, load ${load()})`);
  timings.push(`${seconds.padStart(7)} s  ${ok ? '✔' : '✘'} ${label}`);
  if (!ok) failedSteps.push(label);
  return ok;
}

/** Runs a Vitest invocation and adds its counts from the JSON report. */
function vitest(label, args, env = {}) {
  const report = join(tmp, `vitest-${label.replace(/\W+/g, '-')}.json`);
  rmSync(report, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests ?? 0;
    totals.failed += json.numFailedTests ?? 0;
    totals.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    if ((json.numTotalTests ?? 0) === 0) {
      failedSteps.push(`${label}: no test ran`);
    }
  } else if (ok) {
    failedSteps.push(`${label}: no report`);
  }
  return ok;
}

function checkStep(label, command, args, env) {
  const ok = run(label, command, args, env);
  if (ok) totals.passed += 1;
  else totals.failed += 1;
  return ok;
}

const onlyFast = process.argv.includes('--fast');

checkStep('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
checkStep('typecheck', 'npm', ['run', '--silent', 'typecheck']);
vitest('unit and components', ['--project', 'unit', '--project', 'components']);
vitest('server on SQLite', ['--project', 'server']);

if (!onlyFast) {
  if (run('PostgreSQL: install if missing and start a throwaway cluster', 'node', ['scripts/postgres.mjs', 'start'])) {
    const { url } = JSON.parse(readFileSync(join(tmp, 'postgres.json'), 'utf8'));
    vitest('server on PostgreSQL', ['--project', 'server'], { TEST_DATABASE_URL: url });
    run('PostgreSQL: stop', 'node', ['scripts/postgres.mjs', 'stop']);
  } else {
    totals.failed += 1;
  }

  const browserReady = run('Chromium: install if missing', 'node', ['scripts/ensure-chromium.mjs']);
  const built = checkStep('production build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
  if (browserReady && built) {
    vitest('browser tests (Chromium, production build)', ['--config', 'tests/e2e/vitest.config.ts']);
  } else {
    totals.failed += 1;
    failedSteps.push('browser tests not run');
  }
}

console.log(`\nSteps (load ${load()} at the end):\n${timings.join('\n')}\n${((Date.now() - suiteStarted) / 1000).toFixed(1).padStart(7)} s  in all`);
console.log('');
if (failedSteps.length > 0) console.log(`Failed: ${failedSteps.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failedSteps.length === 0 && totals.failed === 0 ? 0 : 1);
