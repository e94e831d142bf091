// Lighthouse 12 (performance and accessibility) on a screen of the running app, in Debian's
// Chromium started by chrome-launcher. Signed-in screens: the adviser logs in first in the same
// browser (playwright over CDP) and Lighthouse keeps the storage, so the kept key reopens the
// workspace. Lighthouse's defaults apply: mobile, simulated slow 4G and 4× CPU slowdown.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

export interface LighthouseScores {
  screen: string;
  performance: number;
  accessibility: number;
  /** Failed accessibility audits, to say what to fix. */
  accessibilityFailures: string[];
  /** The performance metrics behind the score (FCP, LCP, TBT, CLS, Speed Index), as Lighthouse words them. */
  metrics: string[];
  /** Where the main thread's time went (Lighthouse's groups and the costliest scripts), to say what to fix. */
  mainThread: string[];
  /** The longest main-thread task while the page loaded, in ms (0 when none reached 50 ms). */
  longestTaskMs: number;
}

interface TableItem {
  groupLabel?: string;
  url?: string;
  duration?: number;
  scripting?: number;
}

function tableItems(details: unknown): TableItem[] {
  const items = (details as { items?: unknown } | undefined)?.items;
  return Array.isArray(items) ? (items as TableItem[]) : [];
}

function mainThreadOf(audits: Record<string, { details?: unknown } | undefined>): string[] {
  const groups = tableItems(audits['mainthread-work-breakdown']?.details)
    .slice(0, 4)
    .map((item) => `${item.groupLabel ?? '?'} ${Math.round(item.duration ?? 0)} ms`);
  const scripts = tableItems(audits['bootup-time']?.details)
    .slice(0, 4)
    .map((item) => `${(item.url ?? '?').replace(/^.*\//, '')} scripting ${Math.round(item.scripting ?? 0)} ms`);
  const longTasks = tableItems(audits['long-tasks']?.details);
  const longest = longTasks
    .slice(0, 3)
    .map((item) => `${Math.round(item.duration ?? 0)} ms (${(item.url ?? '?').replace(/^.*\//, '')})`)
    .join(', ');
  return [...groups, ...scripts, `${longTasks.length} long tasks, longest ${longest || 'none'}`];
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function signIn(port: number, baseUrl: string, credentials: { email: string; password: string }) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error('the launched browser has no default context');
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Adresse e-mail').fill(credentials.email);
    await page.getByLabel('Mot de passe').fill(credentials.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: /^Bonjour/ }).waitFor({ timeout: 120_000 });
    await page.getByText(/Synchronisé à \d\d:\d\d/).first().waitFor({ timeout: 120_000 });
    await page.close();
  } finally {
    // Disconnects playwright only; the browser stays up for Lighthouse.
    await browser.close();
  }
}

export async function lighthouseScores(
  screen: string,
  url: string,
  options: { baseUrl: string; signInAs?: { email: string; password: string }; cpuSlowdown?: number },
): Promise<LighthouseScores> {
  const profile = mkdtempSync(join(tmpdir(), 'vdc-lighthouse-'));
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS, userDataDir: profile });
  try {
    if (options.signInAs) await signIn(chrome.port, options.baseUrl, options.signInAs);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      disableStorageReset: options.signInAs !== undefined,
      ...(options.cpuSlowdown ? { throttling: { cpuSlowdownMultiplier: options.cpuSlowdown } } : {}),
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, audits } = result.lhr;
    const accessibilityFailures = (categories.accessibility?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
    const metrics = METRICS.map((id) => `${id} ${audits[id]?.displayValue ?? '?'} (${Math.round((audits[id]?.score ?? 0) * 100)})`);
    return {
      screen,
      metrics,
      mainThread: mainThreadOf(audits),
      longestTaskMs: Math.round(Math.max(0, ...tableItems(audits['long-tasks']?.details).map((item) => item.duration ?? 0))),
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      accessibilityFailures,
    };
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}
