// From unlock to a searchable candidate list, in the browser: `npx tsx scripts/bench/unlock.bench.ts`
// (or `npm run bench -- unlock`). Headless Chromium (/usr/bin/chromium; BENCH_CHROMIUM=0 skips
// it), on-disk IndexedDB in a temporary profile, the page bundled with esbuild
// (unlock/browser-entry.ts): BENCH_CANDIDATES (50,000) fictional candidates; each of BENCH_RUNS
// (3) runs opens a session with nothing kept, then one with the payloads the first kept
// (docs/unlock-keep.md). Target: searchable within 1.5 s at 50,000 (issue 26), at full CPU.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { UnlockResult, UnlockRun } from './unlock/browser-entry';

const COUNT = Number(process.env.BENCH_CANDIDATES ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_MS = 1500;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ENTRY = fileURLToPath(new URL('./unlock/browser-entry.ts', import.meta.url));
/** A secure context (WebCrypto) on an origin nobody serves: Playwright answers every request. */
const ORIGIN = 'http://localhost:9';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
const span = (values: number[]) => `${ms(median(values))} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
const n = (value: number) => value.toLocaleString('en-US');

function line(label: string, runs: UnlockRun[]): void {
  const searchable = runs.map((run) => run.searchableMs);
  const verdict = median(searchable) <= TARGET_MS ? '(within target)' : `← over the ${n(TARGET_MS)} ms target`;
  console.log(`chromium  ${label.padEnd(34)} records ${span(runs.map((run) => run.recordsMs))}   searchable ${span(searchable)}  ${verdict}   first search ${ms(median(runs.map((run) => run.firstSearchMs)))}`);
}

async function main() {
  const load = () => loadavg()[0]?.toFixed(1);
  console.log(`Unlock to a searchable list: ${n(COUNT)} candidates, median (min–max) of ${RUNS} runs; ${cpus().length} CPUs, load average ${load()}`);
  if (process.env.BENCH_CHROMIUM === '0') return console.log('Chromium skipped (BENCH_CHROMIUM=0).');
  if (!existsSync(CHROMIUM_PATH)) return console.log(`Chromium skipped: ${CHROMIUM_PATH} is missing (node scripts/ensure-chromium.mjs).`);
  const bundle = await build({ entryPoints: [ENTRY], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false, minify: true, logLevel: 'error' });
  const script = bundle.outputFiles[0]?.text ?? '';
  const html = '<!doctype html><meta charset="utf-8"><title>unlock bench</title><script src="/__bench/unlock.js"></script>';
  const profile = mkdtempSync(join(tmpdir(), 'vdc-unlock-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.route(`${ORIGIN}/**`, (route) => {
      const isScript = route.request().url().endsWith('.js');
      return route.fulfill({ status: 200, contentType: isScript ? 'text/javascript' : 'text/html', body: isScript ? script : html });
    });
    await page.goto(`${ORIGIN}/__bench/index.html`);
    console.log(`chromium ${context.browser()?.version() ?? ''} headless, on-disk IndexedDB (temporary profile)`);
    const result = await page.evaluate(
      ([count, runs]) => (globalThis as unknown as { vdcUnlockBench: (count: number, runs: number) => Promise<UnlockResult> }).vdcUnlockBench(count, runs),
      [COUNT, RUNS] as const,
    );
    console.log(`chromium  raw read of the rows (toArray, no decryption) ${span(result.readRowsMs)}`);
    line('nothing kept (every row decrypted)', result.nothingKept);
    line(`kept payloads (${result.keptChunks} chunks)`, result.kept);
    console.log(`chromium  of which reading the kept chunks alone ${span(result.keptLoadMs)}`);
    console.log(`load average at the end ${load()}`);
    if (median(result.kept.map((run) => run.searchableMs)) > TARGET_MS) process.exitCode = 1;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
