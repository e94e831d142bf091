// The candidate list: search in memory by name (accent-, case- and order-insensitive), phone and
// postal code; filters by site, métier and accompaniment; keyboard from the search to the rows.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { candidatesOf, createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { AccompanimentData } from '../../domain/entities';

function seededWorkspace() {
  const workspace = createMemoryWorkspace();
  const candidates = candidatesOf(workspace);
  candidates.seed('c-1', 'site-ml-bxl', { firstName: 'Mohammed', lastName: 'El Amrani', phone: '0475 12 34 56', communeCode: 'schaerbeek' });
  candidates.seed('c-2', 'site-cpas', { firstName: 'Zoë', lastName: 'Van den Bossche', phone: '0486 99 88 77', communeCode: 'ixelles' });
  candidates.seed('c-3', 'site-ml-bxl', { firstName: 'Ayşe', lastName: 'Yılmaz', communeCode: 'molenbeek-saint-jean' });
  candidates.seed('c-4', 'site-cpas', { firstName: 'Jan', lastName: 'Peeters', communeCode: 'schaerbeek' });
  const accompaniments = workspace.repo('accompaniments') as unknown as { seed: (id: string, siteId: string, data: AccompanimentData) => void };
  accompaniments.seed('a-1', 'site-ml-bxl', { candidateId: 'c-1', metier: 'aide-menager', startDate: '2026-01-10', status: 'open' });
  accompaniments.seed('a-2', 'site-cpas', { candidateId: 'c-2', metier: 'coiffeur', startDate: '2025-02-01', status: 'closed', exitDate: '2025-09-01' });
  return workspace;
}

async function openList() {
  renderApp('/candidats', signedInService(seededWorkspace()));
  await screen.findByText('Candidats affichés : 4 sur 4');
  return userEvent.setup();
}

const rowNames = () => within(screen.getByRole('list', { name: 'Liste des candidats' })).getAllByRole('link').map((link) => link.querySelector('.candidate-row__name')?.textContent);

describe('candidate list', { timeout: 60_000 }, () => {
  it('lists every file by last name and finds people by name pieces, phone digits and postal code', async () => {
    const user = await openList();
    expect(rowNames()).toEqual(['Mohammed El Amrani', 'Jan Peeters', 'Zoë Van den Bossche', 'Ayşe Yılmaz']);

    const search = screen.getByLabelText('Rechercher');
    await user.type(search, 'zoe bossche');
    await waitFor(() => expect(rowNames()).toEqual(['Zoë Van den Bossche']));
    await user.clear(search);
    await user.type(search, 'ELAMR');
    await waitFor(() => expect(rowNames()).toEqual(['Mohammed El Amrani']));
    await user.clear(search);
    await user.type(search, '0486 99');
    await waitFor(() => expect(rowNames()).toEqual(['Zoë Van den Bossche']));
    await user.clear(search);
    await user.type(search, '1030');
    await waitFor(() => expect(rowNames()).toEqual(['Mohammed El Amrani', 'Jan Peeters']));
    expect(screen.getByText('Candidats affichés : 2 sur 4')).toBeTruthy();
    await user.clear(search);
    await user.type(search, 'xyzzy');
    await screen.findByText('Aucun candidat ne correspond à la recherche.');
  });

  it('filters by site, métier and accompaniment', async () => {
    const user = await openList();
    await user.selectOptions(screen.getByLabelText('Lieu'), 'site-cpas');
    await waitFor(() => expect(rowNames()).toEqual(['Jan Peeters', 'Zoë Van den Bossche']));
    await user.selectOptions(screen.getByLabelText('Accompagnement'), 'closed');
    await waitFor(() => expect(rowNames()).toEqual(['Zoë Van den Bossche']));
    await user.selectOptions(screen.getByLabelText('Lieu'), '');
    await user.selectOptions(screen.getByLabelText('Accompagnement'), 'none');
    await waitFor(() => expect(rowNames()).toEqual(['Jan Peeters', 'Ayşe Yılmaz']));
    await user.selectOptions(screen.getByLabelText('Accompagnement'), '');
    await user.selectOptions(screen.getByLabelText('Métier'), 'aide-menager');
    await waitFor(() => expect(rowNames()).toEqual(['Mohammed El Amrani']));
  });

  it('goes from the search to the rows with the arrow keys, one tab stop for the list', async () => {
    const user = await openList();
    await user.click(screen.getByLabelText('Rechercher'));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Mohammed El Amrani'));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Zoë Van den Bossche'));
    const links = within(screen.getByRole('list', { name: 'Liste des candidats' })).getAllByRole('link');
    expect(links.filter((link) => link.tabIndex === 0)).toHaveLength(1);
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Ayşe Yılmaz'));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Ayşe Yılmaz', level: 1 });
  });
});
