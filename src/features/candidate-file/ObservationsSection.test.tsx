import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { Workspace } from '../../sync/workspace';
import { fileOpened, repoOf, seedFile } from './test-support';

function fileWorkspace(metier = 'aide-menager') {
  const workspace = seedFile(createMemoryWorkspace());
  repoOf(workspace, 'accompaniments').seed('a-1', 'site-ml-bxl', { candidateId: 'c-1', metier, startDate: '2026-01-10', status: 'open' });
  return workspace;
}
async function openFile(workspace: Workspace) {
  renderApp('/candidats/c-1', signedInService(workspace));
  return fileOpened(workspace);
}
const section = () => screen.getByRole('region', { name: 'Observations en situation et épreuves blanches' });
const errorOf = (name: string) => document.getElementById(`${name}-error`)?.textContent;

// A ceiling for a loaded 2-core machine, not a timing assertion.
describe('practical observations on the file', { timeout: 60_000 }, () => {
  it('records a mock test observed by a named professional, on a UC of the métier, saying in each field what is missing', async () => {
    const workspace = fileWorkspace();
    const { user } = await openFile(workspace);
    expect(within(section()).getByText('Aucune observation en situation ni épreuve blanche.')).toBeTruthy();
    await user.click(within(section()).getByRole('button', { name: 'Ajouter une observation ou une épreuve blanche' }));
    const form = screen.getByRole('form', { name: 'Nouvelle observation ou épreuve blanche' });
    await user.selectOptions(within(form).getByLabelText(/^Sorte/), 'mock-test');
    await user.selectOptions(within(form).getByLabelText(/^Qui a observé/), 'professional');
    await user.click(within(form).getByRole('button', { name: 'Ajouter un critère' }));
    await user.selectOptions(within(form).getByLabelText('Critère 1 : atteint ?'), 'partly');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    // The form's check is asynchronous (react-hook-form): wait for its outcome.
    await waitFor(() => expect(errorOf('observation-uc')).toBe('Ce champ est obligatoire.'));
    expect(errorOf('observation-task')).toBe('Ce champ est obligatoire.');
    expect(errorOf('observation-result')).toBe('Ce champ est obligatoire.');
    expect(errorOf('observation-observer-name')).toBe('Donnez le nom du professionnel qui a observé la tâche.');
    expect(within(form).getByLabelText('Critère 1').getAttribute('aria-invalid')).toBe('true');
    expect(repoOf(workspace, 'observations').calls).toEqual([]);

    // The UCs offered are those of the accompaniment's métier in the catalogue.
    const uc = within(form).getByLabelText(/^UC observée/);
    expect(within(uc).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '— Choisir —',
      "UC1 — Réaliser les tâches d'entretien courant de la maison",
      "UC2 — Assurer l'entretien du linge",
    ]);
    await user.selectOptions(uc, 'UC2');
    await user.type(within(form).getByLabelText(/^Tâche réalisée/), 'Repasser trois chemises');
    await user.type(within(form).getByLabelText('Critère 1'), 'Pas de faux pli');
    await user.selectOptions(within(form).getByLabelText(/^Résultat d’ensemble/), 'partly');
    await user.type(within(form).getByLabelText(/^Nom de l’observateur/), 'Mme Janssens');
    await user.clear(within(form).getByLabelText(/^Jour de l’observation/));
    await user.type(within(form).getByLabelText(/^Jour de l’observation/), '2026-03-04');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    await within(section()).findByText('Épreuve blanche — UC2 — Assurer l\'entretien du linge — 4 mars 2026');
    expect(within(section()).getByText('Pas de faux pli : En partie atteint')).toBeTruthy();
    expect(within(section()).getByText('Observé par un professionnel bénévole : Mme Janssens')).toBeTruthy();
    expect(repoOf(workspace, 'observations').calls).toEqual([
      {
        op: 'create',
        id: expect.any(String),
        siteId: 'site-ml-bxl',
        data: {
          candidateId: 'c-1',
          accompanimentId: 'a-1',
          kind: 'mock-test',
          metier: 'aide-menager',
          uc: 'UC2',
          task: 'Repasser trois chemises',
          criteria: [{ label: 'Pas de faux pli', result: 'partly' }],
          result: 'partly',
          observerKind: 'professional',
          observerName: 'Mme Janssens',
          date: '2026-03-04',
        },
      },
    ]);
  });

  it('takes a typed UC when the catalogue has none for the métier, corrects an observation and deletes it after confirmation', async () => {
    const workspace = fileWorkspace('boulanger-patissier');
    const repo = repoOf(workspace, 'observations');
    repo.seed('o-1', 'site-ml-bxl', {
      candidateId: 'c-1',
      accompanimentId: 'a-1',
      kind: 'observation',
      metier: 'boulanger-patissier',
      uc: 'UC1',
      task: 'Un shampoing',
      result: 'not-yet',
      observerKind: 'adviser',
      date: '2026-02-02',
    });
    const { user } = await openFile(workspace);
    expect(within(section()).getByText('Résultat : Pas encore atteint')).toBeTruthy();
    await user.click(within(section()).getByRole('button', { name: 'Corriger : Observation en situation, UC1, du 2 février 2026' }));
    const form = screen.getByRole('form', { name: 'Corriger l’observation' });
    expect((within(form).getByLabelText(/^UC observée/) as HTMLInputElement).value).toBe('UC1');
    await user.selectOptions(within(form).getByLabelText(/^Résultat d’ensemble/), 'met');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await within(section()).findByText('Résultat : Atteint');
    expect(repo.calls).toEqual([{ op: 'update', id: 'o-1', data: { result: 'met' } }]);

    await user.click(within(section()).getByRole('button', { name: 'Supprimer : Observation en situation, UC1, du 2 février 2026' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Supprimer cette observation ?' })).getByRole('button', { name: 'Oui, supprimer' }));
    await within(section()).findByText('Aucune observation en situation ni épreuve blanche.');
    expect(repo.calls[1]).toEqual({ op: 'remove', id: 'o-1' });
  });

  it('links the observation to one of the person’s positioning sittings, listed by day and métier, and unlinks it', async () => {
    const workspace = fileWorkspace();
    const sittings = repoOf(workspace, 'positionings');
    sittings.seed('p-old', 'site-ml-bxl', { candidateId: 'c-1', accompanimentId: 'a-1', questionnaireId: 'q', questionnaireVersion: 1, startedAt: '2026-01-12T09:00:00+01:00', completedAt: '2026-01-12T10:00:00+01:00' });
    sittings.seed('p-new', 'site-ml-bxl', { candidateId: 'c-1', metier: 'jardinier-entretien', questionnaireId: 'q', questionnaireVersion: 2, startedAt: '2026-02-20T09:00:00+01:00' });
    sittings.seed('p-other', 'site-ml-bxl', { candidateId: 'c-2', metier: 'coiffeur', questionnaireId: 'q', questionnaireVersion: 2, startedAt: '2026-02-21T09:00:00+01:00' });
    const { user } = await openFile(workspace);
    await user.click(within(section()).getByRole('button', { name: 'Ajouter une observation ou une épreuve blanche' }));
    const form = screen.getByRole('form', { name: 'Nouvelle observation ou épreuve blanche' });
    const linked = within(form).getByLabelText(/^Positionnement lié/);
    expect(within(linked).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '— Choisir —',
      "20 février 2026 — Jardinier(ière) d'entretien (pas terminé)",
      '12 janvier 2026 — Aide-ménager(ère)',
    ]);
    await user.selectOptions(linked, 'p-old');
    await user.selectOptions(within(form).getByLabelText(/^UC observée/), 'UC1');
    await user.type(within(form).getByLabelText(/^Tâche réalisée/), 'Nettoyer une salle de bain');
    await user.selectOptions(within(form).getByLabelText(/^Résultat d’ensemble/), 'met');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await within(section()).findByText(/^Observation en situation — UC1/);
    const repo = repoOf(workspace, 'observations');
    expect(repo.calls[0]).toMatchObject({ op: 'create', data: { accompanimentId: 'a-1', positioningId: 'p-old', uc: 'UC1' } });

    await user.click(within(section()).getByRole('button', { name: /^Corriger : Observation en situation, UC1/ }));
    const correcting = screen.getByRole('form', { name: 'Corriger l’observation' });
    expect((within(correcting).getByLabelText(/^Positionnement lié/) as HTMLSelectElement).value).toBe('p-old');
    await user.selectOptions(within(correcting).getByLabelText(/^Positionnement lié/), '');
    await user.click(within(correcting).getByRole('button', { name: 'Enregistrer' }));
    await within(section()).findByRole('button', { name: /^Corriger : Observation en situation, UC1/ });
    expect(repo.calls[1]).toEqual({ op: 'update', id: expect.any(String), data: { positioningId: null } });
  });

  it('asks for an accompaniment first', async () => {
    await openFile(seedFile(createMemoryWorkspace()));
    expect(within(section()).getByText(/ouvrez-en d’abord un/)).toBeTruthy();
  });
});
