import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace, TEST_USER, type MemoryRepository } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { ReportTable } from '../../domain/report';
import type { SyncedTable } from '../../domain/tables';
import { computeActivityReport } from '../../domain/report';
import type { ReportTargetEntry, ReportTargetsApi } from './report-targets';
import { reportTestInput, SITE_A, SITE_B, SITES } from './test-data';

/** Finding waits for a state, never a time; on a loaded machine the first render can take long. */
const SLOW = { timeout: 20_000 };
const COORDINATOR = { ...TEST_USER, role: 'coordinator' as const, siteIds: [SITE_A, SITE_B] };

/** The server's targets, in memory, with the calls it received. */
function fakeTargetsApi(initial: ReportTargetEntry[]): ReportTargetsApi & { rows: ReportTargetEntry[]; saves: number; lists: number; failList: boolean } {
  let cached: ReportTargetEntry[] | undefined;
  const same = (row: ReportTargetEntry, organisationId: string | null, year: number) => row.organisationId === organisationId && row.year === year;
  const api = {
    rows: [...initial],
    saves: 0,
    lists: 0,
    failList: false,
    async list() {
      api.lists += 1;
      if (api.failList) throw new Error('offline');
      return [...api.rows];
    },
    async save(figures: ReportTargetEntry) {
      api.saves += 1;
      api.rows = [...api.rows.filter((row) => !same(row, figures.organisationId, figures.year)), figures];
      return figures;
    },
    async remove(organisationId: string | null, year: number) {
      api.rows = api.rows.filter((row) => !same(row, organisationId, year));
    },
    cached: () => cached,
    remember(rows: readonly ReportTargetEntry[]) {
      cached = [...rows];
    },
  };
  return api;
}

function coordinatorWorkspace(api: ReportTargetsApi, role: 'coordinator' | 'admin' = 'coordinator') {
  const workspace = createMemoryWorkspace({ ...COORDINATOR, role }, { reportTargets: api });
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
    .map((cell) => cell.textContent?.replace(/\s/g, ' '));
const percent = (value: number) => `${Math.round(value * 100)} %`;

async function open2024() {
  const user = userEvent.setup();
  await user.selectOptions(await screen.findByLabelText('Année', undefined, SLOW), '2024');
  await screen.findByText('Période du 1er janvier au 31 décembre 2024', undefined, SLOW);
  return user;
}

describe('report targets on the reports screen', () => {
  it("compares the network's distinct persons with its ONE goal, and an organisation's with its own on its row", async () => {
    const api = fakeTargetsApi([
      { organisationId: null, year: 2024, spocPersons: 300, accompaniedPersons: 150 },
      { organisationId: SITE_A, year: 2024, spocPersons: 100, accompaniedPersons: 50 },
    ]);
    // An administrator's tablet holds every site: all ticked, the report is the whole network's.
    const { workspace, input } = coordinatorWorkspace(api, 'admin');
    renderApp('/rapports', signedInService(workspace));
    await open2024();
    const report = computeActivityReport(input, { from: '2024-01-01', to: '2024-12-31', siteIds: COORDINATOR.siteIds });
    await screen.findByText(/^Objectifs enregistrés sur le serveur/, undefined, SLOW);
    const targets = screen.getByRole('table', { name: "Objectifs et taux d'atteinte" });
    const { persons } = report.spoc.total;
    const accompanied = report.accompaniment.total.persons;
    await waitFor(() => expect(cells(targets, 'Réseau')).toEqual(['300', String(persons), percent(persons / 300), '150', String(accompanied), percent(accompanied / 150)]), SLOW);
    const spocA = report.spoc.bySite.find((row) => row.siteId === SITE_A)?.persons ?? 0;
    const accA = report.accompaniment.bySite.find((row) => row.siteId === SITE_A)?.persons ?? 0;
    expect(cells(targets, 'Mission locale de Bruxelles')).toEqual(['100', String(spocA), percent(spocA / 100), '50', String(accA), percent(accA / 50)]);
  }, 90_000);

  it("never compares a coordinator's sites (a part of the network) with the network's goal", async () => {
    const api = fakeTargetsApi([{ organisationId: null, year: 2024, spocPersons: 300, accompaniedPersons: 150 }]);
    const { workspace } = coordinatorWorkspace(api);
    renderApp('/rapports', signedInService(workspace));
    await open2024();
    await screen.findByText(/^Objectifs enregistrés sur le serveur/, undefined, SLOW);
    const targets = screen.getByRole('table', { name: "Objectifs et taux d'atteinte" });
    await waitFor(() => expect(cells(targets, 'Réseau')[0]).toBe('300'), SLOW);
    expect(cells(targets, 'Réseau')[2]).toBe('—');
    expect(cells(targets, 'Réseau')[5]).toBe('—');
  }, 90_000);

  it("lets a coordinator enter her organisation's goal for a year (never the network's), refuses bad input in words, and removes it", async () => {
    const api = fakeTargetsApi([]);
    const { workspace } = coordinatorWorkspace(api);
    renderApp('/rapports', signedInService(workspace));
    const user = await open2024();
    const form = await screen.findByRole('form', { name: 'Fixer un objectif pour une année' }, SLOW);
    const scope = within(form).getByLabelText('Objectif de');
    expect(within(scope).getAllByRole('option').map((option) => option.textContent)).toEqual(['CPAS', 'Mission locale de Bruxelles']);
    await user.selectOptions(scope, SITE_B);
    expect(within(form).getByLabelText("Année de l'objectif")).toHaveProperty('value', '2024');
    const spocInput = within(form).getByLabelText('Objectif SPOC (personnes informées)');
    const accompaniedInput = within(form).getByLabelText('Objectif accompagnement (personnes accompagnées)');

    for (const [typed, message] of [
      ['-5', 'Un objectif ne peut pas être négatif : écrivez 0 ou plus.'],
      ['beaucoup', 'Écrivez un nombre entier de personnes, en chiffres (par exemple 320).'],
      ['5000000', 'Ce nombre est trop grand : au plus 100 000 personnes.'],
    ] as const) {
      await user.clear(spocInput);
      await user.type(spocInput, typed);
      await user.click(within(form).getByRole('button', { name: 'Enregistrer les objectifs' }));
      // The message sits in the field, which takes the focus.
      await waitFor(() => expect(document.getElementById('target-spocPersons-error')?.textContent?.replace(/\s/g, ' ')).toBe(message.replace(/\s/g, ' ')));
      expect(spocInput.getAttribute('aria-invalid')).toBe('true');
      expect(spocInput.getAttribute('aria-describedby')).toBe('target-spocPersons-error');
      expect(document.activeElement).toBe(spocInput);
    }
    expect(api.saves).toBe(0);

    await user.clear(spocInput);
    await user.type(spocInput, '150');
    await user.clear(accompaniedInput);
    await user.type(accompaniedInput, '90');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer les objectifs' }));
    await screen.findByText('Objectifs enregistrés.', undefined, SLOW);
    expect(api.rows).toEqual([{ organisationId: SITE_B, year: 2024, spocPersons: 150, accompaniedPersons: 90 }]);
    expect(cells(screen.getByRole('table', { name: "Objectifs et taux d'atteinte" }), 'CPAS')[0]).toBe('150');

    await user.click(within(form).getByRole('button', { name: 'Supprimer cet objectif' }));
    await screen.findByText('Objectif supprimé.', undefined, SLOW);
    expect(api.rows).toEqual([]);
    expect(screen.getByRole('table', { name: "Objectifs et taux d'atteinte" }).textContent).not.toContain('CPAS');
  }, 90_000);

  it('offline, keeps the last known targets and says so', async () => {
    const api = fakeTargetsApi([{ organisationId: null, year: 2024, spocPersons: 100, accompaniedPersons: 50 }]);
    const { workspace } = coordinatorWorkspace(api);
    renderApp('/rapports', signedInService(workspace));
    await open2024();
    await screen.findByText(/^Objectifs enregistrés sur le serveur/, undefined, SLOW);
    act(() => workspace.sync.setStatus({ phase: 'offline', pending: 0, needsAttention: 0, lastSyncedAt: '2026-11-20T09:30:00.000Z' }));
    await screen.findByText(/^Hors ligne : objectifs connus lors de la dernière connexion/, undefined, SLOW);
    expect(cells(screen.getByRole('table', { name: "Objectifs et taux d'atteinte" }), 'Réseau')[0]).toBe('100');
    expect(screen.getByText('Les objectifs se modifient en ligne seulement.')).toBeTruthy();
  }, 90_000);

  it("uses the network's 2024 goal when the server's targets cannot be read, and says so", async () => {
    const api = fakeTargetsApi([{ organisationId: null, year: 2024, spocPersons: 100, accompaniedPersons: 50 }]);
    api.failList = true;
    const { workspace } = coordinatorWorkspace(api);
    renderApp('/rapports', signedInService(workspace));
    await open2024();
    await screen.findByText("Les objectifs du serveur n'ont pas pu être lus. Réessayez plus tard.", undefined, SLOW);
    expect(screen.getByText(/^Objectif 2024 du réseau : 320 personnes informées et 200 accompagnées/)).toBeTruthy();
    expect(cells(screen.getByRole('table', { name: "Objectifs et taux d'atteinte" }), 'Réseau')[0]).toBe('320');
  }, 90_000);

  it('shows an adviser no report, no menu entry and no error about targets, and asks the server nothing', async () => {
    const api = fakeTargetsApi([]);
    const { workspace } = coordinatorWorkspace(api);
    Object.assign(workspace, { user: { ...COORDINATOR, role: 'adviser' } });
    renderApp('/rapports', signedInService(workspace));
    await screen.findByText("Les rapports d'activité sont lus par la coordination (coordinateurs et administrateurs).", undefined, SLOW);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(screen.getByRole('navigation', { name: 'Navigation principale' })).queryByRole('link', { name: 'Rapports' })).toBeNull();
    expect(api.lists).toBe(0);
  }, 90_000);
});
