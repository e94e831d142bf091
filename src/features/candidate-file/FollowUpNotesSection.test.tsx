import { screen, waitFor, within } from '@testing-library/react';
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

const section = () => screen.getByRole('region', { name: 'Notes de suivi' });

// A ceiling for a loaded 2-core machine, not a timing assertion.
describe('follow-up notes on the file', { timeout: 60_000 }, () => {
  it('adds a note on the candidate’s site, refusing an empty one in the field', async () => {
    const { workspace, user } = await openFile();
    await user.click(screen.getByRole('button', { name: 'Ajouter une note' }));
    const form = screen.getByRole('form', { name: 'Nouvelle note de suivi' });
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    // The form's check is asynchronous (react-hook-form): wait for its outcome.
    await waitFor(() => expect(within(form).getByLabelText(/^Note/).getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('note-text-error')?.textContent).toBe('Ce champ est obligatoire.');
    await user.type(within(form).getByLabelText(/^Note/), 'Cherche une crèche pour sa fille');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await within(section()).findByText('Cherche une crèche pour sa fille');
    expect(repoOf(workspace, 'followUpNotes').calls[0]).toMatchObject({
      op: 'create',
      siteId: 'site-ml-bxl',
      data: { candidateId: 'c-1', text: 'Cherche une crèche pour sa fille', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    });
  });

  it('corrects a note and deletes it after confirmation', async () => {
    const workspace = fileWorkspace();
    const repo = repoOf(workspace, 'followUpNotes');
    repo.seed('n-1', 'site-ml-bxl', { candidateId: 'c-1', date: '2026-04-04', text: 'Apel' });
    const { user } = await openFile(workspace);
    await user.click(within(section()).getByRole('button', { name: 'Corriger la note du 4 avril 2026' }));
    const text = within(screen.getByRole('form', { name: 'Corriger la note' })).getByLabelText(/^Note/);
    await user.clear(text);
    await user.type(text, 'Appel');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await within(section()).findByText('Appel');
    expect(repo.calls).toEqual([{ op: 'update', id: 'n-1', data: { text: 'Appel' } }]);

    await user.click(within(section()).getByRole('button', { name: 'Supprimer la note du 4 avril 2026' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Supprimer cette note ?' })).getByRole('button', { name: 'Oui, supprimer' }));
    await within(section()).findByText('Aucune note de suivi.');
    expect(repo.calls[1]).toEqual({ op: 'remove', id: 'n-1' });
  });

  it('shows no note of a site the user does not work for', async () => {
    const workspace = fileWorkspace();
    repoOf(workspace, 'followUpNotes').seed('n-9', 'site-elsewhere', { candidateId: 'c-1', date: '2026-04-04', text: 'Autre site' });
    await openFile(workspace);
    expect(screen.queryByText('Autre site')).toBeNull();
    expect(within(section()).getByText('Aucune note de suivi.')).toBeTruthy();
  });
});
