// The field promise: an adviser logs in once online, then records a candidate with no network
// and no server, reloads the app, still finds the candidate, and the next sync delivers it.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER, apiLogin, findCandidateOnServer } from './support/api';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { CandidateFormPage } from './pages/candidate-form-page';
import { CandidateListPage } from './pages/candidate-list-page';
import { LoginPage, signInAgain } from './pages/login-page';
import { stepLogger } from './support/tablets';

const suite = useBrowserSuite({ console: ['error', 'warning'] });
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context, page } = await suite.openTablet());
});

const step = stepLogger();

async function expectAccessible(screen: string) {
  expect(await axeViolations(page), `axe violations on ${screen}`).toEqual([]);
}

async function serviceWorkerControls(): Promise<boolean> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

describe('offline intake', () => {
  it('answers an unknown address with a page that leads home', async () => {
    step('404 page');
    await page.goto(`${suite.server.url}/nulle-part`);
    await page.getByRole('heading', { name: 'Page introuvable' }).waitFor();
    await expectAccessible('404');
    await page.getByRole('link', { name: "Retour à l'accueil" }).click();
        await page.getByRole('heading', { name: 'Connexion' }).waitFor();
  });

  it('keeps a candidate recorded offline across a reload and syncs it when the server is back', async () => {
    const shell = new AppShell(page);
    const list = new CandidateListPage(page);
    const form = new CandidateFormPage(page);
    const firstName = `Zoé${Date.now().toString(36)}`;

    const login = new LoginPage(page);
    step('login screen');
    await login.open(suite.server.url);
    await expectAccessible('login');
    await page.screenshot({ path: screenshotPath('e2e-01-login'), fullPage: true });

    step('online login, first sync');
    await login.logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced(); // the demo records are on the tablet

    // The first visit installs the worker; it controls the page from the next load on.
    if (!(await serviceWorkerControls())) {
      await page.reload();
      await signInAgain(page); // no key is kept on the disk: the password again
    }
    expect(await serviceWorkerControls()).toBe(true);
    step('service worker controls the page; home');
    await expectAccessible('home');
    await page.screenshot({ path: screenshotPath('e2e-02-home'), fullPage: true });

    await shell.goToCandidates();
    await expectAccessible('candidate list');
    await page.screenshot({ path: screenshotPath('e2e-03-list'), fullPage: false });

    // No server, no network.
    step('server stopped, browser offline');
    await suite.server.stop();
    await context.setOffline(true);

    await shell.goToNewCandidate();
    await expectAccessible('intake form');
    await form.save(); // empty: the name rule shows in the field
    await page.getByText('Indiquez au moins un prénom ou un nom.').waitFor();
    await expectAccessible('intake form with errors');
    await page.screenshot({ path: screenshotPath('e2e-04-form-errors'), fullPage: true });

    step('offline intake');
    await form.fill({ firstName, lastName: 'Hors-Ligne', birthDate: '1991-05-17', communeLabel: 'Schaerbeek' });
    await form.save();
    await page.getByText('Le candidat a été enregistré sur la tablette.').waitFor();

    step('offline reload: the password opens offline');
    await page.reload();
    await signInAgain(page);
    await shell.goToCandidates();
    await list.search(firstName);
    const row = list.row(firstName);
    await row.waitFor();
    expect(await row.textContent()).toContain('non synchronisé');
    await expect.poll(() => shell.syncIndicator.textContent()).toMatch(/Hors ligne|en attente/);
    await page.screenshot({ path: screenshotPath('e2e-05-offline-after-reload'), fullPage: false });

    // The server comes back (same database file) and the adviser syncs.
    step('server back, sync');
    await suite.server.start();
    await context.setOffline(false);
    await shell.syncAndWait();
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).not.toContain('non synchronisé');
    await page.screenshot({ path: screenshotPath('e2e-06-synced'), fullPage: false });

    const token = await apiLogin(suite.server.url);
    const onServer = await findCandidateOnServer(suite.server.url, token, firstName);
    expect(onServer?.data).toMatchObject({ firstName, lastName: 'Hors-Ligne', birthDate: '1991-05-17', communeCode: 'schaerbeek' });
  });

});
