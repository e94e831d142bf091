// The activity report on the tablet: a coordinator syncs, opens Rapports, picks 2024, reads the
// tables computed on local data and their charts, sets her organisation's goal on the server (its
// ratio follows, on its own row; the network's goal is never added up per site), downloads the
// XLSX (read back here without exceljs, which wrote it: the screen's figures in it) and the CSV,
// and prints the masked tables under the print header.
import { readFile } from 'node:fs/promises';
import { readXlsx } from '../support/xlsx-reader';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/a11y';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';

const COORDINATOR = { email: 'coordination@demo.vdc.brussels', password: 'demo-vdc-2026' };

const suite = useBrowserSuite();
let page: Page;

beforeAll(async () => {
  ({ page } = await suite.openTablet('browser', { acceptDownloads: true }));
});

describe('activity report', () => {
  it('shows the 2024 tables on local data and exports them as XLSX', async () => {
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    await login.open(suite.server.url);
    await login.logIn(COORDINATOR.email, COORDINATOR.password);
    await shell.waitForHome();
    await shell.waitForSynced();

    // The report is computed on the tablet: the screen never asks the server's report route (it
    // only fetches the past years' figures coordinators entered).
    const reportRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/reports/activity')) reportRequests.push(request.url());
    });
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Rapports' }).click();
    await page.getByRole('heading', { name: "Rapport d'activités", level: 1 }).waitFor();
    await page.getByText(/^Données locales au /).waitFor();
    await page.getByLabel('Année', { exact: true }).selectOption('2024');
    await page.getByText('Période du 1er janvier au 31 décembre 2024').waitFor({ timeout: 60_000 });

    const spoc = page.getByRole('table', { name: 'SPOC par site' });
    await spoc.waitFor();
    const totalRow = spoc.getByRole('row', { name: /^Total/ });
    const spocPersons = Number((await totalRow.getByRole('cell').nth(1).textContent())?.replace(/\s/g, ''));
    expect(spocPersons).toBeGreaterThan(0);
    await expect.poll(() => spoc.getByRole('rowheader').allTextContents()).toContain('Mission Locale de Schaerbeek');
    await page.getByRole('table', { name: 'Parcours de validation par site' }).waitFor();
    await page.getByRole('table', { name: 'Accompagnement par site' }).waitFor();
    await page.getByRole('heading', { name: 'Qualité des données' }).waitFor();

    // Charts: evolution over years and profiles, figures written on the bars, tables kept.
    const evolutionChart = page.getByRole('img', { name: /^Évolution des personnes par année/ });
    await evolutionChart.waitFor();
    expect(await evolutionChart.locator('text').allTextContents()).toContain('2024');
    const ageChart = page.getByRole('img', { name: /^Profil : tranche d'âge/ });
    await ageChart.waitFor();
    expect((await ageChart.locator('text').allTextContents()).some((text) => /^\d[\d\s]*$/.test(text))).toBe(true);

    // Evolution: per year the sites' rows, then the network's own distinct total (not their sum).
    const evolutionTable = page.getByRole('table', { name: 'Évolution des personnes par site et par année' });
    const network2024 = evolutionTable.getByRole('row', { name: /^2024 Réseau \(personnes distinctes\)/ });
    await network2024.waitFor();
    const networkSpoc = Number((await network2024.getByRole('cell').nth(1).textContent())?.replace(/\s/g, ''));
    expect((await evolutionChart.locator('text').allTextContents()).map((text) => text.replace(/\s/g, ''))).toContain(String(networkSpoc));
    await page.locator('figure.report-chart', { has: evolutionChart }).screenshot({ path: screenshotPath('e2e-reports-evolution-chart') });
    await page.locator('#report-evolution').screenshot({ path: screenshotPath('e2e-reports-evolution-table') });

    // Targets: one goal for the whole network, compared only with the whole network (a coordinator's
    // sites are a part of it: no network ratio); her organisation's own goal for 2024 becomes 100.
    await page.getByText(/^Objectifs enregistrés sur le serveur/).waitFor();
    const targets = page.getByRole('table', { name: "Objectifs et taux d'atteinte" });
    const network = targets.getByRole('row', { name: /^Réseau/ });
    expect((await network.getByRole('cell').nth(0).textContent())?.trim()).toBe('320');
    expect((await network.getByRole('cell').nth(2).textContent())?.trim()).toBe('—');
    const targetsForm = page.getByRole('form', { name: 'Fixer un objectif pour une année' });
    await targetsForm.getByLabel('Objectif de').selectOption({ label: 'Mission Locale de Schaerbeek' });
    await targetsForm.getByLabel('Objectif SPOC (personnes informées)').fill('-3');
    await targetsForm.getByLabel('Objectif accompagnement (personnes accompagnées)').fill('80');
    await targetsForm.getByRole('button', { name: 'Enregistrer les objectifs' }).click();
    await targetsForm.getByText('Un objectif ne peut pas être négatif : écrivez 0 ou plus.').waitFor();
    await targetsForm.getByLabel('Objectif SPOC (personnes informées)').fill('100');
    await targetsForm.getByRole('button', { name: 'Enregistrer les objectifs' }).click();
    await page.getByText('Objectifs enregistrés.', { exact: true }).waitFor();
    const schaerbeek = targets.getByRole('row', { name: /^Mission Locale de Schaerbeek/ });
    await expect.poll(async () => (await schaerbeek.getByRole('cell').nth(0).textContent())?.trim()).toBe('100');
    const schaerbeekPersons = Number((await schaerbeek.getByRole('cell').nth(1).textContent())?.replace(/\s/g, ''));
    expect(schaerbeekPersons).toBeGreaterThan(0);
    // Contacts on their own line, never among the persons.
    await page.getByText(/^Contacts non nommés \(participants non inscrits/).waitFor();

    expect(await axeViolations(page), 'axe violations on the reports screen').toEqual([]);
    await page.screenshot({ path: screenshotPath('e2e-reports-2024'), fullPage: true });
    // The part a reader checks first, at the tablet's size: goals and ratios, SPOC with the contacts apart.
    await page.getByRole('heading', { name: 'Objectifs' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('e2e-reports-2024-targets') });
    await page.getByRole('table', { name: 'Accompagnement par site' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('e2e-reports-2024-accompaniment') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger XLSX' }).click()]);
    expect(download.suggestedFilename()).toBe('rapport-activites_2024-01-01_2024-12-31.xlsx');
    const book = readXlsx(new Uint8Array(await readFile(await download.path())));
    const cover = book[0]?.rows.map((row) => row.map((cell) => cell?.value)) ?? [];
    expect(book[0]?.name).toBe("Rapport d'activités");
    expect(cover).toContainEqual(['Période', 'du 1er janvier au 31 décembre 2024']);
    expect(cover).toContainEqual(['Programme', 'SPOC & Accompagnement à la VDC']);
    expect(cover.find((row) => row[0] === 'Sites')?.[1]).toContain('Mission Locale de Schaerbeek');
    const sheet = book.find((candidate) => candidate.name === 'SPOC par site');
    expect(sheet?.rows[1]?.[2]?.value).toBe('Personnes');
    const lastRow = sheet?.rows.find((row) => row[0]?.value === 'Total');
    expect(lastRow?.[0]?.value).toBe('Total');
    expect(lastRow?.[2]).toEqual({ value: spocPersons, format: '0' });
    const goals = book.find((candidate) => candidate.name === "Objectifs et taux d'atteinte");
    const schaerbeekRow = goals?.rows.find((row) => row[0]?.value === 'Mission Locale de Schaerbeek');
    expect(schaerbeekRow?.[1]?.value).toBe(100);
    expect(schaerbeekRow?.[3]?.format).toBe('0%');
    expect(Number(schaerbeekRow?.[3]?.value)).toBeCloseTo(schaerbeekPersons / 100);
    // The evolution year is a number in the XLSX too.
    const evolutionSheet = book.find((worksheet) => worksheet.name.startsWith('Évolution'));
    expect(evolutionSheet?.rows.slice(2).some((row) => typeof row[0]?.value === 'number')).toBe(true);
    const names = book.map((worksheet) => worksheet.name);
    expect(names).toContain('Profil - genre');
    expect(names.every((name) => name.length <= 31)).toBe(true);
    // Small profile cells, and the cells that would give them away, are masked in the export.
    const communes = book.find((worksheet) => worksheet.name === 'Profil - commune de résidence');
    // (The rows under the table are its notes: one cell each.)
    const values = communes?.rows.slice(2).filter((row) => row[1] !== undefined).map((row) => row[1]?.value) ?? [];
    expect(values.every((value) => value === '<5' || value === 'masqué' || value === 0 || (typeof value === 'number' && value >= 5))).toBe(true);

    // The CSV: one file, the cover lines, then every table under its title, ";" and decimal commas.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toBe('rapport-activites_2024-01-01_2024-12-31.csv');
    const csv = await readFile(await csvDownload.path(), 'utf8');
    expect(csv.startsWith("\uFEFFRapport d'activités\r\nProgramme;SPOC & Accompagnement à la VDC\r\nPériode;du 1er janvier au 31 décembre 2024\r\n")).toBe(true);
    expect(csv).toContain('\r\nSPOC par site\r\nSite;Actions;Personnes;');
    expect(csv).toMatch(/\r\nTotal;\d+;\d+;\d+;\d+;\d+;\d+\r\n/);

    // Print: the header says what the report covers, the tables are the masked ones.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    // The print header's own line (the screen's period line says it too, after "Période").
    await page.getByText('du 1er janvier au 31 décembre 2024', { exact: true }).waitFor();
    expect(await page.getByRole('img', { name: /^Profil : tranche d'âge/ }).count()).toBe(0);
    // The data-quality panel names files: it never goes on paper.
    expect(await page.getByRole('heading', { name: 'Qualité des données' }).isVisible()).toBe(false);
    await page.screenshot({ path: screenshotPath('e2e-reports-2024-print'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.getByRole('img', { name: /^Profil : tranche d'âge/ }).waitFor();
    expect(reportRequests).toEqual([]);
  });
});
