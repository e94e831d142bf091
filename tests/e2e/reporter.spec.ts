// The network reporter on the real app and server (docs/roles-and-organisations.md): the login
// opens the network's report read online from the server, masked, and nothing is kept on the
// tablet: no user database, no pull.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/a11y';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { LoginPage } from './pages/login-page';

const REPORTER = { email: 'reseau@demo.vdc.brussels', password: 'demo-vdc-2026' };

const suite = useBrowserSuite();
let page: Page;

beforeAll(async () => {
  ({ page } = await suite.openTablet());
});

describe('network reporter', () => {
  it('reads the masked report of every organisation online, with nothing on the tablet', async () => {
    const syncCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/sync/')) syncCalls.push(request.url());
    });
    const login = new LoginPage(page);
    await login.open(suite.server.url);
    await login.logIn(REPORTER.email, REPORTER.password);
    await page.getByRole('heading', { name: 'Rapport du réseau', level: 1 }).waitFor({ timeout: 60_000 });
    await page.getByText(/^En ligne seulement/).waitFor();
    await page.getByLabel('Année', { exact: true }).selectOption('2025');
    const spoc = page.getByRole('table', { name: 'SPOC par site' });
    await spoc.waitFor({ timeout: 60_000 });
    // Every organisation of the network, the CPAS and the OISP included.
    const sites = await spoc.getByRole('rowheader').allTextContents();
    expect(sites).toEqual(expect.arrayContaining(['Mission Locale de Schaerbeek', "Mission Locale d'Etterbeek", 'OISP Tremplin Ixelles (fictif)']));
    expect(await axeViolations(page), 'axe violations on the network report').toEqual([]);
    await page.screenshot({ path: screenshotPath('e2e-reporter-network-report'), fullPage: true });

    const userDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name ?? '').filter((name) => name.startsWith('vdc-user-')));
    expect(userDatabases).toEqual([]);
    expect(syncCalls).toEqual([]);

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
  });
});
