// The métier catalogue's UCs end to end: an administrator adds a UC to a métier of the network's
// catalogue; an adviser, offline, picks it by its label among the métier's UCs to record a
// registration and a failed test twice, and the app says guidance is compulsory; after sync, a
// second device shows the attempts with the UC's title and says the same.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasConsentScope } from '../../src/domain/consent-scopes';
import { type WireRecord } from '../../src/domain/wire';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER, apiLogin, latestServerRecords } from './support/api';
import { untilServiceWorkerControls } from './support/offline';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';
import { MetierCataloguePage, ValidationPage } from './pages/validation-pages';
import { metierLabel, seedCatalogue } from '../../src/domain/metiers/catalogue';

const ADMIN = { email: 'admin@demo.vdc.brussels', password: 'demo-vdc-2026' };
const SITE = 'ml-schaerbeek';
const GUIDANCE = /^Déjà 2 épreuves échouées pour UC7\. Un accompagnement \(guidance\) est obligatoire/;

const suite = useBrowserSuite();


async function serverRecords(token: string): Promise<WireRecord[]> {
  return latestServerRecords(suite.server.url, token);
}

async function signedIn(page: Page, credentials: { email: string; password: string }): Promise<AppShell> {
  const login = new LoginPage(page);
  await login.open(suite.server.url);
  await login.logIn(credentials.email, credentials.password);
  const shell = new AppShell(page);
  await shell.waitForHome();
  await shell.waitForSynced();
  return shell;
}

/** An open accompaniment of the site, of a named person, as the server has it. */
async function someAccompaniment(token: string) {
  const records = (await serverRecords(token)).filter((record) => !record.deleted);
  const names = new Map(
    records
      // Registered for a test below: the person must have agreed to share their file with the centre.
      .filter((record) => record.table === 'candidates' && record.data.firstName && record.data.lastName && !record.data.mergedInto && hasConsentScope(record.data as never, 'partage-centre'))
      .map((record) => [record.id, `${String(record.data.firstName)} ${String(record.data.lastName)}`]),
  );
  const accompaniment = records.find((record) => record.table === 'accompaniments' && record.siteId === SITE && record.data.status === 'open' && names.has(String(record.data.candidateId)));
  if (!accompaniment) throw new Error('no open accompaniment in the demo data');
  const candidateId = String(accompaniment.data.candidateId);
  return { accompanimentId: accompaniment.id, candidateId, metier: String(accompaniment.data.metier), name: names.get(candidateId) as string };
}

describe('UCs of the métier catalogue', () => {
  it('an administrator adds a UC; an adviser offline picks it by its label twice, failed, and is told guidance is compulsory; a second device sees it all', async () => {
    const adviserToken = await apiLogin(suite.server.url);
    const target = await someAccompaniment(adviserToken);
    const label = `Épreuve pratique e2e ${Date.now().toString(36)}`;

    // The administrator adds UC7 to the métier in the network's catalogue, and syncs it.
    const { context: adminContext, page: adminPage } = await suite.openTablet('admin');
    const adminShell = await signedIn(adminPage, ADMIN);
    const catalogue = new MetierCataloguePage(adminPage);
    await catalogue.openFromNav();
    await catalogue.openMetier(metierLabel(seedCatalogue(), target.metier, 'fr'));
    await catalogue.addUc('UC7', label);
    await adminPage.getByRole('list', { name: /^UC de / }).getByText(label).waitFor();
    expect(await axeViolations(adminPage), 'axe violations on the métier catalogue').toEqual([]);
    await adminPage.screenshot({ path: screenshotPath('validation-ucs-01-catalogue'), fullPage: true });
    await adminShell.syncAndWait();
    await expect
      .poll(async () => ((await serverRecords(adviserToken)).find((record) => record.table === 'metiers' && record.id === target.metier)?.data.ucs as { code: string; label: string }[] | undefined)?.find((uc) => uc.code === 'UC7'), {
        timeout: 30_000,
      })
      .toEqual({ code: 'UC7', label });
    await adminContext.close();

    // The adviser's tablet pulls the list, then works with no network.
    const { context: adviserContext, page } = await suite.openTablet('adviser');
    const shell = await signedIn(page, DEMO_ADVISER);
    await untilServiceWorkerControls(page);
    await shell.waitForHome();
    await suite.server.stop();
    await adviserContext.setOffline(true);

    const validation = new ValidationPage(page);
    await validation.open(suite.server.url, target.candidateId, target.name);
    const centreName = `Centre e2e ${Date.now().toString(36)}`;
    for (const [registrationDate, testDate] of [
      ['2025-01-10', '2025-02-10'],
      ['2025-04-10', '2025-05-10'],
    ] as const) {
      await validation.recordAttempt({ accompanimentId: target.accompanimentId, uc: 'UC7', registrationDate, centreName, testDate, result: 'echoue' });
    }
    await page.getByText(`UC7 — ${label}`).first().waitFor();
    expect(await page.getByText(`UC7 — ${label}`).count()).toBe(2);
    await validation.startAttempt(target.accompanimentId, 'UC7');
    await page.getByText(GUIDANCE).waitFor();
    // The picker names every UC by its label, never a bare code.
    const offered = await page.getByRole('combobox', { name: /^Unité de compétence/ }).locator('option').allTextContents();
    expect(offered).toContain(`UC7 — ${label}`);
    expect(offered.slice(1).every((text) => / — ./.test(text))).toBe(true);
    expect(await axeViolations(page), 'axe violations on the validation form').toEqual([]);
    await page.screenshot({ path: screenshotPath('validation-ucs-02-uc-picker'), fullPage: true });
    await page.getByRole('button', { name: 'Annuler' }).click();

    await suite.server.start();
    await adviserContext.setOffline(false);
    await shell.syncAndWait();
    await expect
      .poll(
        async () =>
          (await serverRecords(await apiLogin(suite.server.url)))
            .filter((record) => record.table === 'validationSteps' && record.data.centreName === centreName && !record.deleted)
            .map((record) => [record.data.accompanimentId, record.data.uc, record.data.result])
            .sort(),
        { timeout: 30_000 },
      )
      .toEqual([
        [target.accompanimentId, 'UC7', 'echoue'],
        [target.accompanimentId, 'UC7', 'echoue'],
      ]);
    await adviserContext.close();

    // A second device of the adviser: the attempts with the UC's title, and the same warning.
    const { context: otherContext, page: other } = await suite.openTablet('other');
    await signedIn(other, DEMO_ADVISER);
    const otherValidation = new ValidationPage(other);
    await otherValidation.open(suite.server.url, target.candidateId, target.name);
    await other.getByText(`UC7 — ${label}`).first().waitFor();
    expect(await other.getByText(`UC7 — ${label}`).count()).toBe(2);
    await otherValidation.startAttempt(target.accompanimentId, 'UC7');
    await other.getByText(GUIDANCE).waitFor();
    await otherContext.close();
  });
});
