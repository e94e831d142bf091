// Spreadsheet import, offline: a coordinator imports a small CSV with one bad row and one duplicate
// of a demo candidate, reads the dry run, imports without the duplicate, then syncs to the server.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS, pullResponseSchema, type WireRecord } from '../../src/domain/wire';
import { axeViolations } from './support/a11y';
import { apiLogin, findCandidateOnServer } from './support/api';
import { untilServiceWorkerControls } from './support/offline';
import { screenshotPath } from './support/paths';
import { IMPORT_COORDINATOR as COORDINATOR } from './support/import-session';
import { useBrowserSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { ImportPage } from './pages/import-page';
import { LoginPage } from './pages/login-page';

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context, page } = await suite.openTablet());
});

/** A demo candidate the coordinator sees, with a full birth date, read from the server. */
async function demoCandidate(token: string): Promise<WireRecord> {
  const response = await fetch(`${suite.server.url}${API_PATHS.pull}?cursor=0&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
  const found = pullResponseSchema
    .parse(await response.json())
    .changes.find((change) => change.table === 'candidates' && change.data.firstName && change.data.lastName && /^\d{4}-\d\d-\d\d$/.test(String(change.data.birthDate)) && !change.data.mergedInto && !change.data.erased);
  if (!found) throw new Error('no demo candidate');
  return found;
}

async function expectAccessible(screen: string) {
  expect(await axeViolations(page), `axe violations on ${screen}`).toEqual([]);
}

describe('spreadsheet import', () => {
  it('imports a CSV offline, refusing a bad row and skipping a duplicate, then syncs', async () => {
    const token = await apiLogin(suite.server.url, COORDINATOR);
    const existing = await demoCandidate(token);
    const [year, month, day] = String(existing.data.birthDate).split('-');
    const tag = Date.now().toString(36);
    const newFirstName = `Importée${tag}`;
    const csv = [
      'Nom;Prénom;Date de naissance;Genre;Commune;Métier;Date info;Date début accompagnement',
      `Import;${newFirstName};15/03/1988;F;Schaarbeek;Coiffeur(euse);10/01/2025;01/02/2025`,
      `Mauvaise;Ligne${tag};31/02/1990;F;Paris;;;`,
      `${String(existing.data.lastName)};${String(existing.data.firstName)};${day}/${month}/${year};;;;;`,
    ].join('\r\n');

    const login = new LoginPage(page);
    const shell = new AppShell(page);
    const importPage = new ImportPage(page);
    await login.open(suite.server.url);
    await login.logIn(COORDINATOR.email, COORDINATOR.password);
    await shell.waitForHome();
    await shell.waitForSynced();
    await untilServiceWorkerControls(page);
    await shell.waitForHome();

    await suite.server.stop();
    await context.setOffline(true);

    await importPage.open();
    await expectAccessible('import, empty');
    await importPage.chooseFile('candidats.csv', csv);
    await page.getByText('candidats.csv : 3 lignes lues.', { exact: false }).waitFor();
    await expectAccessible('import, mapping');
    await page.screenshot({ path: screenshotPath('import-01-mapping'), fullPage: true });

    await importPage.check();
    const refused = await importPage.refusedTable.textContent();
    expect(refused).toContain('Date de naissance non reconnue');
    expect(refused).toContain('Valeur absente de la liste');
    await importPage.duplicate(4).waitFor();
    expect(await importPage.duplicate(4).textContent()).toContain('Ressemble à');
    await expectAccessible('import, dry run');
    await page.screenshot({ path: screenshotPath('import-02-dry-run'), fullPage: true });

    await importPage.confirm(1);
    await page.getByText(/^1 personne importée dans /).waitFor();
    await expectAccessible('import, summary');
    await page.screenshot({ path: screenshotPath('import-03-summary'), fullPage: true });

    await suite.server.start();
    await context.setOffline(false);
    await shell.syncAndWait();
    const onServer = await findCandidateOnServer(suite.server.url, await apiLogin(suite.server.url, COORDINATOR), newFirstName);
    expect(onServer?.data).toMatchObject({ firstName: newFirstName, lastName: 'Import', birthDate: '1988-03-15', gender: 'F', communeCode: 'schaerbeek' });
  }, 600_000);
});
