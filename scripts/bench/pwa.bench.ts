// Budgets of the offline app, on a production build served by the real server (demo data):
// `npx tsx scripts/bench/pwa.bench.ts` (or `npm run bench -- pwa`). Prints every figure and exits 1
// when a budget is broken:
// - first screen JS, KB gzip: the scripts index.html loads (entry and modulepreloads), read from
//   the build, so the figure is the same on every run; at most 100 kB. The style sheet is printed
//   beside it, and the scripts a browser really fetched until the login was usable are checked
//   against that list;
// - offline start-up to a usable login screen, served by the service worker with the server
//   stopped and the network off, 4× CPU slowdown: under 1.5 s (best of BENCH_PWA_RUNS, default 5;
//   the median is printed too);
// - Lighthouse 12 performance and accessibility (targets 95 and 100) on the login (a page load,
//   Lighthouse's mobile defaults: simulated slow 4G) and on the main signed-in screens (home, list,
//   person's file, intake, roll call, report, candidate mode), each opened in the app as an adviser
//   opens it (scripts/pwa/measure-screens.ts says why), judged on the median of
//   BENCH_PWA_LIGHTHOUSE_RUNS runs (default 5), with the longest main-thread task while each opened
//   (target: none over 50 ms).
// BENCH_PWA_CPU_SLOWDOWN sets Lighthouse's CPU slowdown: 4 by default (Lighthouse's own), 8 for a
// tablet half as fast. BENCH_PWA_SCREENS=<comma-separated names, e.g. "login,report"> measures only
// those screens (while iterating; the machine is shared).
// Wall-clock figures inflate on a busy machine: the load average is printed beside them.
// BENCH_PWA_DIST=<dir> measures an existing build instead of building one in a temporary folder.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { firstScreenFiles } from '../pwa/first-screen-size';
import { firstScreenScripts, offlineStartups } from '../pwa/measure-browser';
import { lighthouseScores, type LighthouseScores } from '../pwa/measure-lighthouse';
import { CANDIDATE_MODE, MAIN_SCREENS, demoIds, inAppScreenScores, type ScreenScores } from '../pwa/measure-screens';

const ROOT = new URL('../..', import.meta.url).pathname;
const BUDGET = { firstScreenGzipKb: 100, offlineStartupMs: 1500, performance: 95, accessibility: 100, longTaskMs: 50 };
const RUNS = Number(process.env.BENCH_PWA_RUNS ?? 5);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_PWA_LIGHTHOUSE_RUNS ?? 5);
const CPU_SLOWDOWN = Number(process.env.BENCH_PWA_CPU_SLOWDOWN ?? 4);
const ONLY = process.env.BENCH_PWA_SCREENS?.split(',').map((name) => name.trim());
const wanted = (screen: string) => !ONLY || ONLY.includes(screen);
// The coordinator sees every main screen, the report's included.
const DEMO = { email: 'coordination@demo.vdc.brussels', password: 'demo-vdc-2026' };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let broken = 0;
function report(name: string, value: string, target: string, ok: boolean) {
  if (!ok) broken += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name.padEnd(48)} ${value.padStart(12)}   target ${target}`);
}

function buildApp(): { dist: string; cleanup: () => void } {
  if (process.env.BENCH_PWA_DIST) return { dist: process.env.BENCH_PWA_DIST, cleanup: () => {} };
  const dist = mkdtempSync(join(tmpdir(), 'vdc-bench-pwa-'));
  console.log(`building the app into ${dist}…`);
  const result = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
  return { dist, cleanup: () => rmSync(dist, { recursive: true, force: true }) };
}

async function main() {
  const { dist, cleanup } = buildApp();
  // The e2e test server (server/main.ts on a temporary SQLite with demo data) serves this build.
  process.env.E2E_DIST = dist;
  const { startTestServer } = await import('../../tests/e2e/support/server');
  const server = await startTestServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  console.log(`load average ${loadavg().map((value) => value.toFixed(1)).join(' ')} (figures below are wall-clock)\n`);
  try {
    const files = firstScreenFiles(dist);
    const scripts = files.filter((file) => file.kind === 'script');
    const kb = (bytes: number) => bytes / 1024;
    const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
    for (const script of [...scripts].sort((a, b) => b.gzipBytes - a.gzipBytes)) {
      console.log(`      ${script.file.padEnd(48)} ${kb(script.gzipBytes).toFixed(1).padStart(8)} KB gzip`);
    }
    report('first screen JS, KB gzip', `${kb(total).toFixed(1)} KB`, `≤ ${BUDGET.firstScreenGzipKb} KB`, kb(total) <= BUDGET.firstScreenGzipKb);
    const styles = files.filter((file) => file.kind === 'style').reduce((sum, file) => sum + file.gzipBytes, 0);
    console.log(`      and its CSS: ${kb(styles).toFixed(1)} KB gzip`);
    // Lazy chunks a browser fetched while the login opened, beside the figure: they do not hold the
    // login back (the service worker's registration, for one), but a screen that needs one would.
    const listed = new Set(scripts.map((script) => script.file));
    const extra = (await firstScreenScripts(browser, server.url, dist)).filter((script) => !listed.has(script.file));
    for (const script of extra) console.log(`      also fetched while the login opened (lazy): ${script.file} ${kb(script.gzipBytes).toFixed(1)} KB gzip`);

    const times = await offlineStartups(browser, server.url, () => server.stop(), { runs: RUNS, cpuSlowdown: 4 });
    const sorted = [...times].sort((a, b) => a - b);
    const best = sorted[0] ?? Number.NaN;
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    const worst = sorted[sorted.length - 1] ?? Number.NaN;
    console.log(`      offline start-up runs (ms): ${times.map((time) => time.toFixed(0)).join(', ')}`);
    report('offline start-up to usable login, 4× CPU (best)', `${best.toFixed(0)} ms`, `< ${BUDGET.offlineStartupMs} ms`, best < BUDGET.offlineStartupMs);
    console.log(`      median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms`);
    await server.start();

    console.log(`\nLighthouse, ${CPU_SLOWDOWN}× CPU slowdown, median of ${LIGHTHOUSE_RUNS} runs; load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);
    if (wanted('login')) {
      // Lighthouse's own advice: judge the median of several runs, one run varies by ±5 points.
      const runs: LighthouseScores[] = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
        runs.push(await lighthouseScores('login', `${server.url}/login`, { cpuSlowdown: CPU_SLOWDOWN }));
      }
      runs.sort((a, b) => a.performance - b.performance);
      const scores = runs[Math.floor(runs.length / 2)] ?? runs[0];
      if (!scores) throw new Error('no Lighthouse run');
      console.log(`      login: performance of each run ${runs.map((one) => one.performance).join(', ')}; the median run below`);
      report('Lighthouse performance, login (median)', String(scores.performance), `≥ ${BUDGET.performance}`, scores.performance >= BUDGET.performance);
      report('Lighthouse accessibility, login', String(scores.accessibility), `= ${BUDGET.accessibility}`, scores.accessibility >= BUDGET.accessibility);
      report('longest task while the login opens', `${scores.longestTaskMs} ms`, `≤ ${BUDGET.longTaskMs} ms`, scores.longestTaskMs <= BUDGET.longTaskMs);
      console.log(`      ${scores.metrics.join(', ')}`);
      console.log(`      main thread: ${scores.mainThread.join(', ')}`);
      if (scores.accessibilityFailures.length > 0) console.log(`      failed accessibility audits: ${scores.accessibilityFailures.join(', ')}`);
    }

    const inApp = [...MAIN_SCREENS.map((screen) => screen.name), CANDIDATE_MODE].filter(wanted);
    if (inApp.length > 0) {
      const ids = await demoIds(server.url, DEMO);
      const byScreen = new Map<string, ScreenScores[]>();
      for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
        for (const scores of await inAppScreenScores({ baseUrl: server.url, signInAs: DEMO, ids, cpuSlowdown: CPU_SLOWDOWN, only: wanted })) {
          byScreen.set(scores.screen, [...(byScreen.get(scores.screen) ?? []), scores]);
        }
      }
      for (const [screen, runs] of byScreen) {
        runs.sort((a, b) => a.performance - b.performance);
        const scores = runs[Math.floor(runs.length / 2)] ?? runs[0];
        if (!scores) continue;
        const longest = runs.reduce((worst, one) => (one.longestTaskMs > worst.longestTaskMs ? one : worst), scores);
        const accessibility = Math.min(...runs.map((one) => one.accessibility));
        console.log(`      ${screen}: performance of each run ${runs.map((one) => one.performance).join(', ')}`);
        report(`Lighthouse performance, ${screen} (median)`, String(scores.performance), `≥ ${BUDGET.performance}`, scores.performance >= BUDGET.performance);
        report(`Lighthouse accessibility, ${screen} (worst)`, String(accessibility), `= ${BUDGET.accessibility}`, accessibility >= BUDGET.accessibility);
        report(`longest task while ${screen} opens (worst)`, `${longest.longestTaskMs} ms`, `≤ ${BUDGET.longTaskMs} ms`, longest.longestTaskMs <= BUDGET.longTaskMs);
        console.log(`      ${scores.metrics.join(', ')}${longest.longestTaskUrl ? `; longest task in ${longest.longestTaskUrl}` : ''}`);
        const failures = [...new Set(runs.flatMap((one) => one.accessibilityFailures))];
        if (failures.length > 0) console.log(`      failed accessibility audits: ${failures.join(', ')}`);
      }
    }
  } finally {
    await browser.close();
    await server.dispose();
    if (existsSync(dist)) cleanup();
  }
  console.log(broken === 0 ? '\nevery PWA budget met' : `\n${broken} PWA budget(s) broken`);
  process.exit(broken === 0 ? 0 : 1);
}

await main();
