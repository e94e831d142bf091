import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryWorkspace, TEST_USER, type MemoryRepository } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import { brusselsDate } from '../../domain/dates';
import { createPastYearsApi } from '../../sync/past-years-api';
import type { PastYearEntry } from './past-years-api';
import { SITE_A, SITE_B, SITES } from './test-data';

const COORDINATOR = { ...TEST_USER, role: 'coordinator' as const, siteIds: [SITE_A, SITE_B] };
const LAST_YEAR = Number(brusselsDate().slice(0, 4)) - 1;

function coordinatorWorkspace(closedOn: Record<string, string> = {}) {
  const workspace = createMemoryWorkspace(COORDINATOR, { pastYears: createPastYearsApi({ getToken: () => 'token-1' }) });
  for (const site of SITES) (workspace.repo('sites') as MemoryRepository<'sites'>).seed(site.id, site.id, closedOn[site.id] ? { ...site.data, closedOn: closedOn[site.id] } : site.data);
  workspace.sync.setStatus({ phase: 'idle', pending: 0, needsAttention: 0, lastSyncedAt: '2026-11-20T09:30:00.000Z' });
  return workspace;
}

/** A fake server holding the entered rows, answering the three calls. */
function fakeServer(initial: PastYearEntry[]) {
  let rows = [...initial];
  const calls: { method: string; url: string; body?: unknown; auth?: string }[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as PastYearEntry) : undefined;
    calls.push({ method: init.method ?? 'GET', url, body, auth: headers.authorization });
    if (init.method === 'PUT' && body) {
      rows = [...rows.filter((row) => row.siteId !== body.siteId || row.year !== body.year), body];
      return new Response(JSON.stringify({ pastYear: body }), { status: 200 });
    }
    if (init.method === 'DELETE') {
      const query = new URL(url, 'http://x').searchParams;
      rows = rows.filter((row) => row.siteId !== query.get('siteId') || row.year !== Number(query.get('year')));
      return new Response(null, { status: 204 });
    }
    return new Response(JSON.stringify({ pastYears: rows }), { status: 200 });
  });
  return { fetch, calls };
}

const evolutionRows = () =>
  within(screen.getByRole('table', { name: 'Évolution des personnes par site et par année' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent ?? '');

describe('past years on the reports screen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists, adds and deletes past years online, and the evolution table includes them', async () => {
    const server = fakeServer([{ siteId: SITE_A, year: 2019, spocPersons: 51, accompaniedPersons: 32 }]);
    vi.stubGlobal('fetch', server.fetch);
    renderApp('/rapports', signedInService(coordinatorWorkspace()));
    const section = await screen.findByRole('region', { name: 'Chiffres des années passées' });
    const table = await within(section).findByRole('table', { name: 'Chiffres encodés pour les années passées' });
    // The sites' names arrive with their table (a transition): the row may show first.
    await waitFor(() => expect(within(table).getByRole('row', { name: /^2019/ }).textContent).toContain('Mission locale de Bruxelles'));
    expect(server.calls[0]).toMatchObject({ method: 'GET', url: '/api/reports/past-years', auth: 'Bearer token-1' });
    // Columns: year, site, informed, accompanied, accompaniments (not entered: —), two growths (— on a site row), origin.
    await waitFor(() => expect(evolutionRows()).toContain('2019Mission locale de Bruxelles5132———Saisi'));
    // The other site entered nothing for 2019: unknown, never 0; so is the network's distinct total.
    expect(evolutionRows()).toContain('2019CPAS—————Inconnu (non saisi)');
    expect(evolutionRows()).toContain('2019Réseau (personnes distinctes)—————Inconnu (non saisi)');

    const user = userEvent.setup();
    const form = within(section).getByRole('form', { name: 'Ajouter une année' });
    await user.clear(within(form).getByLabelText('Année des chiffres'));
    await user.type(within(form).getByLabelText('Année des chiffres'), String(LAST_YEAR + 1));
    await user.type(within(form).getByLabelText('Personnes informées (SPOC)'), '7');
    await user.type(within(form).getByLabelText('Personnes accompagnées'), '3');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    // The message sits in the year's field, which takes the focus; nothing is sent.
    const year = within(form).getByLabelText('Année des chiffres');
    await waitFor(() => expect(year.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(year.getAttribute('aria-describedby') ?? '')?.textContent).toBe(`Indiquez une année de 1990 à ${LAST_YEAR}.`);
    expect(document.activeElement).toBe(year);
    expect(server.calls.filter((call) => call.method === 'PUT')).toHaveLength(0);

    await user.clear(within(form).getByLabelText('Année des chiffres'));
    await user.type(within(form).getByLabelText('Année des chiffres'), '2018');
    await user.selectOptions(within(form).getByLabelText('Site'), SITE_B);
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await within(section).findByText('Chiffres enregistrés.');
    expect(server.calls.find((call) => call.method === 'PUT')?.body).toEqual({ siteId: SITE_B, year: 2018, spocPersons: 7, accompaniedPersons: 3, accompaniments: null });
    expect(within(table).getByRole('row', { name: /^2018/ }).textContent).toContain('CPAS');
    await waitFor(() => expect(evolutionRows().slice(0, 3)).toEqual(['2018CPAS73———Saisi', '2018Mission locale de Bruxelles—————Inconnu (non saisi)', '2018Réseau (personnes distinctes)—————Inconnu (non saisi)']));

    // Delete asks for confirmation first.
    await user.click(within(section).getByRole('button', { name: 'Supprimer 2019, Mission locale de Bruxelles' }));
    expect(server.calls.filter((call) => call.method === 'DELETE')).toHaveLength(0);
    await user.click(within(section).getByRole('button', { name: 'Oui, supprimer' }));
    await within(section).findByText('Chiffres supprimés.');
    expect(server.calls.find((call) => call.method === 'DELETE')?.url).toBe(`/api/reports/past-years?siteId=${SITE_A}&year=2019`);
    expect(within(table).queryByRole('row', { name: /^2019/ })).toBeNull();
    expect(evolutionRows().some((row) => row.startsWith('2019Mission locale de Bruxelles5132'))).toBe(false);
  }, 90_000);

  it('enters a past year of a site that left the programme, which keeps its history, marked as closed', async () => {
    const server = fakeServer([]);
    vi.stubGlobal('fetch', server.fetch);
    renderApp('/rapports', signedInService(coordinatorWorkspace({ [SITE_B]: '2024-06-30' })));
    const section = await screen.findByRole('region', { name: 'Chiffres des années passées' });
    const user = userEvent.setup();
    const form = within(section).getByRole('form', { name: 'Ajouter une année' });
    await user.clear(within(form).getByLabelText('Année des chiffres'));
    await user.type(within(form).getByLabelText('Année des chiffres'), '2020');
    await user.selectOptions(within(form).getByLabelText('Site'), SITE_B);
    await user.type(within(form).getByLabelText('Personnes informées (SPOC)'), '40');
    await user.type(within(form).getByLabelText('Personnes accompagnées'), '12');
    await user.type(within(form).getByLabelText('Accompagnements (facultatif)'), '15');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await within(section).findByText('Chiffres enregistrés.');
    expect(server.calls.find((call) => call.method === 'PUT')?.body).toEqual({ siteId: SITE_B, year: 2020, spocPersons: 40, accompaniedPersons: 12, accompaniments: 15 });
    await waitFor(() => expect(evolutionRows()).toContain('2020CPAS (a quitté le programme)401215——Saisi'));
  }, 90_000);

  it('corrects an entered year through the same form', async () => {
    const server = fakeServer([{ siteId: SITE_A, year: 2019, spocPersons: 51, accompaniedPersons: 32 }]);
    vi.stubGlobal('fetch', server.fetch);
    renderApp('/rapports', signedInService(coordinatorWorkspace()));
    const section = await screen.findByRole('region', { name: 'Chiffres des années passées' });
    const user = userEvent.setup();
    await user.click(await within(section).findByRole('button', { name: 'Modifier 2019, Mission locale de Bruxelles' }));
    const form = within(section).getByRole('form', { name: 'Corriger une année' });
    await user.clear(within(form).getByLabelText('Personnes informées (SPOC)'));
    await user.type(within(form).getByLabelText('Personnes informées (SPOC)'), '60');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await within(section).findByText('Chiffres enregistrés.');
    expect(server.calls.find((call) => call.method === 'PUT')?.body).toEqual({ siteId: SITE_A, year: 2019, spocPersons: 60, accompaniedPersons: 32, accompaniments: null });
  }, 90_000);

  it('explains offline that entering needs a connection and that the evolution table lacks them', async () => {
    const server = fakeServer([]);
    vi.stubGlobal('fetch', server.fetch);
    const workspace = coordinatorWorkspace();
    workspace.sync.setStatus({ phase: 'offline', pending: 0, needsAttention: 0 });
    renderApp('/rapports', signedInService(workspace));
    const section = await screen.findByRole('region', { name: 'Chiffres des années passées' });
    expect(within(section).getByRole('status').textContent).toMatch(/^L'encodage des chiffres des années passées demande une connexion\. Ils n'ont pas été chargés/);
    expect(within(section).getByRole('button', { name: 'Enregistrer' }).closest('fieldset')?.disabled).toBe(true);
    expect(await screen.findByText(/^Les chiffres des années passées ne sont pas disponibles/)).toBeTruthy();
    expect(server.fetch).not.toHaveBeenCalled();
  }, 90_000);

  it('hides the section from advisers', async () => {
    renderApp('/rapports', signedInService(createMemoryWorkspace(TEST_USER, { pastYears: createPastYearsApi({ getToken: () => 'token-1' }) })));
    await screen.findByText("Les rapports d'activité sont lus par la coordination (coordinateurs et administrateurs).");
    expect(screen.queryByRole('region', { name: 'Chiffres des années passées' })).toBeNull();
  }, 90_000);
});
