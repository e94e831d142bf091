import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../app/test-support/render-app';
import type { SessionService } from '../../components/session/session-context';
import { computeActivityReport, networkReport } from '../../domain/report';
import type { NetworkPastYearFigures } from '../../domain/report';
import type { NetworkPastYearEntry, NetworkPastYearsApi } from '../../sync/network-past-years-api';
import type { ReporterSession } from '../../sync/workspace';
import { SITE_A, SITE_B, reportTestInput } from './test-data';

/** A reporter's sign-in: no workspace, the server's masked report (here computed in the test). */
function reporterService(asked: string[], networkPastYears?: NetworkPastYearsApi, entered: () => NetworkPastYearFigures[] = () => []): SessionService {
  const reporter: ReporterSession = {
    user: { id: 'r1', name: 'Coordination du réseau', role: 'reporter', siteIds: [] },
    networkPastYears,
    report: {
      async activity(period) {
        asked.push(`${period.from}..${period.to}`);
        const report = computeActivityReport({ ...reportTestInput(), networkPastYears: entered() }, { ...period, siteIds: [SITE_A, SITE_B], asOf: period.to });
        return networkReport(report, { [SITE_A]: 'Mission Locale de Bruxelles', [SITE_B]: 'CPAS de Bruxelles' });
      },
      async logout() {},
    },
    signOut: async () => {
      asked.push('signed out');
    },
  };
  return { signIn: async () => ({ ok: false, reason: 'reporter', reporter }), resumeSession: async () => null };
}

describe('the network reporter on the app', () => {
  it('opens no workspace: the masked report of the server, online only, in words', async () => {
    const asked: string[] = [];
    renderApp('/login', reporterService(asked));
    await userEvent.type(await screen.findByLabelText('Adresse e-mail'), 'reseau@demo.vdc.brussels');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'demo-vdc-2026');
    await userEvent.click(screen.getByRole('button', { name: /Se connecter/ }));

    expect(await screen.findByRole('heading', { name: 'Rapport du réseau', level: 1 })).toBeTruthy();
    expect(screen.getByText(/En ligne seulement : ce rapport est lu sur le serveur/)).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Année'), '2024');
    const spoc = await screen.findByRole('table', { name: 'SPOC par site' });
    expect(within(spoc).getByRole('rowheader', { name: 'CPAS de Bruxelles' })).toBeTruthy();
    // Small profile cells arrive masked and are shown as such.
    const communes = await screen.findByRole('table', { name: 'Profil : commune de résidence' });
    expect(within(communes).getAllByText('<5').length).toBeGreaterThan(0);
    expect(asked).toContain('2024-01-01..2024-12-31');
    // No workspace screens: the candidates' address leads back to the report.
    expect(screen.queryByRole('link', { name: 'Candidats' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeTruthy();
    expect(asked).toContain('signed out');
  }, 60_000);

  it('lets the reporter enter the network’s distinct totals of a past year, shown on the evolution table’s network row', async () => {
    const stored: NetworkPastYearEntry[] = [];
    const saves: unknown[] = [];
    const api: NetworkPastYearsApi = {
      list: async () => [...stored],
      async save(figures) {
        saves.push(figures);
        const row = { ...figures, enteredBy: 'r1', enteredAt: '2026-12-06T09:00:00.000Z' };
        stored.splice(0, stored.length, ...stored.filter((entry) => entry.year !== row.year), row);
        return row;
      },
      async remove(year) {
        stored.splice(0, stored.length, ...stored.filter((entry) => entry.year !== year));
      },
    };
    renderApp('/login', reporterService([], api, () => stored));
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Adresse e-mail'), 'reseau@demo.vdc.brussels');
    await user.type(screen.getByLabelText('Mot de passe'), 'demo-vdc-2026');
    await user.click(screen.getByRole('button', { name: /Se connecter/ }));
    await user.selectOptions(await screen.findByLabelText('Année'), '2024');
    const evolution = await screen.findByRole('table', { name: 'Évolution des personnes par site et par année' });
    const networkRow = (year: number) => within(evolution).getAllByRole('row').find((row) => row.textContent?.startsWith(`${year}Réseau`))?.textContent;
    expect(networkRow(2024)).toContain('Données');

    const section = screen.getByRole('region', { name: 'Totaux du réseau des années passées' });
    const form = within(section).getByRole('form', { name: 'Encoder ou corriger une année' });
    await user.clear(within(form).getByLabelText('Année des chiffres'));
    await user.type(within(form).getByLabelText('Année des chiffres'), '2023');
    await user.type(within(form).getByLabelText('Personnes informées (SPOC), distinctes'), '-4');
    await user.type(within(form).getByLabelText('Personnes accompagnées, distinctes'), '200');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    // The message sits in the field, which takes the focus; nothing is sent.
    const spoc = within(form).getByLabelText('Personnes informées (SPOC), distinctes');
    await waitFor(() => expect(spoc.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(spoc.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Indiquez des nombres entiers de personnes, 0 ou plus.');
    expect(document.activeElement).toBe(spoc);
    expect(within(form).getByLabelText('Personnes accompagnées, distinctes').getAttribute('aria-invalid')).toBeNull();
    expect(saves).toEqual([]);

    await user.clear(within(form).getByLabelText('Personnes informées (SPOC), distinctes'));
    await user.type(within(form).getByLabelText('Personnes informées (SPOC), distinctes'), '355');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await within(section).findByText('Chiffres enregistrés.');
    // Accompaniments left empty: unknown, not 0.
    expect(saves).toEqual([{ year: 2023, spocPersons: 355, accompaniedPersons: 200, accompaniments: null }]);
    expect(within(section).getByRole('table', { name: 'Totaux du réseau encodés' }).textContent).toContain('2023355200—');
    // The report is read again: 2023's network row is the entered total.
    const updated = await screen.findByRole('table', { name: 'Évolution des personnes par site et par année' });
    await waitFor(() => expect(within(updated).getAllByRole('row').some((row) => row.textContent?.startsWith('2023Réseau (personnes distinctes)355200'))).toBe(true));
  }, 60_000);
});
