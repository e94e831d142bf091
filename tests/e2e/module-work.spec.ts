// Individual module work, offline: an adviser opens a person's file with no network, records a
// one-to-one FLE coaching on the person's accompaniment (the form says what is missing first),
// and the next sync delivers it to the server with the site where the work was done.
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS, type WireRecord } from '../../src/domain/wire';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER, apiLogin, pushAsTablet, allServerChanges } from './support/api';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { CandidateListPage } from './pages/candidate-list-page';
import { LoginPage } from './pages/login-page';
import { untilServiceWorkerControls } from './support/offline';
import { stepLogger } from './support/tablets';

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context, page } = await suite.openTablet());
});

const step = stepLogger();

async function moduleWorkOnServer(token: string, candidateId: string): Promise<WireRecord[]> {
  return (await allServerChanges(suite.server.url, token)).filter((change) => change.table === 'moduleWork' && change.data.candidateId === candidateId);
}

describe('individual module work', () => {
  it('is recorded offline on the person’s accompaniment and synced with its work site', async () => {
    const stamp = `Mw${Date.now().toString(36)}`;
    const candidateId = randomUUID();
    const token = await apiLogin(suite.server.url);
    await pushAsTablet(suite.server.url, token, [
      { table: 'candidates', id: candidateId, siteId: 'ml-schaerbeek', fields: { firstName: 'Fatou', lastName: stamp } },
      { table: 'accompaniments', id: randomUUID(), siteId: 'ml-schaerbeek', fields: { candidateId, metier: 'aide-menager', startDate: '2026-01-12', status: 'open' } },
    ]);

    step('login, first sync');
    const shell = new AppShell(page);
    await new LoginPage(page).open(suite.server.url);
    await new LoginPage(page).logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced();
    await untilServiceWorkerControls(page);

    step('offline: the person’s file');
    await context.setOffline(true);
    await shell.goToCandidates();
    const list = new CandidateListPage(page);
    await list.search(stamp);
    await list.row(stamp).click();
    await page.getByRole('heading', { name: 'Travail individuel en module', level: 2 }).waitFor();

    step('the form says what is missing');
    await page.getByRole('button', { name: 'Ajouter un travail individuel en module' }).click();
    const form = page.getByRole('form', { name: 'Nouveau travail individuel en module' });
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.locator('.field--invalid').first().waitFor();
    expect(await form.locator('.field--invalid').count()).toBe(2); // the module and the duration
    await form.getByLabel('Durée, en minutes').fill('0');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.getByText('Ce nombre est hors des limites').waitFor();
    expect(await axeViolations(page), 'axe violations on the module work form').toEqual([]);
    await form.screenshot({ path: screenshotPath('e2e-module-work-01-form-errors') });

    step('filled and saved offline');
    await form.getByLabel('Module').selectOption({ label: 'FLE orienté métier' });
    await form.getByLabel('Durée, en minutes').fill('90');
    await form.getByLabel('Note (facultative)').fill('Lecture des consignes de sécurité');
    await form.screenshot({ path: screenshotPath('e2e-module-work-02-form-filled') });
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    const entry = page.getByText(/FLE orienté métier — /);
    await entry.waitFor();
    await page.getByText('90 minutes, avec Amélie Dewinter').waitFor();
    await page.getByRole('region', { name: 'Travail individuel en module' }).screenshot({ path: screenshotPath('e2e-module-work-03-saved-offline') });

    step('back online: the sync delivers it');
    await context.setOffline(false);
    await shell.syncAndWait();
    const me = await (await fetch(`${suite.server.url}${API_PATHS.login}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEMO_ADVISER) })).json();
    await expect.poll(async () => (await moduleWorkOnServer(token, candidateId)).length, { timeout: 30_000 }).toBe(1);
    const [work] = await moduleWorkOnServer(token, candidateId);
    expect(work).toMatchObject({
      siteId: 'ml-schaerbeek',
      data: { candidateId, module: 'fle', minutes: 90, adviserId: (me as { user: { id: string } }).user.id, workSiteId: 'ml-schaerbeek', note: 'Lecture des consignes de sécurité' },
    });
  });
});
