import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace, TEST_USER, type MemoryRepository } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import { brusselsDate } from '../../domain/dates';
import { computeActivityReport, type ReportTable } from '../../domain/report';
import type { SyncedTable } from '../../domain/tables';
import { TransportError } from '../../sync/transport';
import { reportTestInput, SITES } from './test-data';

function workspaceWithData() {
  // An administrator: her tablet holds every site, so ticking them all is the whole network.
  const workspace = createMemoryWorkspace({ ...TEST_USER, role: 'admin' });
  // The server's targets are not read here: the screen counts against the 2024 goal and says so.
  workspace.reportTargets.list = async () => Promise.reject(new TransportError('network'));
  const input = reportTestInput();
  const tables: ReportTable[] = ['candidates', 'spocActions', 'accompaniments', 'moduleSessions', 'attendance', 'validationSteps'];
  for (const table of tables) {
    const repo = workspace.repo(table) as unknown as MemoryRepository<SyncedTable>;
    for (const record of input[table] ?? []) repo.seed(record.id, record.siteId, record.data);
  }
  for (const site of SITES) (workspace.repo('sites') as MemoryRepository<'sites'>).seed(site.id, site.id, site.data);
  workspace.sync.setStatus({ phase: 'idle', pending: 0, needsAttention: 0, lastSyncedAt: '2026-11-20T09:30:00.000Z' });
  return { workspace, input };
}

const cells = (table: HTMLElement, rowName: string) =>
  within(within(table).getByRole('row', { name: new RegExp(`^${rowName}`) }))
    .getAllByRole('cell')
    .map((cell) => nbsp(cell.textContent));
/** Intl writes "3 %" with a narrow no-break space. */
function nbsp(text: string | null | undefined) {
  return text?.replace(/\s/g, ' ');
}

describe('reports screen', () => {
  it('shows the figures of computeActivityReport over the local data, for the chosen year and sites', async () => {
    const { workspace, input } = workspaceWithData();
    renderApp('/rapports', signedInService(workspace));
    await screen.findByRole('heading', { name: "Rapport d'activités", level: 1 });
    expect(screen.getByText(/^Données locales au 20 novembre 2026/)).toBeTruthy();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Année'), '2024');
    await screen.findByText('Période du 1er janvier au 31 décembre 2024');

    const expected = computeActivityReport(input, { from: '2024-01-01', to: '2024-12-31', siteIds: workspace.user.siteIds, asOf: brusselsDate() });
    const spoc = screen.getByRole('table', { name: 'SPOC par site' });
    const t = expected.spoc.total;
    const siteA = expected.spoc.bySite.find((row) => row.siteId === 'site-ml-bxl');
    // Contacts on their own column, never in the persons.
    expect(cells(spoc, 'Total')).toEqual([String(t.actions), String(t.persons), String(t.byKind.individuelle), String(t.byKind.collective), String(t.byKind.mail), String(t.contacts)]);
    expect(screen.getByText(new RegExp(`^Contacts non nommés .* : ${t.contacts}\\.`))).toBeTruthy();
    // One network goal, never one per site added up: the sites ticked are the whole network here.
    const targets = screen.getByRole('table', { name: "Objectifs et taux d'atteinte" });
    expect(cells(targets, 'Réseau')).toEqual(['320', String(t.persons), `${Math.round((t.persons / 320) * 100)} %`, '200', String(expected.accompaniment.total.persons),
      `${Math.round((expected.accompaniment.total.persons / 200) * 100)} %`]);
    expect(screen.getByText(/^Objectif 2024 du réseau : 320 personnes informées et 200 accompagnées/)).toBeTruthy();
    expect(screen.getByText(`${expected.personsReached} personnes distinctes atteintes sur la période (informées ou accompagnées) : la base des tableaux de profils.`)).toBeTruthy();
    expect(cells(spoc, 'Mission locale de Bruxelles').slice(0, 2)).toEqual([String(siteA?.actions), String(siteA?.persons)]);

    const validation = screen.getByRole('table', { name: 'Parcours de validation par site' });
    const v = expected.validation.total;
    expect(cells(validation, 'Total')).toEqual([
      String(v.registrations), String(v.testsTaken), String(v.titres),
      `${Math.round((v.presenceRate ?? 0) * 100)} %`, `${Math.round((v.successRate ?? 0) * 100)} %`,
      String(v.walloonTestsTaken), `${Math.round((expected.validation.walloonShare ?? 0) * 100)} %`,
    ]);
    // A rate without denominator reads "—" (site B's registered test has no result yet).
    expect(cells(validation, 'CPAS')[4]).toBe('—'); // success rate: no test taken

    const accompaniment = screen.getByRole('table', { name: 'Accompagnement par site' });
    const a = expected.accompaniment.total;
    expect(cells(accompaniment, 'Total')).toEqual([String(a.accompaniments), String(a.new), String(a.carriedOver), String(a.persons), String(a.personsWithTitre)]);
    // The screen shows profile counts unmasked.
    const commune = screen.getByRole('table', { name: 'Profil : commune de résidence' });
    expect(cells(commune, 'Etterbeek')).toEqual([String(expected.profiles.commune.etterbeek)]);

    // The evolution table starts at the local data's first year (2023 here), not at the period's.
    const evolution = screen.getByRole('table', { name: 'Évolution des personnes par site et par année' });
    const withHistory = computeActivityReport(input, { from: '2024-01-01', to: '2024-12-31', siteIds: workspace.user.siteIds, evolutionYears: [2023, 2024] });
    // Per year, a row per site and the network's row.
    const years = withHistory.evolution.network.flatMap((network) => [...withHistory.evolution.rows.filter((row) => row.year === network.year), network].map(() => String(network.year)));
    expect(within(evolution).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(years);
    expect(withHistory.evolution.network[0]?.year).toBe(2023);
    const network2024 = withHistory.evolution.network.find((row) => row.year === 2024);
    const networkRow = within(evolution).getAllByRole('row').find((row) => row.textContent?.startsWith('2024Réseau'));
    expect(networkRow?.textContent).toContain(`Réseau (personnes distinctes)${String(network2024?.spocPersons)}`);

    // The data-quality panel counts the test whose date passed without a result.
    expect(screen.getByText(`Épreuves passées sans résultat : ${expected.dataQuality.testsWithoutResult.length}`)).toBeTruthy();
  }, 90_000);

  it('follows an unticked site', async () => {
    const { workspace, input } = workspaceWithData();
    renderApp('/rapports', signedInService(workspace));
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Année'), '2024');
    await screen.findByText('Période du 1er janvier au 31 décembre 2024');
    // Unticking a site recomputes without it; a part of the network gets no network ratio.
    await user.click(screen.getByRole('checkbox', { name: 'CPAS' }));
    const onlyA = computeActivityReport(input, { from: '2024-01-01', to: '2024-12-31', siteIds: ['site-ml-bxl'], asOf: brusselsDate() });
    const total = cells(screen.getByRole('table', { name: 'SPOC par site' }), 'Total');
    expect(total[1]).toBe(String(onlyA.spoc.total.persons));
    expect(cells(screen.getByRole('table', { name: "Objectifs et taux d'atteinte" }), 'Réseau')[2]).toBe('—');
  }, 90_000);

  it('draws the evolution and profile charts with their figures written on the bars', async () => {
    const { workspace, input } = workspaceWithData();
    renderApp('/rapports', signedInService(workspace));
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Année'), '2024');
    await screen.findByText('Période du 1er janvier au 31 décembre 2024');
    const expected = computeActivityReport(input, { from: '2024-01-01', to: '2024-12-31', siteIds: workspace.user.siteIds, evolutionYears: [2023, 2024] });

    const evolution = screen.getByRole('img', { name: /^Évolution des personnes par année/ });
    const texts = [...evolution.querySelectorAll('text')].map((node) => nbsp(node.textContent));
    // The bars are the network's distinct persons, not a sum of the sites.
    const network2024 = expected.evolution.network.find((row) => row.year === 2024);
    expect(texts).toContain('2023');
    expect(texts).toContain(String(network2024?.spocPersons));
    expect(texts).toContain(String(network2024?.accompaniedPersons));
    // The series are told apart by pattern and named in words, not by colour alone.
    expect(screen.getByText('Personnes accompagnées : barre hachurée')).toBeTruthy();

    const ageBands = screen.getByRole('img', { name: /^Profil : tranche d'âge/ });
    const ageTexts = [...ageBands.querySelectorAll('text')].map((node) => node.textContent);
    for (const [band, count] of Object.entries(expected.profiles.ageBand)) {
      if (count === 0) continue;
      expect(ageTexts).toContain(band === 'unknown' ? 'Non renseigné' : ({ '<25': 'Moins de 25 ans', '25-34': '25 à 34 ans', '35-44': '35 à 44 ans', '45-49': '45 à 49 ans', '50-54': '50 à 54 ans', '55+': '55 ans et plus' } as Record<string, string>)[band]);
      expect(ageTexts).toContain(String(count));
    }
    // The tables stay, as the accessible equivalent.
    expect(screen.getByRole('table', { name: "Profil : tranche d'âge" })).toBeTruthy();
  }, 90_000);

  it('prints the masked tables under a header saying the programme, the period in words and the sites, then shows the exact ones again', async () => {
    const { workspace, input } = workspaceWithData();
    renderApp('/rapports', signedInService(workspace));
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Année'), '2024');
    await screen.findByText('Période du 1er janvier au 31 décembre 2024');
    const expected = computeActivityReport(input, { from: '2024-01-01', to: '2024-12-31', siteIds: workspace.user.siteIds, asOf: brusselsDate() });
    expect(expected.profiles.commune.etterbeek).toBe(4);
    expect(screen.getByText('du 1er janvier au 31 décembre 2024')).toBeTruthy();
    expect(screen.getByText('SPOC & Accompagnement à la VDC')).toBeTruthy();
    expect(screen.getByText('Mission locale de Bruxelles, CPAS')).toBeTruthy();

    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(cells(screen.getByRole('table', { name: 'Profil : commune de résidence' }), 'Etterbeek')).toEqual(['<5']);
    expect(screen.queryByRole('img', { name: /^Profil : tranche d'âge/ })).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(cells(screen.getByRole('table', { name: 'Profil : commune de résidence' }), 'Etterbeek')).toEqual(['4']);
  }, 90_000);
});
