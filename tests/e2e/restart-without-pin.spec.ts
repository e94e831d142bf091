// An adviser with no PIN closes the browser without logging out; the next person to start it must
// meet the password screen, not her workspace, and nothing stored may open her data (issue 19).
// The browser's form history must not keep her address either.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREEN_PATHS } from '../../src/domain/screen-paths';
import { DEMO_ADVISER } from './support/api';
import { launchPersistentChromium } from './support/browser';
import { needlesFor } from './support/clear-text-needles';
import { scanDirectory } from './support/disk-scan';
import { useTestServer } from './support/suite';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';
import { UnlockPage } from './pages/unlock';
import { TABLET_OPTIONS, stepLogger } from './support/tablets';

const suite = useTestServer();
let profileDir: string;
let context: BrowserContext | undefined;
const step = stepLogger();
const launch = () => launchPersistentChromium(profileDir, TABLET_OPTIONS);
const firstPage = async (opened: BrowserContext): Promise<Page> => opened.pages()[0] ?? (await opened.newPage());

/** Every value the origin keeps in IndexedDB that is (or holds) a CryptoKey, by database and store. */
async function storedCryptoKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const holds = (value: unknown): boolean =>
      value instanceof CryptoKey || (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer) && Object.values(value).some(holds));
    const found: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      for (const store of db.objectStoreNames) {
        const values = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
        });
        if (values.some(holds)) found.push(`${name}/${store}`);
      }
      db.close();
    }
    return found;
  });
}

beforeAll(async () => {
  profileDir = mkdtempSync(join(tmpdir(), 'vdc-e2e-restart-'));
});

afterAll(async () => {
  await context?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

describe('a browser restarted on an adviser’s profile', () => {
  it('shows the password screen first when she set no PIN and never logged out; her data opens only with the password', async () => {
    step('she logs in, syncs, sets no PIN, closes the browser without logging out');
    context = await launch();
    let page = await firstPage(context);
    await new LoginPage(page).open(suite.server.url);
    await new LoginPage(page).logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await new AppShell(page).waitForHome();
    await new AppShell(page).waitForSynced();
    await context.close();
    // The login form asks the browser to remember nothing: no form history (Web Data), no password
    // manager's "Login Data" (tests/e2e/password-manager.spec.ts) nor any other file keeps her address.
    const address = scanDirectory(profileDir, needlesFor('email', [DEMO_ADVISER.email]));
    expect(address.hits.map((hit) => `${hit.file} (${hit.encoding})`), 'the adviser’s address in the profile').toEqual([]);

    step('the next person starts the browser and opens the app');
    context = await launch();
    page = await firstPage(context);
    await page.goto(`${suite.server.url}${SCREEN_PATHS.candidates}`);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    expect(await page.getByRole('heading', { name: /^Bonjour/ }).count()).toBe(0);
    expect(await new UnlockPage(page).pinSection.count(), 'no PIN offered: none was set').toBe(0);
    expect(await storedCryptoKeys(page), 'no key stored anywhere in the origin').toEqual([]);

    step('only her password opens her workspace');
    await new LoginPage(page).logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await new AppShell(page).waitForHome();
    await new AppShell(page).goToCandidates();
    await page.locator('.candidate-row__link').first().waitFor();
  });
});
