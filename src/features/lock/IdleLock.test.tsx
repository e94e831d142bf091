import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryPin } from '../../app/test-support/memory-services';
import { TEST_USER, createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp } from '../../app/test-support/render-app';
import type { SessionService } from '../../components/session/session-context';
import type { Workspace } from '../../sync/workspace';

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

function workspaceWithPin(pinSet = true) {
  return createMemoryWorkspace(TEST_USER, { pin: new MemoryPin(pinSet ? '2468' : undefined) });
}

const resumedService = (workspace: Workspace): SessionService => ({
  signIn: async () => ({ ok: true, workspace, offline: false }),
  resumeSession: async () => workspace,
});

describe('the idle lock', () => {
  it('opens locked after a reload; a wrong PIN is refused, the right one shows the screen again', async () => {
    const workspace = workspaceWithPin();
    renderApp('/', resumedService(workspace));
    expect(await screen.findByRole('heading', { name: 'Tablette verrouillée' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Navigation principale' })).toBeNull();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Code du conseiller'), '1111');
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    await user.type(screen.getByLabelText('Code du conseiller'), '2468');
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByRole('navigation', { name: 'Navigation principale' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Tablette verrouillée' })).toBeNull();
  }, 60_000);

  it('after five wrong PINs, the login screen says so, and logging in again lands where the adviser was', async () => {
    // Four wrong PINs typed before the reload: the fifth locks out.
    const workspace = createMemoryWorkspace(TEST_USER, { pin: Object.assign(new MemoryPin('2468'), { wrongInARow: 4 }) });
    renderApp('/candidats', resumedService(workspace));
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Code du conseiller'), '1111');
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText(/^Cinq codes PIN incorrects : la session a été fermée\. Connectez-vous avec votre mot de passe/)).toBeTruthy();
    await user.type(screen.getByLabelText('Adresse e-mail'), 'conseillere@demo.vdc.brussels');
    await user.type(screen.getByLabelText('Mot de passe'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    // Back on the list she was on, not the home screen (the lock opens first after a resumed login).
    expect(await screen.findByRole('heading', { name: 'Candidats', level: 1 }, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Bonjour/ })).toBeNull();
  }, 60_000);

  it('locks after the idle minutes without losing what was typed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    localStorage.setItem('vdc-idle-minutes', '1');
    const workspace = workspaceWithPin();
    renderApp('/mot-de-passe', { signIn: async () => ({ ok: true, workspace, offline: false }), resumeSession: async () => workspace });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    // Opened from the kept key: unlock first.
    await user.type(await screen.findByLabelText('Code du conseiller'), '2468');
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    await user.type(await screen.findByLabelText(/Mot de passe actuel/), 'half typed');

    await act(async () => {
      await vi.advanceTimersByTimeAsync(61_000);
    });
    expect(await screen.findByRole('heading', { name: 'Tablette verrouillée' })).toBeTruthy();
    await user.type(screen.getByLabelText('Code du conseiller'), '2468');
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(((await screen.findByLabelText(/Mot de passe actuel/)) as HTMLInputElement).value).toBe('half typed');
  }, 60_000);

  it('signs an idle adviser without a PIN out to the password, keeping the data; a reload alone does not', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    localStorage.setItem('vdc-idle-minutes', '1');
    const workspace = workspaceWithPin(false);
    renderApp('/', resumedService(workspace));
    expect(await screen.findByRole('navigation', { name: 'Navigation principale' })).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(61_000);
    });
    expect(await screen.findByText('Écran verrouillé : connectez-vous avec votre mot de passe. Vos données restent sur la tablette.')).toBeTruthy();
    expect(workspace.signedOut).toBe(true);
  }, 60_000);
});
