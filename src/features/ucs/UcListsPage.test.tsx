// The UC lists screen: coordinators add (checked in words), rename, deactivate and reactivate
// UCs, and delete one added by mistake after confirmation; a seeded UC or one an attempt uses
// cannot be deleted; advisers see the list without changing it, and have no link to it.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace, TEST_USER, type MemoryRepository } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { SessionUser } from '../../domain/wire';

const COORDINATOR: SessionUser = { ...TEST_USER, role: 'coordinator' };

function seeded(user: SessionUser = COORDINATOR) {
  const workspace = createMemoryWorkspace(user);
  const accompaniments = workspace.repo('accompaniments') as unknown as MemoryRepository<'accompaniments'>;
  accompaniments.seed('a-1', 'site-ml-bxl', { candidateId: 'c-1', metier: 'coiffeur', startDate: '2026-01-10', status: 'open' });
  const steps = workspace.repo('validationSteps') as unknown as MemoryRepository<'validationSteps'>;
  steps.seed('v-1', 'site-ml-bxl', { candidateId: 'c-1', accompanimentId: 'a-1', uc: 'UC1' });
  return { workspace, ucs: workspace.repo('ucs') as unknown as MemoryRepository<'ucs'> };
}

describe('UC lists', { timeout: 60_000 }, () => {
  it('lets a coordinator add, rename, deactivate and delete UCs, never one in use or seeded', async () => {
    const { workspace, ucs } = seeded();
    renderApp('/ucs', signedInService(workspace));
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Unités de compétence (UC) par métier', level: 1 });
    const aideMenager = await screen.findByRole('list', { name: 'UC de Aide-ménager(ère)' });
    expect(within(aideMenager).getAllByRole('listitem').map((item) => item.querySelector('.uc-row__title')?.textContent)).toEqual([
      "UC1 — Réaliser les tâches d'entretien courant de la maison",
      "UC2 — Assurer l'entretien du linge",
    ]);
    expect(screen.queryByRole('button', { name: 'Supprimer UC1' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Désactiver UC2' }));
    await screen.findByText("UC2 désactivée : elle n'est plus proposée pour une nouvelle épreuve.");
    expect([...ucs.records.values()].map((record) => [record.siteId, record.data])).toEqual([
      ['site-ml-bxl', { metier: 'aide-menager', code: 'UC2', label: "Assurer l'entretien du linge", active: false }],
    ]);
    await user.click(await screen.findByRole('button', { name: 'Réactiver UC2' }));
    await screen.findByText('UC2 réactivée.');
    expect(ucs.records.size).toBe(1);

    await user.selectOptions(screen.getByLabelText('Site'), 'site-ml-bxl');
    await user.selectOptions(screen.getByLabelText('Métier'), 'coiffeur');
    await screen.findByText('Aucune UC pour ce métier. Ajoutez-en une ci-dessous.');
    await user.click(screen.getByRole('button', { name: "Ajouter l'UC" }));
    expect(screen.getByLabelText("Code de l'UC").getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Ce champ est obligatoire.')).toHaveLength(2);
    await user.type(screen.getByLabelText("Code de l'UC"), 'UC 1');
    await user.type(screen.getByLabelText('Intitulé'), 'Coupe');
    await user.click(screen.getByRole('button', { name: "Ajouter l'UC" }));
    expect(screen.getByText('Le code ne peut contenir que des lettres, des chiffres, un point ou un tiret, sans espace.')).toBeTruthy();
    await user.clear(screen.getByLabelText("Code de l'UC"));
    await user.type(screen.getByLabelText("Code de l'UC"), 'UC1');
    await user.click(screen.getByRole('button', { name: "Ajouter l'UC" }));
    await screen.findByText('UC1 ajoutée.');
    await user.type(screen.getByLabelText("Code de l'UC"), 'uc1');
    await user.type(screen.getByLabelText('Intitulé'), 'Doublon');
    await user.click(screen.getByRole('button', { name: "Ajouter l'UC" }));
    expect(screen.getByText('Ce code existe déjà pour ce métier.')).toBeTruthy();
    await user.clear(screen.getByLabelText("Code de l'UC"));
    await user.type(screen.getByLabelText("Code de l'UC"), 'UC9');
    await user.clear(screen.getByLabelText('Intitulé'));
    await user.type(screen.getByLabelText('Intitulé'), 'Par erreur');
    await user.click(screen.getByRole('button', { name: "Ajouter l'UC" }));
    await screen.findByText('UC9 ajoutée.');

    const coiffeur = screen.getByRole('list', { name: 'UC de Coiffeur(euse)' });
    expect(within(coiffeur).getByText('Utilisée par 1 épreuve(s)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Supprimer UC1' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Renommer UC1' }));
    const name = screen.getByLabelText('Nouveau nom de UC1');
    await user.clear(name);
    await user.type(name, 'Coupe et brushing');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le nom' }));
    await screen.findByText('UC1 renommée.');
    expect([...ucs.records.values()].find((record) => record.data.code === 'UC1')?.data).toEqual({ metier: 'coiffeur', code: 'UC1', label: 'Coupe et brushing', active: true });

    await user.click(screen.getByRole('button', { name: 'Supprimer UC9' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Supprimer cette UC ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer' }));
    await screen.findByText('UC9 supprimée.');
    await waitFor(() => expect([...ucs.records.values()].map((record) => record.data.code).sort()).toEqual(['UC1', 'UC2']));
  });

  it('shows advisers the list without changing it, and no link to it', async () => {
    const { workspace } = seeded(TEST_USER);
    renderApp('/ucs', signedInService(workspace));
    await screen.findByText('Seule la coordination modifie cette liste.');
    expect(screen.queryByRole('button', { name: /^Renommer/ })).toBeNull();
    expect(screen.queryByRole('button', { name: "Ajouter l'UC" })).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).queryByRole('link', { name: 'Unités de compétence' })).toBeNull();
  });

  it('links coordinators to the lists from the navigation', async () => {
    const { workspace } = seeded();
    renderApp('/', signedInService(workspace));
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Unités de compétence' }).getAttribute('href')).toBe('/ucs');
  });
});
