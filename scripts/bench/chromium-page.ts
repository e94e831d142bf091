// The Chromium side shared by the benches that run tablet code in a real browser (local writes,
// unlock, the tablet report): the page's code bundled with esbuild, served on an origin nobody
// serves (a secure context for WebCrypto; Playwright answers every request), on-disk IndexedDB in
// a temporary profile. BENCH_CHROMIUM=0 skips them; CHROMIUM_PATH names the browser.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ORIGIN = 'http://localhost:9';

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
export const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
export const span = (values: number[]) => `${ms(median(values))} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
export const n = (value: number) => value.toLocaleString('en-US');

/**
 * Runs `measure` on a page that has loaded the bundled `entry` (a file path), then closes the
 * browser and removes its profile. Says why and returns when Chromium is skipped or missing.
 */
export async function inChromiumPage(entry: string, name: string, measure: (page: Page) => Promise<void>): Promise<void> {
  if (process.env.BENCH_CHROMIUM === '0') return console.log('Chromium skipped (BENCH_CHROMIUM=0).');
  if (!existsSync(CHROMIUM_PATH)) return console.log(`Chromium skipped: ${CHROMIUM_PATH} is missing (node scripts/ensure-chromium.mjs).`);
  const bundle = await build({ entryPoints: [entry], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false, minify: true, logLevel: 'error' });
  const script = bundle.outputFiles[0]?.text ?? '';
  const html = `<!doctype html><meta charset="utf-8"><title>${name} bench</title><script src="/__bench/${name}.js"></script>`;
  const profile = mkdtempSync(join(tmpdir(), `vdc-${name}-bench-chromium-`));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.route(`${ORIGIN}/**`, (route) => {
      const isScript = route.request().url().endsWith('.js');
      return route.fulfill({ status: 200, contentType: isScript ? 'text/javascript' : 'text/html', body: isScript ? script : html });
    });
    await page.goto(`${ORIGIN}/__bench/index.html`);
    console.log(`chromium ${context.browser()?.version() ?? ''} headless, on-disk IndexedDB (temporary profile)`);
    await measure(page);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
