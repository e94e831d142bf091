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
function fakeTargetsApi(initial: ReportTargetEntry[]): ReportTargetsApi & { rows: ReportTargetEntry[]; saves: number; failList: boolean } {
  let cached: ReportTargetEntry[] | undefined;
  const api = {
    rows: [...initial],
    saves: 0,
    failList: false,
    async list() {
      if (api.failList) throw new Error('offline');
      return [...api.rows];
    },
    async save(figures: ReportTargetEntry) {
      api.saves += 1;
      api.rows = [...api.rows.filter((row) => row.siteId !== figures.siteId || row.year !== figures.year), figures];
      return figures;
    },
    async remove(siteId: string, year: number) {
      api.rows = api.rows.filter((row) => row.siteId !== siteId || row.year !== year);
    },
    cached: () => cached,
    remember(rows: readonly ReportTargetEntry[]) {
      cached = [...rows];
    },
  };
  return api;
}

function coordinatorWorkspace(api: ReportTargetsApi | undefined) {
  const workspace = createMemoryWorkspace(COORDINATOR);
  const input = reportTestInput();
  const tables: ReportTable[] = ['candidates', 'spocActions', 'accompaniments', 'moduleSessions', 'attendance', 'validationSteps'];
  for (const table of tables) {
    const repo = workspace.repo(table) as unknown as MemoryRepository<SyncedTable>;
    for (const record of input[table] ?? []) repo.seed(record.id, record.siteId, record.data);
  }
  for (const site of SITES) (workspace.repo('sites') as MemoryRepository<'sites'>).seed(site.id, site.id, site.data);
  workspace.sync.setStatus({ phase: 'idle', pending: 0, needsAttention: 0, lastSyncedAt: '2026-11-20T09:30:00.000Z' });
  return { workspace: api ? Object.assign(workspace, { reportTargets: api }) : workspace, input };
}

const cells = (table: HTMLElement, rowName: string) =>
  within(within(table).getByRole('row', { name: new RegExp(`^${rowName}`) }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent?.replace(/\s/g, ' '));
const percent = (value: number) => `${Math.round(value * 100)} %`;

async function open2024() {
  const user = userEvent.setup();
  await user.selectOptions(await screen.findByLabelText('Année', undefined, SLOW), '2024');
  await screen.findByText('Période du 2024-01-01 au 2024-12-31', undefined, SLOW);
  return user;
}

describe('report targets on the reports screen', () => {
  it('shows the server’s targets per site with their ratios, and the defaults for a site without one', async () => {
    const api = fakeTargetsApi([{ siteId: SITE_A, year: 2024, spocPersons: 100, accompaniedPersons: 50 }]);
    const { workspace, input } = coordinatorWorkspace(api);
    renderApp('/rapports', signedInService(workspace));
    await open2024();
    const report = computeActivityReport(input, { from: '2024-01-01', to: '2024-12-31', siteIds: COORDINATOR.siteIds });
    await screen.findByText(/^Objectifs enregistrés sur le serveur/, undefined, SLOW);

    const spoc = screen.getByRole('table', { name: 'SPOC par site' });
    const spocA = report.spoc.bySite.find((row) => row.siteId === SITE_A)?.persons ?? 0;
    await waitFor(() => expect(cells(spoc, 'Mission locale de Bruxelles').slice(5)).toEqual(['100', percent(spocA / 100)]), SLOW);
    expect(cells(spoc, 'CPAS').slice(5)[0]).toBe('320');
    expect(cells(spoc, 'Total').slice(5)).toEqual(['420', percent(report.spoc.total.persons / 420)]);
    const accompaniment = screen.getByRole('table', { name: 'Accompagnement par site' });
    expect(cells(accompaniment, 'Total').slice(3)).toEqual(['250', percent(report.accompaniment.total.persons / 250)]);
  }, 90_000);

  it('lets a coordinator enter a site’s targets for a year, refuses bad input in words, and goes back to the defaults', async () => {
    const api = fakeTargetsApi([]);
    const { workspace } = coordinatorWorkspace(api);
    renderApp('/rapports', signedInService(workspace));
    const user = await open2024();
    const form = await screen.findByRole('form', { name: "Fixer les objectifs d'un site pour une année" }, SLOW);
    await user.selectOptions(within(form).getByLabelText("Site de l'objectif"), SITE_B);
    expect(within(form).getByLabelText("Année de l'objectif")).toHaveProperty('value', '2024');
    const spocInput = within(form).getByLabelText('Objectif SPOC (personnes informées)');
    const accompaniedInput = within(form).getByLabelText('Objectif accompagnement (personnes accompagnées)');

    for (const [typed, message] of [
      ['-5', 'Un objectif ne peut pas être négatif : écrivez 0 ou plus.'],
      ['beaucoup', 'Écrivez un nombre entier de personnes, en chiffres (par exemple 320).'],
      ['12.5', 'Écrivez un nombre entier de personnes, en chiffres (par exemple 320).'],
      ['5000000', 'Ce nombre est trop grand : au plus 100 000 personnes.'],
    ] as const) {
      await user.clear(spocInput);
      await user.type(spocInput, typed);
      await user.click(within(form).getByRole('button', { name: 'Enregistrer les objectifs' }));
      expect((await within(form).findByRole('alert')).textContent?.replace(/\s/g, ' ')).toBe(message.replace(/\s/g, ' '));
      expect(spocInput.getAttribute('aria-invalid')).toBe('true');
    }
    expect(api.saves).toBe(0);

    await user.clear(spocInput);
    await user.type(spocInput, '150');
    await user.clear(accompaniedInput);
    await user.type(accompaniedInput, '90');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer les objectifs' }));
    await screen.findByText('Objectifs enregistrés.', undefined, SLOW);
    expect(api.rows).toEqual([{ siteId: SITE_B, year: 2024, spocPersons: 150, accompaniedPersons: 90 }]);
    const spoc = screen.getByRole('table', { name: 'SPOC par site' });
    expect(cells(spoc, 'CPAS')[5]).toBe('150');
    expect(cells(spoc, 'Total')[5]).toBe('470');

    await user.click(within(form).getByRole('button', { name: 'Revenir aux objectifs par défaut' }));
    await screen.findByText('Objectifs remis aux valeurs par défaut.', undefined, SLOW);
    expect(api.rows).toEqual([]);
    expect(cells(screen.getByRole('table', { name: 'SPOC par site' }), 'CPAS')[5]).toBe('320');
  }, 90_000);

  it('offline, keeps the last known targets and says so; without any, the defaults, said too', async () => {
    const api = fakeTargetsApi([{ siteId: SITE_A, year: 2024, spocPersons: 100, accompaniedPersons: 50 }]);
    const { workspace } = coordinatorWorkspace(api);
    renderApp('/rapports', signedInService(workspace));
    await open2024();
    await screen.findByText(/^Objectifs enregistrés sur le serveur/, undefined, SLOW);
    act(() => workspace.sync.setStatus({ phase: 'offline', pending: 0, needsAttention: 0, lastSyncedAt: '2026-11-20T09:30:00.000Z' }));
    await screen.findByText(/^Hors ligne : objectifs connus lors de la dernière connexion/, undefined, SLOW);
    expect(cells(screen.getByRole('table', { name: 'SPOC par site' }), 'Mission locale de Bruxelles')[5]).toBe('100');
    expect(screen.getByText('Les objectifs se modifient en ligne seulement.')).toBeTruthy();
  }, 90_000);

  it('uses the defaults when the server’s targets cannot be read, and says so', async () => {
    const api = fakeTargetsApi([{ siteId: SITE_A, year: 2024, spocPersons: 100, accompaniedPersons: 50 }]);
    api.failList = true;
    const { workspace } = coordinatorWorkspace(api);
    renderApp('/rapports', signedInService(workspace));
    await open2024();
    await screen.findByText("Les objectifs du serveur n'ont pas pu être lus. Réessayez plus tard.", undefined, SLOW);
    expect(screen.getByText(/^Objectifs par défaut : 320 personnes informées et 200 accompagnées/)).toBeTruthy();
    expect(cells(screen.getByRole('table', { name: 'SPOC par site' }), 'Mission locale de Bruxelles')[5]).toBe('320');
  }, 90_000);
});
