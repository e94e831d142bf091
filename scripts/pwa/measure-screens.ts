// Lighthouse on the signed-in screens, as an adviser reaches them. A page load drops the data key
// (it lives only in the page's memory, docs/key-handling.md), so a signed-in screen is never opened
// by a page load: Lighthouse's navigation mode would measure the login it redirects to. Each screen
// is measured as it really opens: the coordinator signs in once, then for each screen a Lighthouse
// timespan (real CPU throttling through DevTools) covers the in-app navigation until the screen
// has drawn its data, and a Lighthouse snapshot audits the opened screen's accessibility.
// Candidate mode is opened the way an adviser does, by handing over the tablet, so it comes last.
// BENCH_PWA_TRACE_DIR=<dir> keeps each timespan's Chromium trace there (<screen>-<time>.json, for
// DevTools' Performance panel or a script), to see what a long task holds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import { snapshot, startTimespan } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromium, type Page } from 'playwright-core';
import { SCREEN_PATHS } from '../../src/domain/screen-paths';
import { API_PATHS, loginResponseSchema, pullResponseSchema, type WireRecord } from '../../src/domain/wire';

export interface ScreenScores {
  screen: string;
  performance: number;
  accessibility: number;
  accessibilityFailures: string[];
  /** Total blocking time and layout shift of the opening, as Lighthouse words them. */
  metrics: string[];
  /** The longest main-thread task while the screen opened, in ms (0 when none reached 50 ms). */
  longestTaskMs: number;
  /** Where that task's time went, when Lighthouse could say. */
  longestTaskUrl: string;
}

export interface DemoIds {
  candidate: string;
  session: string;
}

export interface InAppScreen {
  name: string;
  path(ids: DemoIds): string;
}

/** The main screens of issue 26, in the order they are opened (candidate mode apart, last). */
export const MAIN_SCREENS: InAppScreen[] = [
  { name: 'home', path: () => SCREEN_PATHS.home },
  { name: 'candidate list', path: () => SCREEN_PATHS.candidates },
  { name: "person's file", path: (ids) => SCREEN_PATHS.candidate(ids.candidate) },
  { name: 'intake', path: () => SCREEN_PATHS.newCandidate },
  { name: 'roll call', path: (ids) => SCREEN_PATHS.rollCall(ids.session) },
  { name: 'report', path: () => SCREEN_PATHS.reports },
];
export const CANDIDATE_MODE = 'candidate mode';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The demo candidate with the fullest file and the module session with the longest roll call. */
export async function demoIds(baseUrl: string, credentials: { email: string; password: string }): Promise<DemoIds> {
  const login = await fetch(`${baseUrl}${API_PATHS.login}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) });
  if (!login.ok) throw new Error(`demo login failed: ${login.status}`);
  const { token } = loginResponseSchema.parse(await login.json());
  const records: WireRecord[] = [];
  for (let cursor = 0; ; ) {
    const response = await fetch(`${baseUrl}${API_PATHS.pull}?cursor=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
    const page = pullResponseSchema.parse(await response.json());
    records.push(...page.changes.filter((change) => !change.deleted));
    if (!page.hasMore) break;
    cursor = page.cursor;
  }
  const count = (key: string, table?: string) => {
    const counts = new Map<string, number>();
    for (const record of records) {
      const id = record.data[key];
      if (typeof id === 'string' && (!table || record.table === table)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  };
  const weight = count('candidateId');
  const attended = count('sessionId', 'attendance');
  const candidate = records
    .filter((record) => record.table === 'candidates' && record.data.firstName && !record.data.erased)
    .sort((a, b) => (weight.get(b.id) ?? 0) - (weight.get(a.id) ?? 0))[0];
  const session = records.filter((record) => record.table === 'moduleSessions').sort((a, b) => (attended.get(b.id) ?? 0) - (attended.get(a.id) ?? 0))[0];
  if (!candidate || !session) throw new Error('the demo data has no candidate or no module session');
  return { candidate: candidate.id, session: session.id };
}

async function signIn(page: Page, baseUrl: string, credentials: { email: string; password: string }) {
  await page.goto(`${baseUrl}${SCREEN_PATHS.login}`);
  await page.getByLabel('Adresse e-mail').fill(credentials.email);
  await page.getByLabel('Mot de passe').fill(credentials.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: /^Bonjour/ }).waitFor({ timeout: 120_000 });
  await page.getByText(/Synchronisé à \d\d:\d\d/).first().waitFor({ timeout: 120_000 });
}

/** The screen has its heading and nothing is loading any more. */
async function opened(page: Page) {
  await page.locator('h1').first().waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => !document.querySelector('.page-loading, [aria-busy="true"]'), undefined, { timeout: 120_000, polling: 'raf' });
}

/** As a link does: history.pushState and the popstate the router follows (no page load). */
async function goInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
    scrollTo(0, 0);
  }, path);
}

interface AuditLike {
  score: number | null;
  displayValue?: string;
  details?: unknown;
}

function longestTask(audits: Record<string, AuditLike | undefined>): { ms: number; url: string } {
  const items = (audits['long-tasks']?.details as { items?: { duration?: number; url?: string }[] } | undefined)?.items ?? [];
  const longest = [...items].sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0))[0];
  return { ms: Math.round(longest?.duration ?? 0), url: (longest?.url ?? '').replace(/^.*\//, '') };
}

/**
 * One signed-in session in a fresh browser profile: every screen of MAIN_SCREENS then candidate
 * mode, each measured as it opens under `cpuSlowdown`× CPU throttling.
 */
export async function inAppScreenScores(options: {
  baseUrl: string;
  signInAs: { email: string; password: string };
  ids: DemoIds;
  cpuSlowdown: number;
  only?: (screen: string) => boolean;
}): Promise<ScreenScores[]> {
  const profile = mkdtempSync(join(tmpdir(), 'vdc-lighthouse-'));
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS, userDataDir: profile });
  const driver = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const auditor = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
  try {
    const context = driver.contexts()[0];
    if (!context) throw new Error('the launched browser has no default context');
    const page = await context.newPage();
    await signIn(page, options.baseUrl, options.signInAs);
    const auditedPage = (await auditor.pages()).find((candidate) => candidate.url().startsWith(options.baseUrl));
    if (!auditedPage) throw new Error('the signed-in tab is not visible to Lighthouse');
    const flags = {
      onlyCategories: ['performance'],
      throttlingMethod: 'devtools' as const,
      throttling: { cpuSlowdownMultiplier: options.cpuSlowdown },
      // The app's own size (a tablet); Lighthouse's phone emulation would resize the open page.
      screenEmulation: { disabled: true },
      formFactor: 'desktop' as const,
    };

    const results: ScreenScores[] = [];
    const measure = async (screen: string, open: () => Promise<void>) => {
      const timespan = await startTimespan(auditedPage, { flags });
      await open();
      await opened(page);
      const spanned = await timespan.endTimespan();
      const traceDir = process.env.BENCH_PWA_TRACE_DIR;
      const trace = (spanned?.artifacts as { Trace?: unknown } | undefined)?.Trace;
      if (traceDir && trace) writeFileSync(join(traceDir, `${screen.replace(/\W+/g, '-')}-${Date.now()}.json`), JSON.stringify(trace));
      const audit = await snapshot(auditedPage, { flags: { onlyCategories: ['accessibility'], screenEmulation: { disabled: true }, formFactor: 'desktop' } });
      const perf = spanned?.lhr;
      const a11y = audit?.lhr;
      if (!perf || !a11y) throw new Error(`Lighthouse gave no result for ${screen}`);
      const accessibilityFailures = (a11y.categories.accessibility?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && a11y.audits[ref.id]?.score !== null && (a11y.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
      const task = longestTask(perf.audits);
      results.push({
        screen,
        performance: Math.round((perf.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((a11y.categories.accessibility?.score ?? 0) * 100),
        accessibilityFailures,
        metrics: ['total-blocking-time', 'cumulative-layout-shift'].map((id) => `${id} ${perf.audits[id]?.displayValue ?? '?'}`),
        longestTaskMs: task.ms,
        longestTaskUrl: task.url,
      });
    };

    for (const screen of MAIN_SCREENS) {
      if (options.only && !options.only(screen.name)) continue;
      // Each screen opens from home, as from the navigation bar.
      await goInApp(page, SCREEN_PATHS.home);
      await opened(page);
      await measure(screen.name, () => goInApp(page, screen.path(options.ids)));
    }
    if (!options.only || options.only(CANDIDATE_MODE)) {
      await goInApp(page, `${SCREEN_PATHS.newPositioning}?candidat=${encodeURIComponent(options.ids.candidate)}`);
      await page.getByRole('heading', { name: 'Nouveau positionnement', level: 1 }).waitFor({ timeout: 120_000 });
      // Also loads Playwright's script into the page's main world (waitForFunction) before the
      // timespan: measured alone, candidate mode otherwise counted that 330 KB script's evaluation.
      await opened(page);
      await page.getByLabel('Métier').selectOption('aide-menager');
      await page.getByRole('radio', { name: 'Aucune (français seul)' }).check();
      if (await page.getByLabel('Code (4 à 6 chiffres)').isVisible()) {
        await page.getByLabel('Code (4 à 6 chiffres)').fill('482915');
        await page.getByLabel('Le même code, encore une fois').fill('482915');
      }
      await measure(CANDIDATE_MODE, async () => {
        await page.getByRole('button', { name: 'Donner la tablette au candidat' }).click();
        await page.getByRole('heading', { name: 'Bonjour !', level: 1 }).waitFor({ timeout: 120_000 });
      });
    }
    return results;
  } finally {
    await auditor.disconnect();
    await driver.close();
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}
