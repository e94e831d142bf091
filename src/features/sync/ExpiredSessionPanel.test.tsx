import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryWorkspace, MemorySyncEngine } from '../../app/test-support/memory-workspace';
import { createI18n } from '../../i18n';
import type { RenewalOutcome } from '../../sync/session-renewal';
import { ExpiredSessionPanel } from './ExpiredSessionPanel';

function setup(outcomes: RenewalOutcome[]) {
  const sync = new MemorySyncEngine({ phase: 'error', error: 'unauthorized', pending: 3, needsAttention: 0 });
  const renewSession = vi.fn(async () => {
    const outcome = outcomes.shift() ?? 'server';
    if (outcome === 'renewed') await sync.syncNow();
    return outcome;
  });
  const workspace = { ...createMemoryWorkspace(), sync, renewSession };
  render(
    <I18nextProvider i18n={createI18n('fr')}>
      <ExpiredSessionPanel workspace={workspace} />
    </I18nextProvider>,
  );
  return { sync, renewSession };
}

describe('the expired-session panel', () => {
  it('says the work is kept, checks the fields in words, and renews in place', async () => {
    const user = userEvent.setup();
    const { renewSession } = setup(['bad_credentials', 'renewed']);
    expect(await screen.findByRole('heading', { name: 'Votre connexion au serveur a expiré' })).toBeTruthy();
    expect(screen.getByText(/3 changements attendent d'être envoyés/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Me reconnecter' }));
    expect(screen.getAllByText('Ce champ est obligatoire.')).toHaveLength(2);
    expect(renewSession).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/Adresse e-mail/), 'nadia@demo.vdc.brussels');
    await user.type(screen.getByLabelText(/Mot de passe/), 'mauvais');
    await user.click(screen.getByRole('button', { name: 'Me reconnecter' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Adresse e-mail ou mot de passe incorrect.');

    await user.clear(screen.getByLabelText(/Mot de passe/));
    await user.type(screen.getByLabelText(/Mot de passe/), 'le bon');
    await user.click(screen.getByRole('button', { name: 'Me reconnecter' }));
    expect(renewSession).toHaveBeenLastCalledWith('nadia@demo.vdc.brussels', 'le bon');
    // Synced: the panel goes away by itself.
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Votre connexion au serveur a expiré' })).toBeNull());
  });

  it('keeps what was typed and the refusal while another sync runs and is refused again', async () => {
    // The timer, the online event or the sync button start runs while the panel is open: each
    // passes through "syncing" before the server refuses the token again.
    const user = userEvent.setup();
    const { sync } = setup(['bad_credentials']);
    await user.type(await screen.findByLabelText(/Adresse e-mail/), 'nadia@demo.vdc.brussels');
    await user.type(screen.getByLabelText(/Mot de passe/), 'mauvais');
    await user.click(screen.getByRole('button', { name: 'Me reconnecter' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Adresse e-mail ou mot de passe incorrect.');

    act(() => sync.setStatus({ phase: 'syncing', pending: 3, needsAttention: 0 }));
    act(() => sync.setStatus({ phase: 'error', error: 'unauthorized', pending: 3, needsAttention: 0 }));
    expect(screen.getByRole('alert').textContent).toContain('Adresse e-mail ou mot de passe incorrect.');
    expect(screen.getByLabelText<HTMLInputElement>(/Adresse e-mail/).value).toBe('nadia@demo.vdc.brussels');
  });

  it('goes away when a run ends otherwise than refused (the session was renewed elsewhere)', async () => {
    const { sync } = setup([]);
    expect(await screen.findByRole('heading', { name: 'Votre connexion au serveur a expiré' })).toBeTruthy();
    act(() => sync.setStatus({ phase: 'syncing', pending: 3, needsAttention: 0 }));
    expect(screen.getByRole('heading', { name: 'Votre connexion au serveur a expiré' })).toBeTruthy();
    act(() => sync.setStatus({ phase: 'offline', error: 'network', pending: 3, needsAttention: 0 }));
    expect(screen.queryByRole('heading', { name: 'Votre connexion au serveur a expiré' })).toBeNull();
  });

  it('stays hidden while the session is valid', () => {
    const workspace = createMemoryWorkspace();
    const { container } = render(
      <I18nextProvider i18n={createI18n('fr')}>
        <ExpiredSessionPanel workspace={{ ...workspace, renewSession: async () => 'renewed' }} />
      </I18nextProvider>,
    );
    expect(container.innerHTML).toBe('');
  });
});
