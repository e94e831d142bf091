// Queueing many local changes on the tablet (an import, a group's enrolment, a roll call):
// `npx tsx scripts/bench/local-writes.bench.ts`. In headless Chromium (/usr/bin/chromium;
// BENCH_CHROMIUM=0 skips it), on-disk IndexedDB in a temporary profile, the page bundled with
// esbuild (local-writes/browser-entry.ts): 2,000 changes queued through the batched write path
// beside a raw bulkPut of the same rows, measured in the same run, and the same changes one by one
// once. Target: the batch within 3× the raw bulkPut. BENCH_CHANGES sets the count.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { LocalWritesResult } from './local-writes/browser-entry';

const COUNT = Number(process.env.BENCH_CHANGES ?? 2000);
const RUNS = 5;
const TARGET_RATIO = 3;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ENTRY = fileURLToPath(new URL('./local-writes/browser-entry.ts', import.meta.url));
/** A secure context (WebCrypto) on an origin nobody serves: Playwright answers every request. */
const ORIGIN = 'http://localhost:9';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
const span = (values: number[]) => `${ms(median(values))} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
const n = (value: number) => value.toLocaleString('en-US');

async function main() {
  console.log(`Local writes: ${n(COUNT)} changes (half edits, half new candidates), median (min–max) of ${RUNS} runs; ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}`);
  if (process.env.BENCH_CHROMIUM === '0') return console.log('Chromium skipped (BENCH_CHROMIUM=0).');
  if (!existsSync(CHROMIUM_PATH)) return console.log(`Chromium skipped: ${CHROMIUM_PATH} is missing (node scripts/ensure-chromium.mjs).`);
  const bundle = await build({ entryPoints: [ENTRY], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false, minify: true, logLevel: 'error' });
  const script = bundle.outputFiles[0]?.text ?? '';
  const html = '<!doctype html><meta charset="utf-8"><title>local writes bench</title><script src="/__bench/writes.js"></script>';
  const profile = mkdtempSync(join(tmpdir(), 'vdc-writes-bench-chromium-'));
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
      ([count, runs]) => (globalThis as unknown as { vdcLocalWritesBench: (count: number, runs: number) => Promise<LocalWritesResult> }).vdcLocalWritesBench(count, runs),
      [COUNT, RUNS] as const,
    );
    const ratio = median(result.batched) / median(result.floor);
    console.log(`chromium  queue ${n(result.count)} local changes          ${span(result.batched)}`);
    console.log(`chromium  raw bulkPut of the same rows         ${span(result.floor)}  (records + outbox rows, 500 per transaction)`);
    console.log(`chromium  ratio ${ratio.toFixed(2)}×${ratio > TARGET_RATIO ? `  ← over the ${TARGET_RATIO}× target` : '  (within target)'}`);
    console.log(`chromium  the same changes one by one (before) ${ms(result.oneByOne)}  (one transaction per change, once)`);
    if (ratio > TARGET_RATIO) process.exitCode = 1;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
