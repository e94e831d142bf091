// The import of real spreadsheets (issue 25, "Done when"): a coordinator imports the three files
// of tests/fixtures/import (built by build-fixtures.mjs): an XLSX with a title row, years in date
// cells, formulas and `=` cells; a Windows-1252 `;` CSV with accented headers; and, offline, a
// file whose unknown values she maps once. The records, their dates, the refused rows offered for
// download (before and after the import) and the journal entries are checked on the server.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_PATHS } from '../../src/domain/audit';
import type { AuditEntry } from '../../src/domain/accounts';
import { axeViolations } from './support/a11y';
import { apiLogin, allServerChanges } from './support/api';
import { untilServiceWorkerControls } from './support/offline';
import { ROOT, screenshotPath } from './support/paths';
import { IMPORT_COORDINATOR as COORDINATOR } from './support/import-session';
import { useBrowserSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { ImportPage } from './pages/import-page';
import { LoginPage } from './pages/login-page';

const FIXTURES = join(ROOT, 'tests/fixtures/import');

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context, page } = await suite.openTablet('browser', { acceptDownloads: true }));
});

const allRecords = (token: string) => allServerChanges(suite.server.url, token);

async function downloadedText(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function chooseFixture(name: string, rows: number) {
  await page.getByLabel('Fichier XLSX ou CSV').setInputFiles(join(FIXTURES, name));
  await page.getByText(`${name} : ${rows} lignes lues.`, { exact: false }).waitFor();
}

describe('import of real spreadsheets', () => {
  it('imports a titled XLSX, a Windows-1252 CSV and, offline, a file mapped once; refused rows downloadable; all journalled', async () => {
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    const importPage = new ImportPage(page);
    await login.open(suite.server.url);
    await login.logIn(COORDINATOR.email, COORDINATOR.password);
    await shell.waitForHome();
    await shell.waitForSynced();
    await untilServiceWorkerControls(page);
    await shell.waitForHome();

    // 1. The XLSX: headers on row 3, below a title; years in date cells; formulas; `=` cells.
    await importPage.open();
    await chooseFixture('title-formulas.xlsx', 6);
    await page.getByText('Les titres des colonnes sont sur la ligne 3.').waitFor();
    await importPage.check();
    const refused = (await importPage.refusedTable.textContent()) ?? '';
    expect(refused).toContain('formule dont le résultat n’est pas enregistré'.replace('’', "'"));
    expect(refused).toContain('commence par « = »');
    expect(refused).toContain('plus de 100 ans');
    const before = await downloadedText(() => page.getByRole('button', { name: 'Télécharger les 3 lignes refusées (CSV)' }).click());
    expect(before.name).toBe('title-formulas-lignes-refusees.csv');
    expect(before.text).toContain(`'=HYPERLINK`);
    expect(before.text.split('\r\n').filter(Boolean)).toHaveLength(4);
    await importPage.confirm(3);
    await page.getByText(/^3 personnes importées dans /).waitFor();
    const after = await downloadedText(() => page.getByRole('button', { name: 'Télécharger les 3 lignes refusées (CSV)' }).click());
    expect(after.text).toBe(before.text);

    // 2. The Belgian Excel CSV: Windows-1252 detected and shown, accented headers recognised.
    await chooseFixture('belgian-excel.csv', 3);
    expect(await page.getByLabel('Encodage du fichier CSV').inputValue()).toBe('windows-1252');
    await page.getByRole('cell', { name: 'Fichier-Cp Hélène' }).waitFor();
    await importPage.check();
    await importPage.confirm(3);

    // 3. Offline: the values to map, once for the whole file.
    await suite.server.stop();
    await context.setOffline(true);
    await chooseFixture('values-to-map.csv', 5);
    await page.getByRole('heading', { name: 'Valeurs à faire correspondre' }).waitFor();
    await page.getByRole('status').filter({ hasText: '7 valeurs restent à choisir.' }).waitFor();
    await page.getByRole('button', { name: 'Accepter les 5 suggestions' }).click();
    await page.getByLabel('Liège').selectOption({ label: 'Hors Région bruxelloise' });
    await page.getByLabel('Astronaute').selectOption({ label: 'Laisser vide' });
    await page.getByRole('status').filter({ hasText: '0 valeur reste à choisir.' }).waitFor();
    expect(await axeViolations(page), 'axe violations on the values to map').toEqual([]);
    await page.screenshot({ path: screenshotPath('import-files-01-values-to-map'), fullPage: true });
    await importPage.check();
    expect(await importPage.refusedTable.textContent()).toContain('Un accompagnement a besoin d');
    await importPage.confirm(4);

    await suite.server.start();
    await context.setOffline(false);
    await shell.syncAndWait();

    const token = await apiLogin(suite.server.url, COORDINATOR);
    const records = (await allRecords(token)).filter((record) => String(record.data.lastName ?? '').startsWith('Fichier-') || record.table !== 'candidates');
    const person = (firstName: string) => records.find((record) => record.table === 'candidates' && record.data.firstName === firstName);
    expect(person('Samira')?.data).toMatchObject({ lastName: 'Fichier-Annee', birthDate: '1987', communeCode: 'schaerbeek' });
    expect(person('Omar')?.data).toMatchObject({ birthDate: '1992', communeCode: 'schaerbeek' });
    expect(person('Karima')?.data).toMatchObject({ lastName: 'Fichier-Formule', birthDate: '1990' });
    expect(person('Nadia')).toBeUndefined();
    expect(person('Jules')).toBeUndefined();
    expect(records.some((record) => String(record.data.lastName ?? '').startsWith('='))).toBe(false);
    const samiraAction = records.find((record) => record.table === 'spocActions' && (record.data.candidateIds as string[] | undefined)?.includes(person('Samira')?.id ?? ''));
    expect(samiraAction?.data.date).toBe('2025-02-12');
    expect(person('Hélène')?.data).toMatchObject({ lastName: 'Fichier-Cp', birthDate: '1979-04-03', communeCode: 'ixelles', notes: 'Préfère être appelée le matin' });
    expect(person('Zoë')?.data).toMatchObject({ birthDate: '2001-09-17', communeCode: 'etterbeek' });
    expect(person('Sébastien')?.data.birthDate).toBe('1984');
    const metierOf = (firstName: string) => records.find((record) => record.table === 'accompaniments' && record.data.candidateId === person(firstName)?.id)?.data.metier;
    expect([person('Aïcha'), person('Bilal'), person('Chantal'), person('Dario')].map((found) => found?.data.communeCode)).toEqual(['bruxelles', 'bruxelles', 'molenbeek-saint-jean', 'hors-bruxelles']);
    expect([metierOf('Aïcha'), metierOf('Bilal'), metierOf('Chantal'), metierOf('Dario')]).toEqual(['aide-menager', 'conducteur-chariot-elevateur', 'aide-menager', 'coiffeur']);
    expect(person('Emma')).toBeUndefined();

    // The journal: one entry per import, the offline one sent after the sync.
    const journal = await fetch(`${suite.server.url}${AUDIT_PATHS.journal}?action=spreadsheet-imported`, { headers: { authorization: `Bearer ${token}` } });
    const details = ((await journal.json()) as { entries: AuditEntry[] }).entries.map((entry) => entry.detail).sort();
    expect(details).toEqual([
      '3/0/0/0/0',
      '3/2/0/3/0',
      '4/0/4/1/0',
    ]);
  }, 600_000);
});
