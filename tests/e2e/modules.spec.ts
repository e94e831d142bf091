// Modules in the room: logged in once online, the adviser plans a session with no network, enrols
// two demo candidates, takes the roll call, reloads (all still there), then syncs it to the server.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasConsentScope } from '../../src/domain/consent-scopes';
import { type WireRecord } from '../../src/domain/wire';
import { SCREEN_PATHS } from '../../src/domain/screen-paths';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER, apiLogin, latestServerRecords } from './support/api';
import { untilServiceWorkerControls } from './support/offline';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { LoginPage, signInAgain } from './pages/login-page';
import { ModulesPages } from './pages/modules-pages';
import { openInApp } from './support/in-app';

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context, page } = await suite.openTablet());
});

/** Every live record of the adviser as the server has it (what a second device would pull). */
async function serverRecords(token: string): Promise<WireRecord[]> {
  return latestServerRecords(suite.server.url, token);
}

/** The first enrolled person, reused by the validation test. */
let firstPerson = '';

async function expectAccessible(screen: string) {
  expect(await axeViolations(page), `axe violations on ${screen}`).toEqual([]);
}

describe('modules offline', () => {
  it('plans a session, enrols two people and takes the roll call offline, then syncs', async () => {
    const token = await apiLogin(suite.server.url);
    const candidates = (await serverRecords(token)).filter((record) => record.table === 'candidates' && record.data.firstName && record.data.lastName && !record.deleted);
    const nameOf = (record: WireRecord) => `${String(record.data.firstName)} ${String(record.data.lastName)}`;
    const people = candidates.map(nameOf);
    // The first is later registered for a test: that needs their consent to share with the centre.
    const sharing = new Set(candidates.filter((record) => hasConsentScope(record.data as never, 'partage-centre')).map(nameOf));
    const unique = people.filter((name) => sharing.has(name) && people.filter((other) => other.includes(name)).length === 1);
    const [first, second] = unique as [string, string];
    firstPerson = first;
    expect(second).toBeTruthy();

    const shell = new AppShell(page);
    const modules = new ModulesPages(page);
    const login = new LoginPage(page);
    await login.open(suite.server.url);
    await login.logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced();
    await untilServiceWorkerControls(page);
    await shell.waitForHome();

    await modules.openFromNav();
    await expectAccessible('session list');

    await suite.server.stop();
    await context.setOffline(true);

    const title = `Appel e2e ${Date.now().toString(36)}`;
    await modules.planSession({ module: 'fle', title, date: '2099-03-12', startTime: '09:00', endTime: '12:30', facilitator: 'Sophie Lambert', capacity: '2' });
    await modules.enrol(first);
    await modules.enrol(second);
    await page.getByText(/^La séance est complète/).waitFor();
    await expectAccessible('session with enrolment');
    await page.screenshot({ path: screenshotPath('modules-01-session'), fullPage: true });

    await modules.openRollCall();
    await modules.choose(first, 'Présent·e');
    await modules.choose(second, 'En retard');
    await expect.poll(() => page.getByLabel(`Heures de ${first}`).inputValue()).toBe('3.5');
    await expectAccessible('roll call');
    await page.screenshot({ path: screenshotPath('modules-02-roll-call'), fullPage: true });

    // A reload drops the data key: the password again (offline), then the roll call as it was.
    const rollCall = new URL(page.url()).pathname;
    await page.reload();
    await signInAgain(page);
    await openInApp(page, suite.server.url, rollCall);
    await modules.statusGroup(first).getByRole('radio', { name: 'Présent·e', exact: true, checked: true }).waitFor({ timeout: 60_000 });
    await modules.statusGroup(second).getByRole('radio', { name: 'En retard', exact: true, checked: true }).waitFor();

    await suite.server.start();
    await context.setOffline(false);
    await shell.syncAndWait();

    const after = await serverRecords(await apiLogin(suite.server.url));
    const session = after.find((record) => record.table === 'moduleSessions' && record.data.title === title);
    expect(session?.data).toMatchObject({ module: 'fle', date: '2099-03-12', startTime: '09:00', endTime: '12:30', capacity: 2 });
    const rows = after.filter((record) => record.table === 'attendance' && record.data.sessionId === session?.id && !record.deleted);
    expect(rows.map((row) => [row.data.status, row.data.hours]).sort()).toEqual([
      ['present', 3.5],
      ['retard', 3.5],
    ]);
  });

  it('shows the roll call on a second device after sync', async () => {
    const { context: other, page: second } = await suite.openTablet('second device');
    const login = new LoginPage(second);
    await login.open(suite.server.url);
    await login.logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    const shell = new AppShell(second);
    await shell.waitForHome();
    await shell.waitForSynced();
    await new ModulesPages(second).openFromNav();
    await second.getByRole('link', { name: /FLE orienté métier/ }).first().click();
    await second.getByRole('link', { name: "Faire l'appel" }).click();
    await new ModulesPages(second).statusGroup(firstPerson).getByRole('radio', { name: 'Présent·e', exact: true, checked: true }).waitFor();
    await other.close();
  });

  it('records a registration and a failed test at a UC, on the validation screen', async () => {
    const token = await apiLogin(suite.server.url);
    const person = (await serverRecords(token)).find(
      (record) => record.table === 'candidates' && `${String(record.data.firstName)} ${String(record.data.lastName)}` === firstPerson,
    );
    expect(person).toBeTruthy();
    await openInApp(page, suite.server.url, SCREEN_PATHS.validation(person!.id));
    await page.getByRole('heading', { name: `Épreuves de validation de ${firstPerson}`, level: 1 }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Ajouter une inscription à une épreuve' }).click();
    const centre = `Centre de Namur ${Date.now().toString(36)}`;
    // The UC is picked from the métier's list when the site keeps one for it, typed otherwise.
    const ucField = page.getByRole('combobox', { name: /^Unité de compétence/ });
    const fromList = await ucField.evaluate((element) => element.tagName === 'SELECT');
    const uc = fromList ? ((await ucField.locator('option').nth(1).getAttribute('value')) ?? '') : 'UC9';
    if (fromList) await ucField.selectOption(uc);
    else await ucField.fill(uc);
    await page.getByLabel("Date d'inscription").fill('2026-03-01');
    await page.getByLabel('Centre de validation').fill(centre);
    await page.getByLabel('Région du centre').selectOption('wallonie');
    await page.getByLabel("Date de l'épreuve").fill('2026-04-02');
    await page.getByLabel('Résultat').selectOption('echoue');
    await expectAccessible('validation form');
    await page.getByRole('button', { name: "Enregistrer l'épreuve" }).click();
    await page.getByText('Épreuve enregistrée.').waitFor();
    await expectAccessible('validation list');
    await page.screenshot({ path: screenshotPath('modules-03-validation'), fullPage: true });

    const shell = new AppShell(page);
    await shell.syncAndWait();
    await expect
      .poll(async () => (await serverRecords(token)).find((record) => record.table === 'validationSteps' && record.data.centreName === centre)?.data, { timeout: 30_000 })
      .toMatchObject({ candidateId: person!.id, uc, centreRegion: 'wallonie', testDate: '2026-04-02', result: 'echoue' });
  });
});
