// Merge and transfer from the screen: two files of the same person on ml-etterbeek are merged on
// the administrator's tablet (the demo's coordinator coordinates ML Schaerbeek only, and a transfer
// between two Missions Locales crosses organisations), a file of ml-schaerbeek is transferred to
// ml-etterbeek; the Etterbeek adviser's tablet syncs: one file of the person is left, the
// merged-away address opens the kept file, the transferred file is there; the Schaerbeek adviser's
// tablet syncs and no longer has the transferred file; the audit page lists both.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/tables';
import { API_PATHS, pushResponseSchema } from '../../src/domain/wire';
import { SCREEN_PATHS } from '../../src/domain/screen-paths';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER, apiLogin } from './support/api';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { CandidateListPage } from './pages/candidate-list-page';
import { stepLogger, type Tablet } from './support/tablets';
import { openInApp } from './support/in-app';

const DEMO_COORDINATOR = { email: 'admin@demo.vdc.brussels', password: DEMO_ADVISER.password };
const ETTERBEEK_ADVISER = { email: 'conseiller.etterbeek@demo.vdc.brussels', password: DEMO_ADVISER.password };

const suite = useBrowserSuite();

const step = stepLogger();

/** Creates candidate files through the API, as an adviser's tablet would. */
async function createFiles(credentials: { email: string; password: string }, siteId: string, files: { id: string; fields: Record<string, unknown> }[]) {
  const token = await apiLogin(suite.server.url, credentials);
  const response = await fetch(`${suite.server.url}${API_PATHS.push}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      clientId: randomUUID(),
      schemaVersion: SCHEMA_VERSION,
      mutations: files.map((file, index) => ({ seq: index + 1, table: 'candidates', id: file.id, siteId, op: 'put', baseRev: 0, fields: file.fields })),
    }),
  });
  const results = pushResponseSchema.parse(await response.json()).results;
  expect(results.map((result) => result.status)).toEqual(files.map(() => 'applied'));
}

async function openFile(device: Tablet, id: string, name: string) {
  await openInApp(device.page, suite.server.url, SCREEN_PATHS.candidate(id));
  await device.page.getByRole('heading', { name, level: 1 }).waitFor({ timeout: 60_000 });
}

describe('merge and transfer of files', () => {
  it('are done by an administrator on screen, reach another tablet, and are in the audit log', async () => {
    const kept = randomUUID();
    const away = randomUUID();
    const moving = randomUUID();
    await createFiles(ETTERBEEK_ADVISER, 'ml-etterbeek', [
      { id: kept, fields: { firstName: 'Zofia', lastName: 'Kowalczyk', birthDate: '1987-04-03', phone: '0470 12 12 12' } },
      { id: away, fields: { firstName: 'Zofia', lastName: 'Kowalczik', birthDate: '1987', email: 'zofia@example.be' } },
    ]);
    await createFiles(DEMO_ADVISER, 'ml-schaerbeek', [{ id: moving, fields: { firstName: 'Rachid', lastName: 'Transferzadeh' } }]);

    step('the Etterbeek adviser’s tablet holds both files of the person');
    const adviser = await suite.openTablet('adviser');
    await suite.logIn(adviser, ETTERBEEK_ADVISER);
    const list = new CandidateListPage(adviser.page);
    await list.open(suite.server.url);
    await list.search('Zofia');
    await expect.poll(() => list.row('Zofia').count(), { timeout: 30_000 }).toBe(2);

    step('the Schaerbeek adviser’s tablet holds the file that will be transferred');
    const schaerbeek = await suite.openTablet('schaerbeek');
    await suite.logIn(schaerbeek, DEMO_ADVISER);
    const schaerbeekList = new CandidateListPage(schaerbeek.page);
    await schaerbeekList.open(suite.server.url);
    await schaerbeekList.search('Transferzadeh');
    await schaerbeekList.row('Rachid Transferzadeh').first().waitFor({ timeout: 30_000 });

    step('the coordinator merges the two files, keeping the one with the full birth date');
    const coordinator = await suite.openTablet('coordinator');
    await suite.logIn(coordinator, DEMO_COORDINATOR);
    await openFile(coordinator, away, 'Zofia Kowalczik');
    const page = coordinator.page;
    await page.getByRole('button', { name: 'Fusionner avec un autre dossier' }).click();
    await page.getByRole('button', { name: 'Comparer avec Zofia Kowalczyk' }).click();
    await page.getByRole('table', { name: 'Les deux dossiers côte à côte' }).waitFor();
    await page.getByRole('radio', { name: "Garder l'autre dossier (Zofia Kowalczyk)" }).check();
    expect(await axeViolations(page), 'axe violations on the merge panel').toEqual([]);
    await page.screenshot({ path: screenshotPath('e2e-merge-01-compare'), fullPage: false });
    await page.getByRole('button', { name: 'Fusionner…' }).click();
    const mergeDialog = page.getByRole('alertdialog', { name: 'Fusionner le dossier de Zofia Kowalczik dans celui de Zofia Kowalczyk ?' });
    await mergeDialog.getByRole('button', { name: 'Fusionner' }).click();
    await page.getByText('Dossiers fusionnés : voici le dossier gardé.').waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Zofia Kowalczyk', level: 1 }).waitFor();
    expect(page.url()).toContain(SCREEN_PATHS.candidate(kept));

    step('the coordinator transfers a Schaerbeek file to Etterbeek');
    await openFile(coordinator, moving, 'Rachid Transferzadeh');
    await page.getByRole('button', { name: 'Transférer vers un autre site' }).click();
    await page.getByLabel(/Site qui reprend le dossier/).selectOption({ label: "Mission Locale d'Etterbeek" });
    await page.getByRole('button', { name: 'Transférer…' }).click();
    const transferDialog = page.getByRole('alertdialog', { name: "Transférer le dossier de Rachid Transferzadeh vers Mission Locale d'Etterbeek ?" });
    expect(await axeViolations(page), 'axe violations on the transfer dialog').toEqual([]);
    await transferDialog.getByRole('button', { name: 'Transférer' }).click();
    await page.getByText("Dossier transféré vers Mission Locale d'Etterbeek.").waitFor({ timeout: 60_000 });

    step('the adviser’s tablet syncs: one file of the person, the old address opens the kept file, the transferred file is there');
    await adviser.shell.syncAndWait();
    await list.open(suite.server.url);
    await list.search('Zofia');
    await expect.poll(() => list.row('Zofia').count(), { timeout: 30_000 }).toBe(1);
    await openInApp(adviser.page, suite.server.url, SCREEN_PATHS.candidate(away));
    await adviser.page.getByText('Ce dossier a été fusionné : vous êtes sur le dossier gardé de la même personne.').waitFor({ timeout: 60_000 });
    await adviser.page.getByRole('heading', { name: 'Zofia Kowalczyk', level: 1 }).waitFor();
    await list.open(suite.server.url);
    await list.search('Transferzadeh');
    await list.row('Rachid Transferzadeh').first().waitFor({ timeout: 30_000 });
    await adviser.page.screenshot({ path: screenshotPath('e2e-merge-02-adviser'), fullPage: false });

    step('the Schaerbeek adviser’s tablet syncs: the transferred file has left it');
    await schaerbeek.shell.syncAndWait();
    await schaerbeekList.open(suite.server.url);
    await schaerbeekList.search('Transferzadeh');
    await schaerbeek.page.getByText('Aucun candidat ne correspond à la recherche.').waitFor({ timeout: 30_000 });

    step('the audit page lists both');
    await openInApp(page, suite.server.url, SCREEN_PATHS.journal);
    await page.getByRole('heading', { name: 'Journal des actions sensibles', level: 1 }).waitFor({ timeout: 60_000 });
    await page.getByRole('rowheader', { name: 'Dossiers fusionnés' }).first().waitFor({ timeout: 30_000 });
    await page.getByRole('rowheader', { name: 'Dossier transféré' }).first().waitFor({ timeout: 30_000 });
    expect(await axeViolations(page), 'axe violations on the audit page').toEqual([]);
    await page.screenshot({ path: screenshotPath('e2e-merge-03-audit'), fullPage: false });
  });
});
