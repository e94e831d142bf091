// A coordinator's transfer and merge on the candidate file; a merged-away file opens the kept one.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryWorkspace, TEST_USER } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { SessionUser } from '../../domain/wire';
import { TransportError } from '../../sync/transport';
import { withFakeFileAdmin } from './file-admin-test-support';
import { fileOpened, repoOf, seedFile } from './test-support';

const COORDINATOR: SessionUser = { ...TEST_USER, id: 'user-2', name: 'Coordination', role: 'coordinator' };
const TRANSFER = 'Transférer vers un autre site';
const MERGE = 'Fusionner avec un autre dossier';

function openFile(user: SessionUser, path = '/candidats/c-1') {
  const workspace = withFakeFileAdmin(seedFile(createMemoryWorkspace(user)));
  repoOf(workspace, 'sites').seed('site-cpas', 'site-cpas', { name: 'CPAS de Schaerbeek', kind: 'cpas' });
  // Amina's second file, created at the CPAS before anyone noticed.
  repoOf(workspace, 'candidates').seed('c-3', 'site-cpas', { firstName: 'Amina', lastName: 'El Idrissi', birthDate: '1994-05-02', phone: '0470 99 88 77' });
  renderApp(path, signedInService(workspace));
  return workspace;
}

afterEach(() => vi.restoreAllMocks());

// A ceiling for a loaded 2-core machine, not a timing assertion.
describe('transfer and merge on the candidate file', { timeout: 30_000 }, () => {
  it('are not offered to advisers', async () => {
    await fileOpened(openFile(TEST_USER));
    expect(screen.queryByRole('button', { name: TRANSFER })).toBeNull();
    expect(screen.queryByRole('button', { name: MERGE })).toBeNull();
  });

  it('are disabled offline, with the reason', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await fileOpened(openFile(COORDINATOR));
    expect(screen.getByRole('button', { name: TRANSFER })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: MERGE })).toHaveProperty('disabled', true);
    expect(screen.getByText(/Hors ligne : le transfert et la fusion demandent une connexion/)).toBeTruthy();
  });

  it('transfers the file to another of the coordinator’s sites after a confirmation saying what moves and what stays', async () => {
    const { workspace, user } = await fileOpened(openFile(COORDINATOR));
    await user.click(screen.getByRole('button', { name: TRANSFER }));
    await user.click(screen.getByRole('button', { name: 'Transférer…' }));
    expect(await screen.findByText('Choisissez le site qui reprend le dossier.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText(/Site qui reprend le dossier/), 'CPAS de Schaerbeek');
    await user.click(screen.getByRole('button', { name: 'Transférer…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Transférer le dossier de Amina El Idrissi vers CPAS de Schaerbeek ?' });
    expect(dialog.textContent).toContain('Restent à Mission Locale de Bruxelles-Ville : les actions SPOC');
    await user.click(within(dialog).getByRole('button', { name: 'Transférer' }));
    await screen.findByText('Dossier transféré vers CPAS de Schaerbeek.');
    expect(workspace.fileAdmin.calls).toEqual([{ op: 'transfer', id: 'c-1', to: 'site-cpas' }]);
    expect(workspace.sync.syncCalls).toBeGreaterThan(0);
  });

  it('sends a handover note only once the coordinator confirms the person agrees', async () => {
    const { workspace, user } = await fileOpened(openFile(COORDINATOR));
    await user.click(screen.getByRole('button', { name: TRANSFER }));
    await user.selectOptions(screen.getByLabelText(/Site qui reprend le dossier/), 'CPAS de Schaerbeek');
    await user.type(screen.getByLabelText(/Note de passation pour le nouveau site/), 'Préfère les rendez-vous le matin');
    await user.click(screen.getByRole('button', { name: 'Transférer…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('ne part vers le nouveau site que si la personne est d’accord');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await user.click(screen.getByLabelText('La personne est d’accord que cette note parte vers le nouveau site'));
    await user.click(screen.getByRole('button', { name: 'Transférer…' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Transférer' }));
    await screen.findByText('Dossier transféré vers CPAS de Schaerbeek.');
    expect(workspace.fileAdmin.calls).toEqual([{ op: 'transfer', id: 'c-1', to: 'site-cpas', handoverNote: 'Préfère les rendez-vous le matin' }]);
  });

  it('says in words why the server refused a transfer, and keeps the file where it was', async () => {
    const { workspace, user } = await fileOpened(openFile(COORDINATOR));
    workspace.fileAdmin.failWith = new TransportError('forbidden', { status: 403, body: { error: 'forbidden' } });
    await user.click(screen.getByRole('button', { name: TRANSFER }));
    await user.selectOptions(screen.getByLabelText(/Site qui reprend le dossier/), 'CPAS de Schaerbeek');
    await user.click(screen.getByRole('button', { name: 'Transférer…' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Transférer' }));
    expect((await screen.findByRole('alert')).textContent).toBe("Vous n'avez pas le droit de faire cela pour ces sites.");
    expect((await repoOf(workspace, 'candidates').get('c-1'))?.siteId).toBe('site-ml-bxl');
  });

  it('merges with a likely duplicate shown side by side, keeping the chosen file, then opens the kept file', async () => {
    const { workspace, user } = await fileOpened(openFile(COORDINATOR));
    await user.click(screen.getByRole('button', { name: MERGE }));
    await user.click(await screen.findByRole('button', { name: 'Comparer avec Amina El Idrissi' }));
    const table = screen.getByRole('table', { name: 'Les deux dossiers côte à côte' });
    expect(within(table).getByRole('row', { name: /Téléphone/ }).textContent).toContain('0470 99 88 77');
    expect(within(table).getByRole('row', { name: /Site/ }).textContent).toContain('CPAS de Schaerbeek');
    // Keep the CPAS file (it has the full birth date): this one is merged into it.
    await user.click(screen.getByRole('radio', { name: "Garder l'autre dossier (Amina El Idrissi)" }));
    await user.click(screen.getByRole('button', { name: 'Fusionner…' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Fusionner' }));
    await screen.findByText('Dossiers fusionnés : voici le dossier gardé.');
    expect(workspace.fileAdmin.calls).toEqual([{ op: 'merge', id: 'c-1', to: 'c-3' }]);
    // The kept file is open (its site, its birth date), the merge panel gone with the old page.
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Les deux dossiers côte à côte' })).toBeNull());
    expect(screen.getByText('CPAS de Schaerbeek')).toBeTruthy();
    expect(screen.getByText(/le 2 mai 1994/)).toBeTruthy();
    await waitFor(() => expect(workspace.sync.syncCalls).toBeGreaterThan(0));
  });

  it('lets the coordinator say a likely duplicate is another person instead: it is no longer offered', async () => {
    const { workspace, user } = await fileOpened(openFile(COORDINATOR));
    await user.click(screen.getByRole('button', { name: MERGE }));
    await user.click(await screen.findByRole('button', { name: 'Amina El Idrissi et Amina El Idrissi ne sont pas la même personne' }));
    await screen.findByText("C'est noté : ces deux dossiers ne seront plus signalés comme doublon.");
    expect(repoOf(workspace, 'candidates').calls.at(-1)).toEqual({ op: 'update', id: 'c-1', data: { notSamePersonAs: ['c-3'] } });
    await screen.findByText('Aucun dossier semblable sur cette tablette.');
  });

  it('finds the other file by search too, and says why a merge was refused', async () => {
    const { workspace, user } = await fileOpened(openFile(COORDINATOR));
    workspace.fileAdmin.failWith = new TransportError('bad_request', { status: 409, body: { error: 'into_merged' } });
    await user.click(screen.getByRole('button', { name: MERGE }));
    await user.type(screen.getByLabelText(/Chercher un autre dossier/), 'Peeters');
    await user.click(await screen.findByRole('button', { name: 'Comparer avec Jan Peeters' }));
    await user.click(screen.getByRole('button', { name: 'Fusionner…' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Fusionner' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Le dossier à garder a lui-même été fusionné dans un autre : choisissez celui-là.');
  });

  it('opens the kept file, with a notice, when a merged-away file is opened', async () => {
    const workspace = withFakeFileAdmin(seedFile(createMemoryWorkspace(TEST_USER)));
    repoOf(workspace, 'candidates').seed('c-old', 'site-ml-bxl', { firstName: 'Amina', lastName: 'Idrissi', mergedInto: 'c-1' });
    renderApp('/candidats/c-old', signedInService(workspace));
    await fileOpened(workspace);
    expect(screen.getByText('Ce dossier a été fusionné : vous êtes sur le dossier gardé de la même personne.')).toBeTruthy();
  });

  it('says so when the kept file is on a site this tablet does not hold', async () => {
    const workspace = createMemoryWorkspace(TEST_USER);
    repoOf(workspace, 'candidates').seed('c-old', 'site-ml-bxl', { firstName: 'Amina', lastName: 'Idrissi', mergedInto: 'c-elsewhere' });
    renderApp('/candidats/c-old', signedInService(workspace));
    await screen.findByText("Ce dossier a été fusionné dans un dossier d'un site qui n'est pas sur cette tablette.");
    await act(async () => undefined);
  });
});
