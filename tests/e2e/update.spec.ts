// A new version is deployed while the adviser types in a form: the banner says so, nothing reloads
// by itself, the typed input survives, and the update applies only when the adviser chooses it.
// The second version is the first build with a visible change (a marker in index.html, whose
// precache revision in sw.js changes accordingly): to the browser, a new deployment.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADVISER } from './support/api';
import { ensureProductionBuild } from './support/build';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { CandidateFormPage } from './pages/candidate-form-page';
import { LoginPage, signInAgain } from './pages/login-page';
import { untilServiceWorkerControls } from './support/offline';
import { watchServiceWorkers } from './support/worker-watch';

let site: string;
const suite = useBrowserSuite({
  staticDir: () => {
    site = mkdtempSync(join(tmpdir(), 'vdc-update-site-'));
    cpSync(ensureProductionBuild(), site, { recursive: true });
    return site;
  },
});
let page: Page;

beforeAll(async () => {
  ({ page } = await suite.openTablet());
});

afterAll(async () => {
  rmSync(site, { recursive: true, force: true });
});

/** Deploys "version 2" into the served folder: index.html changes, so does sw.js. */
function deploySecondVersion(folder: string) {
  const indexPath = join(folder, 'index.html');
  const html = readFileSync(indexPath, 'utf8').replace('<head>', '<head>\n    <meta name="vdc-build" content="2" />');
  writeFileSync(indexPath, html);
  const swPath = join(folder, 'sw.js');
  const before = readFileSync(swPath, 'utf8');
  const revision = createHash('md5').update(html).digest('hex');
  const after = before.replace(/\{url:"index\.html",revision:"[^"]*"\}/, `{url:"index.html",revision:"${revision}"}`);
  if (after === before) throw new Error('sw.js does not precache index.html with a revision');
  writeFileSync(swPath, after);
  // The server sends the build's pre-compressed copies when they exist: a deployment replaces them
  // too, here by removing the stale ones so the changed files are sent as they are.
  for (const changed of [indexPath, swPath]) for (const suffix of ['.br', '.gz']) rmSync(`${changed}${suffix}`, { force: true });
}

const banner = () => page.getByRole('status', { name: "Mise à jour de l'application" });

describe('app update', () => {
  it('waits for the adviser while a form has unsaved input, keeps the input, applies when chosen', async () => {
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    const form = new CandidateFormPage(page);

    await login.open(suite.server.url);
    await login.logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced();
    await untilServiceWorkerControls(page);

    // The adviser starts typing; the page remembers it is the same document (a reload would forget).
    await shell.goToNewCandidate();
    const typed = { firstName: 'Mise', lastName: 'À-Jour', birthDate: '1990-01-02' };
    await form.fillIdentity(typed);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    deploySecondVersion(site);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await banner().waitFor({ timeout: 60_000 });
    await banner().getByText(/Un formulaire n'est pas encore enregistré/).waitFor();
    await page.screenshot({ path: screenshotPath('pwa-update-01-held-by-form'), fullPage: false });

    // Nothing reloaded, the input is there, and "now" is not offered while the form is unsaved.
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await page.getByLabel('Prénom').inputValue()).toBe(typed.firstName);
    expect(await page.getByLabel('Nom', { exact: true }).inputValue()).toBe(typed.lastName);
    expect(await banner().getByRole('button', { name: 'Mettre à jour maintenant' }).count()).toBe(0);
    expect(await page.locator('meta[name="vdc-build"]').count()).toBe(0);

    // The adviser finishes and saves; then the update is offered, and applies on their click.
    await form.fill({ ...typed, communeLabel: 'Schaerbeek' });
    await form.save();
    await page.getByText('Le candidat a été enregistré sur la tablette.').waitFor();
    const applyNow = banner().getByRole('button', { name: 'Mettre à jour maintenant' });
    await applyNow.waitFor();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    const workers = await watchServiceWorkers(page);
    await applyNow.click();

    await page
      .locator('meta[name="vdc-build"]')
      .waitFor({ state: 'attached', timeout: 60_000 })
      .catch(async (error: unknown) => {
        throw new Error(`the new version did not load after "now":\n${await workers.describe()}`, { cause: error });
      });
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
    // The update loads a new page, which drops the data key: the password again.
    await signInAgain(page);
    await shell.goToCandidates();
    await page.getByLabel('Rechercher').fill('Mise');
    await page.getByRole('link', { name: /Mise À-Jour/ }).waitFor();
    await page.screenshot({ path: screenshotPath('pwa-update-02-applied'), fullPage: false });
  });
});
