import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { candidatesOf, createMemoryWorkspace, TEST_USER } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { SessionUser } from '../../domain/wire';
import { TransportError } from '../../sync/transport';

const COORDINATOR: SessionUser = { ...TEST_USER, id: 'user-2', name: 'Coordination', role: 'coordinator' };
const OPEN = "Anonymiser la personne (droit à l'effacement)";

async function openCandidate(user: SessionUser) {
  const workspace = createMemoryWorkspace(user);
  candidatesOf(workspace).seed('c-1', 'site-cpas', {
    firstName: 'Jan',
    lastName: 'Peeters',
    phone: '0470 12 34 56',
    birthDate: '1988-04-02',
    gender: 'M',
    communeCode: 'schaerbeek',
    notes: 'Cherche un emploi en cuisine',
  });
  renderApp('/candidats/c-1/modifier', signedInService(workspace));
  await screen.findByRole('heading', { name: 'Modifier le candidat', level: 1 });
  await screen.findByLabelText('Prénom');
  return { workspace, user: userEvent.setup() };
}

afterEach(() => vi.restoreAllMocks());

// A ceiling for a loaded 2-core machine, not a timing assertion.
describe('erasure of a person', { timeout: 30_000 }, () => {
  it('is not offered to advisers', async () => {
    await openCandidate(TEST_USER);
    expect(screen.queryByRole('button', { name: OPEN })).toBeNull();
  });

  it('lets a coordinator anonymise the person after saying what is kept and wiped, then shows the anonymised file', async () => {
    const { workspace, user } = await openCandidate(COORDINATOR);
    await user.click(screen.getByRole('button', { name: OPEN }));

    const dialog = screen.getByRole('alertdialog', { name: 'Anonymiser Jan Peeters ?' });
    expect(dialog.textContent).toContain('les noms');
    expect(dialog.textContent).toContain('les notes');
    expect(dialog.textContent).toContain("l'année de naissance, la commune, le diplôme, la motivation, l'envoyeur et le niveau de français");
    const confirm = within(dialog).getByRole('button', { name: 'Anonymiser définitivement' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(document.activeElement?.textContent).toBe('Annuler');

    await user.click(within(dialog).getByRole('checkbox', { name: "Je comprends que c'est définitif" }));
    await user.click(confirm);

    await screen.findByRole('heading', { name: 'Personne anonymisée', level: 1 });
    expect(workspace.erasure.calls).toEqual(['c-1']);
    expect(workspace.sync.syncCalls).toBe(1);
    expect(screen.queryByText(/Peeters/)).toBeNull();
    expect(screen.queryByLabelText('Prénom')).toBeNull();
    expect(candidatesOf(workspace).records.get('c-1')?.data).toEqual({ birthDate: '1988', gender: 'M', communeCode: 'schaerbeek', erased: true });

    // The list follows repo.watch (the real store notifies when the pull stores the anonymised
    // record); the fake's seed does not notify, so announce the change as the pull would.
    candidatesOf(workspace)['emit']();
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Candidats' }));
    expect(await screen.findByRole('link', { name: /Personne anonymisée/ })).toBeTruthy();
  });

  it('cancels without erasing anything', async () => {
    const { workspace, user } = await openCandidate(COORDINATOR);
    await user.click(screen.getByRole('button', { name: OPEN }));
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(workspace.erasure.calls).toEqual([]);
  });

  it('says why it failed and changes nothing when the server refuses', async () => {
    const { workspace, user } = await openCandidate(COORDINATOR);
    workspace.erasure.failWith = new TransportError('forbidden', { status: 403 });
    await user.click(screen.getByRole('button', { name: OPEN }));
    await user.click(screen.getByRole('checkbox', { name: "Je comprends que c'est définitif" }));
    await user.click(screen.getByRole('button', { name: 'Anonymiser définitivement' }));

    expect((await screen.findByRole('alert')).textContent).toContain('seuls les coordinateurs du lieu et les administrateurs');
    expect(workspace.sync.syncCalls).toBe(0);
    expect(candidatesOf(workspace).records.get('c-1')?.data.lastName).toBe('Peeters');
  });

  it('is disabled offline, with the reason', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await openCandidate(COORDINATOR);
    const button = screen.getByRole('button', { name: OPEN }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await waitFor(() => expect(button.getAttribute('aria-describedby')).toBeTruthy());
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toContain('Hors ligne');
  });
});
