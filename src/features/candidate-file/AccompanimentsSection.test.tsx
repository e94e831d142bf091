import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { Workspace } from '../../sync/workspace';
import { fileOpened, repoOf, seedFile } from './test-support';

const fileWorkspace = () => seedFile(createMemoryWorkspace());
async function openFile(workspace: Workspace = fileWorkspace()) {
  renderApp('/candidats/c-1', signedInService(workspace));
  return fileOpened(workspace);
}

const section = () => screen.getByRole('region', { name: 'Accompagnements' });

// A ceiling for a loaded 2-core machine, not a timing assertion.
describe('accompaniments on the file', { timeout: 60_000 }, () => {
  it('opens one for a métier with the current adviser on the candidate’s site, then closes it with a date and a reason', async () => {
    const { workspace, user } = await openFile();
    await user.click(screen.getByRole('button', { name: 'Ouvrir un accompagnement' }));
    const form = screen.getByRole('form', { name: 'Nouvel accompagnement' });
    expect((within(form).getByLabelText('Conseiller·ère') as HTMLSelectElement).value).toBe('user-1');
    expect(within(form).getByText('Mission Locale de Bruxelles-Ville')).toBeTruthy();
    await user.selectOptions(within(form).getByLabelText(/^Métier/), 'coiffeur');
    fireEvent.change(within(form).getByLabelText(/^Date de début/), { target: { value: '2026-02-01' } });
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await within(section()).findByText('En cours');
    const repo = repoOf(workspace, 'accompaniments');
    expect(repo.calls[0]).toMatchObject({
      op: 'create',
      siteId: 'site-ml-bxl',
      data: { candidateId: 'c-1', metier: 'coiffeur', startDate: '2026-02-01', adviserId: 'user-1', status: 'open' },
    });

    await user.click(within(section()).getByRole('button', { name: "Clôturer l'accompagnement Coiffeur(euse)" }));
    const close = screen.getByRole('form', { name: "Clôturer l'accompagnement : Coiffeur(euse)" });
    await user.click(within(close).getByRole('button', { name: 'Clôturer' }));
    expect(document.getElementById('close-exit-reason-error')?.textContent).toBe('Ce champ est obligatoire.');
    fireEvent.change(within(close).getByLabelText(/^Date de fin/), { target: { value: '2026-01-15' } });
    await user.selectOptions(within(close).getByLabelText(/^Raison de la fin/), 'emploi');
    await user.click(within(close).getByRole('button', { name: 'Clôturer' }));
    expect(document.getElementById('close-exit-date-error')?.textContent).toBe('La date de sortie ne peut pas être avant le début de l’accompagnement.');
    fireEvent.change(within(close).getByLabelText(/^Date de fin/), { target: { value: '2026-06-30' } });
    await user.click(within(close).getByRole('button', { name: 'Clôturer' }));
    await within(section()).findByText('Terminé le 30 juin 2026');
    expect(repo.calls[1]).toEqual({ op: 'update', id: repo.calls[0]!.id, data: { status: 'closed', exitDate: '2026-06-30', exitReason: 'emploi' } });
    expect(within(section()).getByText('Raison : A trouvé un emploi')).toBeTruthy();
  });

  it('refuses a second open accompaniment for the same métier, opened or reopened, in words', async () => {
    const workspace = fileWorkspace();
    repoOf(workspace, 'accompaniments').seed('a-1', 'site-ml-bxl', { candidateId: 'c-1', metier: 'coiffeur', startDate: '2026-01-01', status: 'open' });
    repoOf(workspace, 'accompaniments').seed('a-0', 'site-ml-bxl', { candidateId: 'c-1', metier: 'coiffeur', startDate: '2025-01-01', status: 'closed', exitDate: '2025-06-01' });
    const { user } = await openFile(workspace);
    await user.click(within(section()).getByRole('button', { name: "Rouvrir l'accompagnement Coiffeur(euse)" }));
    expect((await within(section()).findByRole('alert')).textContent).toMatch(/déjà en cours/);
    await user.click(screen.getByRole('button', { name: 'Ouvrir un accompagnement' }));
    const form = screen.getByRole('form', { name: 'Nouvel accompagnement' });
    await user.selectOptions(within(form).getByLabelText(/^Métier/), 'coiffeur');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/déjà en cours/);
    expect(repoOf(workspace, 'accompaniments').calls).toEqual([]);
  });

  it('reopens one closed by mistake, corrects and deletes after confirmation', async () => {
    const workspace = fileWorkspace();
    const repo = repoOf(workspace, 'accompaniments');
    repo.seed('a-1', 'site-ml-bxl', {
      candidateId: 'c-1',
      metier: 'coiffeur',
      startDate: '2026-01-01',
      adviserId: 'user-1',
      status: 'closed',
      exitDate: '2026-02-01',
      exitReason: 'abandon',
    });
    const { user } = await openFile(workspace);
    // Reopening erases the end date and reason: asked first, and "no" changes nothing.
    await user.click(within(section()).getByRole('button', { name: "Rouvrir l'accompagnement Coiffeur(euse)" }));
    const ask = screen.getByRole('alertdialog', { name: "Rouvrir l'accompagnement Coiffeur(euse) ?" });
    expect(ask.textContent).toContain('La date de fin (1 février 2026) et la raison (Abandon / sans nouvelles) seront effacées.');
    await user.click(within(ask).getByRole('button', { name: 'Non, le laisser fermé' }));
    expect(repo.calls).toEqual([]);
    await user.click(within(section()).getByRole('button', { name: "Rouvrir l'accompagnement Coiffeur(euse)" }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Rouvrir' }));
    await within(section()).findByText('En cours');
    expect(repo.calls).toEqual([{ op: 'update', id: 'a-1', data: { status: 'open', exitDate: null, exitReason: null } }]);

    await user.click(within(section()).getByRole('button', { name: "Corriger l'accompagnement Coiffeur(euse)" }));
    const form = screen.getByRole('form', { name: "Corriger l'accompagnement" });
    await user.selectOptions(within(form).getByLabelText(/^Métier/), 'carreleur');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await within(section()).findByText(/^Carreleur/);
    expect(repo.calls[1]).toEqual({ op: 'update', id: 'a-1', data: { metier: 'carreleur' } });

    await user.click(within(section()).getByRole('button', { name: "Supprimer l'accompagnement Carreleur(euse)" }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Supprimer cet accompagnement ?' })).getByRole('button', { name: 'Oui, supprimer' }));
    await within(section()).findByText('Aucun accompagnement.');
    expect(repo.calls[2]).toEqual({ op: 'remove', id: 'a-1' });
  });
});
