import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../app/test-support/render-app';
import type { SessionService } from '../../components/session/session-context';
import { computeActivityReport, networkReport } from '../../domain/report';
import type { ReporterSession } from '../../sync/workspace';
import { SITE_A, SITE_B, reportTestInput } from './test-data';

/** A reporter's sign-in: no workspace, the server's masked report (here computed in the test). */
function reporterService(asked: string[]): SessionService {
  const reporter: ReporterSession = {
    user: { id: 'r1', name: 'Coordination du réseau', role: 'reporter', siteIds: [] },
    report: {
      async activity(period) {
        asked.push(`${period.from}..${period.to}`);
        const report = computeActivityReport(reportTestInput(), { ...period, siteIds: [SITE_A, SITE_B], asOf: period.to });
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
});
