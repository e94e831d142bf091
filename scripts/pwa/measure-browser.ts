// Browser measurements of the offline app for scripts/bench/pwa.bench.ts, with Debian's Chromium:
// the JavaScript the first screen (login) loads, and the offline start-up to a usable login screen
// under 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate), served by the service worker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export interface ScriptWeight {
  file: string;
  gzipBytes: number;
}

/** The login form is there and its button can be pressed: the first screen is usable. */
async function waitForUsableLogin(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const button = [...document.querySelectorAll('button[type="submit"]')].find((element) => !(element as HTMLButtonElement).disabled);
      return button && document.querySelector('input[type="password"]') ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Every script the page fetched until the login screen was usable, gzip-weighed from the build. */
export async function firstScreenScripts(browser: Browser, baseUrl: string, dist: string): Promise<ScriptWeight[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(`${baseUrl}/login`);
  await waitForUsableLogin(page);
  const loaded = [...scripts];
  await context.close();
  return loaded.map((path) => ({ file: path, gzipBytes: gzipSync(readFileSync(join(dist, path))).length }));
}

/**
 * Visits once online (the service worker installs and precaches), then with `goOffline` done,
 * reloads `runs` times under the CPU slowdown; returns the time from navigation start to a
 * usable login screen for each run.
 */
export async function offlineStartups(
  browser: Browser,
  baseUrl: string,
  goOffline: () => Promise<void>,
  options: { runs: number; cpuSlowdown: number },
): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await waitForUsableLogin(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await waitForUsableLogin(page);
  }
  await goOffline();
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
  const times: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    await page.reload({ waitUntil: 'commit' });
    times.push(await waitForUsableLogin(page));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return times;
}
