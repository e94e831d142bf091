// Intake in the field: offline, the adviser registers a person whose name is close to a demo
// candidate's; the form warns of the likely existing file and lets them go on. A reload in the
// middle of typing loses nothing: the draft (encrypted on the tablet) is offered back. After the
// server is back and the tablet syncs, the new person is on the server.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type WireRecord } from '../../src/domain/wire';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER, apiLogin, allServerChanges } from './support/api';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { CandidateFormPage } from './pages/candidate-form-page';
import { CandidateListPage } from './pages/candidate-list-page';
import { LoginPage, signInAgain } from './pages/login-page';
import { untilServiceWorkerControls } from './support/offline';
import { stepLogger } from './support/tablets';

const suite = useBrowserSuite({ console: ['error', 'warning'] });
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context, page } = await suite.openTablet());
  page.setDefaultTimeout(90_000); // a ceiling: a step that never comes fails with its name
});

afterEach(async (test) => {
  // A failed run leaves a picture of where it stopped.
  if (test.task.result?.state === 'fail') await page?.screenshot({ path: screenshotPath('intake-failure'), fullPage: true }).catch(() => undefined);
});

const step = stepLogger();

/** Every candidate the demo adviser sees on the server (as a second device would pull them). */
async function serverCandidates(token: string): Promise<WireRecord[]> {
  return (await allServerChanges(suite.server.url, token)).filter((change) => change.table === 'candidates' && !change.deleted);
}

/** How many drafts the adviser's database holds (their values are encrypted; only counted here). */
async function storedDraftCount(): Promise<number> {
  return page.evaluate(async () => {
    const name = (await indexedDB.databases()).find((db) => db.name?.startsWith('vdc-user-'))?.name;
    if (!name) return 0;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('drafts')) return 0;
      return await new Promise<number>((resolve, reject) => {
        const request = db.transaction('drafts').objectStore('drafts').count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  });
}

describe('intake with duplicate warning and draft', () => {
  // A long flow (online login with production PBKDF2, first sync, offline, reload, sync): the
  // ceiling is sized for a loaded 2-core machine; nothing here waits on time.
  it('warns of a likely duplicate offline, keeps the draft across a reload, and syncs the new person', { timeout: 420_000 }, async () => {
    const shell = new AppShell(page);
    const list = new CandidateListPage(page);
    const form = new CandidateFormPage(page);
    const login = new LoginPage(page);

    step('a demo candidate to come close to');
    const token = await apiLogin(suite.server.url);
    const demo = (await serverCandidates(token)).find(
      (record) =>
        typeof record.data.firstName === 'string' &&
        typeof record.data.lastName === 'string' &&
        /^[A-Za-z]{5,}$/.test(record.data.lastName) &&
        /^\d{4}-\d{2}-\d{2}$/.test(String(record.data.birthDate ?? '')),
    );
    expect(demo, 'a demo candidate with a plain last name and a full birth date').toBeDefined();
    const demoFirst = String(demo!.data.firstName);
    const demoLast = String(demo!.data.lastName);
    // The same person typed another way: last name in capitals with one letter doubled.
    const typedLast = (demoLast.slice(0, 3) + demoLast.charAt(2) + demoLast.slice(3)).toUpperCase();
    const typedFirst = demoFirst.toLowerCase();
    const birthDate = String(demo!.data.birthDate);

    step('online login, first sync');
    await login.open(suite.server.url);
    await login.logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced();
    await untilServiceWorkerControls(page);

    step('the list, searched in memory');
    await shell.goToCandidates();
    await list.search(demoLast.slice(0, 4));
    await list.row(`${demoFirst} ${demoLast}`).first().waitFor();
    expect(await axeViolations(page), 'axe violations on the candidate list').toEqual([]);
    await page.screenshot({ path: screenshotPath('intake-01-list'), fullPage: false });

    step('server stopped, browser offline');
    await suite.server.stop();
    await context.setOffline(true);

    step('intake of a near-duplicate');
    await shell.goToNewCandidate();
    await form.fillIdentity({ firstName: typedFirst, lastName: typedLast, birthDate });
    const warning = form.duplicateWarning();
    await warning.waitFor();
    expect(await warning.textContent()).toContain(`${demoFirst} ${demoLast}`);
    await form.pickCommune('1030', 'Schaerbeek');
    await form.addLanguage('arab');
    await page.getByLabel('Lieu de la rencontre').fill('CPAS de Schaerbeek');
    expect(await axeViolations(page), 'axe violations on the intake form with the warning').toEqual([]);
    await page.screenshot({ path: screenshotPath('intake-02-form-duplicate-warning'), fullPage: true });

    step('reload mid-typing: the password again (offline), then the draft is offered back');
    await expect.poll(storedDraftCount, { timeout: 10_000 }).toBe(1);
    await page.reload();
    await signInAgain(page);
    await shell.goToNewCandidate();
    await page.getByRole('heading', { name: 'Nouveau candidat', level: 1 }).waitFor({ timeout: 60_000 });
    await form.draftOffer().waitFor();
    await page.screenshot({ path: screenshotPath('intake-03-draft-offer'), fullPage: false });
    await form.resumeDraft();
    expect(await page.getByLabel('Nom', { exact: true }).inputValue()).toBe(typedLast);
    expect(await page.getByRole('combobox', { name: 'Commune de domicile' }).inputValue()).toBe('Schaerbeek (1030)');
    expect(await page.getByRole('list', { name: 'Langues choisies' }).textContent()).toContain('arabe');

    step('the warning again, then "another person, continue"');
    await form.save();
    await warning.getByRole('alert').waitFor();
    await form.continueAsAnotherPerson();
    await form.save();
    await page.getByText('Le candidat a été enregistré sur la tablette.').waitFor();
    await expect.poll(storedDraftCount).toBe(0);

    step('server back, sync');
    await suite.server.start();
    await context.setOffline(false);
    await shell.syncAndWait();
    const onServer = (await serverCandidates(await apiLogin(suite.server.url))).find((record) => record.data.lastName === typedLast);
    expect(onServer?.data).toMatchObject({ firstName: typedFirst, lastName: typedLast, birthDate, communeCode: 'schaerbeek', languages: ['ar'] });
    await list.open(suite.server.url);
    await list.search(typedLast);
    await list.row(typedLast).first().waitFor();
    await page.screenshot({ path: screenshotPath('intake-04-list-after-sync'), fullPage: false });
  });
});
