// Two people with the same name are told apart in every picker: birth year, commune, site.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { candidatesOf, createMemoryWorkspace, type MemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import { fileOpened, seedFile } from '../candidate-file/test-support';

function withHomonyms(workspace: MemoryWorkspace): MemoryWorkspace {
  candidatesOf(workspace).seed('h-1', 'site-ml-bxl', { firstName: 'Yasmina', lastName: 'Haddad', birthDate: '1988-02-01', communeCode: 'schaerbeek' });
  candidatesOf(workspace).seed('h-2', 'site-cpas', { firstName: 'Yasmina', lastName: 'Haddad', birthDate: '1996', communeCode: 'anderlecht' });
  return workspace;
}

const FIRST = 'naissance 1988 · Schaerbeek · Mission Locale de Bruxelles-Ville';
const SECOND = 'naissance 1996 · Anderlecht · site-cpas';

describe('homonyms in pickers', { timeout: 60_000 }, () => {
  it('naming SPOC participants: each choice shows birth year, commune and site', async () => {
    const workspace = withHomonyms(seedFile(createMemoryWorkspace()));
    renderApp('/candidats/c-1', signedInService(workspace));
    const { user } = await fileOpened(workspace);
    await user.click(screen.getByRole('button', { name: 'Ajouter une action SPOC' }));
    const form = screen.getByRole('form', { name: 'Nouvelle action SPOC' });
    await user.click(within(form).getByRole('radio', { name: "Séance d'information collective" }));
    await user.type(within(form).getByLabelText('Chercher une personne'), 'haddad');
    expect(within(form).getByRole('button', { name: `Ajouter Yasmina Haddad (${FIRST})` })).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: `Ajouter Yasmina Haddad (${SECOND})` }));
    expect(within(within(form).getByRole('list', { name: 'Personnes choisies' })).getByText(SECOND)).toBeTruthy();
  });

  it('enrolling in a session: each choice shows birth year, commune and site', async () => {
    const workspace = withHomonyms(seedFile(createMemoryWorkspace()));
    const session = await workspace.repo('moduleSessions').create('site-ml-bxl', { module: 'fle', date: '2099-01-05', startTime: '09:00', endTime: '12:00' });
    renderApp(`/modules/${session.id}`, signedInService(workspace));
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Inscrire une personne : chercher par nom'), 'yasmina');
    expect(await screen.findByRole('button', { name: `Inscrire Yasmina Haddad (${FIRST})` })).toBeTruthy();
    expect(screen.getByRole('button', { name: `Inscrire Yasmina Haddad (${SECOND})` })).toBeTruthy();
  });

  it('choosing for a positioning: each option shows birth year, commune and site', async () => {
    const workspace = withHomonyms(seedFile(createMemoryWorkspace()));
    renderApp('/positionnements/nouveau', signedInService(workspace));
    const select = (await screen.findByLabelText('Candidat')) as HTMLSelectElement;
    const options = [...select.options].map((option) => option.textContent);
    expect(options).toContain(`Yasmina Haddad — ${FIRST}`);
    expect(options).toContain(`Yasmina Haddad — ${SECOND}`);
  });
});
