// Lighthouse 12 (performance and accessibility) on a page load of the running app (the login), in
// Debian's Chromium started by chrome-launcher. Lighthouse's defaults apply: mobile, simulated slow
// 4G and 4× CPU slowdown (or the one asked). A page load drops the data key, so signed-in screens
// are measured as they open in the app instead (measure-screens.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

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

export async function lighthouseScores(
  screen: string,
  url: string,
  options: { cpuSlowdown?: number } = {},
): Promise<LighthouseScores> {
  const profile = mkdtempSync(join(tmpdir(), 'vdc-lighthouse-'));
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS, userDataDir: profile });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
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
