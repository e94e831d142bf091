// The offline app on the production build: Chromium finds it installable and its icons load; the
// service worker precaches every built file and audio clip and caches nothing else; and an adviser
// who visited once online can, with the server stopped and the network off, reload, unlock with
// the password, record a candidate, reload again and find it, then sync when the server is back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADVISER, apiLogin, findCandidateOnServer } from './support/api';
import { axeViolations } from './support/a11y';
import { launchPersistentChromium } from './support/browser';
import { ensureProductionBuild } from './support/build';
import { ICON_NAMES } from '../../src/content/pictograms.generated';
import { ROOT, screenshotPath } from './support/paths';
import { filesUnder, precachedUrls, registeredRouteCount } from './support/precache';
import { useBrowserSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { CandidateFormPage } from './pages/candidate-form-page';
import { CandidateListPage } from './pages/candidate-list-page';
import { LoginPage, signInAgain } from './pages/login-page';
import { untilServiceWorkerControls } from './support/offline';
import { stepLogger } from './support/tablets';

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context, page } = await suite.openTablet());
});

const step = stepLogger('offline-pwa');

interface ManifestIcon {
  src: string;
  sizes: string;
  purpose?: string;
}

describe('the offline app (production build)', () => {
  it('precaches every built file and audio clip, and caches nothing at run time', () => {
    const dist = ensureProductionBuild();
    const precached = new Set(precachedUrls(dist));
    const built = filesUnder(dist).filter(
      (file) => !/\.(map|br|gz)$/.test(file) && file !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(file) && !file.startsWith('icons/screenshot-'),
    );
    expect(built.filter((file) => !precached.has(file))).toEqual([]);
    const clips = filesUnder(join(ROOT, 'public/audio')).map((file) => `audio/${file}`);
    expect(clips.length).toBeGreaterThan(0);
    expect(clips.filter((clip) => !precached.has(clip))).toEqual([]);
    // Every pictogram is a file of its own (docs/content-format.md), precached like the clips.
    const pictograms = [...precached].filter((url) => url.endsWith('.svg'));
    expect(ICON_NAMES.filter((icon) => !pictograms.some((url) => new RegExp(`^assets/${icon}-[\\w-]+\\.svg$`).test(url)))).toEqual([]);
    // Every lazy screen's chunk is there, and nothing from the API (personal data).
    expect([...precached].filter((url) => /^assets\/.+\.js$/.test(url)).length).toBeGreaterThan(5);
    expect([...precached].filter((url) => url.startsWith('api/'))).toEqual([]);
    expect(registeredRouteCount(dist)).toBe(1); // the navigation fallback to index.html, nothing else
  });

  it('is installable: no installability errors, and every manifest icon loads at its size', async () => {
    step('installability');
    // An incognito context is never installable: this check runs in a profile on disk.
    const profile = mkdtempSync(join(tmpdir(), 'vdc-install-'));
    const installable = await launchPersistentChromium(profile);
    try {
      const installPage = installable.pages()[0] ?? (await installable.newPage());
      await new LoginPage(installPage).open(suite.server.url);
      await installPage.evaluate(() => navigator.serviceWorker.ready);
      const cdp = await installable.newCDPSession(installPage);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
      expect(installabilityErrors).toEqual([]);
    } finally {
      await installable.close();
      rmSync(profile, { recursive: true, force: true });
    }

    await new LoginPage(page).open(suite.server.url);
    const manifest = (await (await page.request.get(`${suite.server.url}/manifest.webmanifest`)).json()) as {
      icons: ManifestIcon[];
      screenshots: { src: string; sizes: string }[];
      display: string;
      id: string;
    };
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512')).toBe(true);
    const images = [...manifest.icons.filter((icon) => icon.sizes !== 'any'), ...manifest.screenshots];
    const loaded = await page.evaluate(
      async (list) =>
        Promise.all(
          list.map(async ({ src }) => {
            const response = await fetch(src);
            const bitmap = await createImageBitmap(await response.blob());
            return `${bitmap.width}x${bitmap.height}`;
          }),
        ),
      images.map(({ src }) => ({ src })),
    );
    expect(loaded).toEqual(images.map((image) => image.sizes));
  });

  it("never shows a blank page when a new tablet's first session goes offline before a reload", async () => {
    // Found by a walk: signed in for the first time, synced, taken offline before any reload, the
    // tablet showed a blank page at the first screen it had not opened: its code comes from the
    // network until the service worker, installed by this load, controls the next one.
    const tablet = await suite.openTablet('first-session');
    await suite.logIn(tablet, DEMO_ADVISER);
    await tablet.context.setOffline(true);

    step('offline, a screen not opened yet: words and a retry, not a blank page');
    await tablet.shell.navigation.getByRole('link', { name: 'Candidats', exact: true }).click();
    const failed = tablet.page.getByRole('alert').filter({ hasText: "Cette page n'a pas pu s'ouvrir." });
    await failed.waitFor();
    expect(await failed.textContent()).toContain('Vos saisies restent sur la tablette.');
    expect(await axeViolations(tablet.page), 'axe violations on the words shown').toEqual([]);
    await tablet.page.screenshot({ path: screenshotPath('pwa-00-first-session-offline'), fullPage: false });

    step('the network back: the screen opens by itself');
    await tablet.context.setOffline(false);
    await tablet.page.getByRole('heading', { name: 'Candidats', level: 1 }).waitFor();
  });

  it('starts, unlocks and works with the server down and the network off, then syncs', async () => {
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    const list = new CandidateListPage(page);
    const form = new CandidateFormPage(page);
    // Letters only (the name search matches words, not digits), unique per run.
    const firstName = `Noémie${Date.now().toString(36).replace(/\d/g, (digit) => 'bcdfghjklm'.charAt(Number(digit)))}`;

    step('first visit online');
    await login.open(suite.server.url);
    await login.logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced();
    await untilServiceWorkerControls(page);
    await page.getByRole('heading', { name: 'Mémoire de la tablette' }).waitFor();
    await page.screenshot({ path: screenshotPath('pwa-01-home-online'), fullPage: true });

    step('log out, then server stopped and network off');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await suite.server.stop();
    await context.setOffline(true);

    step('offline reload: the login screen comes from the service worker');
    await page.reload();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();

    step('offline unlock with the password');
    await login.logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await page.screenshot({ path: screenshotPath('pwa-02-home-offline'), fullPage: true });

    step('offline work: a new candidate');
    await shell.goToNewCandidate();
    await form.fill({ firstName, lastName: 'Sans-Réseau', birthDate: '1988-03-09', communeLabel: 'Schaerbeek' });
    await form.save();
    await page.getByText('Le candidat a été enregistré sur la tablette.').waitFor();

    step('offline reload again: the password again, and everything there');
    await page.reload();
    await signInAgain(page);
    await list.open(suite.server.url);
    await list.search(firstName);
    const row = list.row(firstName);
    await row.waitFor().catch(async (error: unknown) => {
      await page.screenshot({ path: screenshotPath('pwa-03-offline-list-missing-row'), fullPage: true });
      throw error;
    });
    expect(await row.textContent()).toContain('non synchronisé');
    await page.screenshot({ path: screenshotPath('pwa-03-offline-after-reload'), fullPage: false });

    step('server back: the session ended at logout, so the adviser signs in online, then it syncs');
    await suite.server.start();
    await context.setOffline(false);
    await shell.syncNow();
    await shell.syncIndicator.getByText(/Connexion expirée/).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
    // The offline candidate is not sent yet: the app says so before signing out, and she goes on.
    await page.getByRole('button', { name: 'Se déconnecter quand même' }).click();
    await login.logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced().catch(async (error: unknown) => {
      await page.screenshot({ path: screenshotPath('pwa-04-sync-failed'), fullPage: true });
      throw error;
    });
    await list.open(suite.server.url);
    await list.search(firstName);
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).not.toContain('non synchronisé');
    const onServer = await findCandidateOnServer(suite.server.url, await apiLogin(suite.server.url), firstName);
    expect(onServer?.data).toMatchObject({ firstName, lastName: 'Sans-Réseau', birthDate: '1988-03-09' });
  });
});
