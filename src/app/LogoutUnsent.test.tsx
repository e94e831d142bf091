// Signing out with changes not yet sent says so, and what stays on the tablet, before it happens.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MemorySyncEngine, createMemoryWorkspace } from './test-support/memory-workspace';
import { renderApp, signedInService } from './test-support/render-app';

describe('logout with unsent changes', { timeout: 60_000 }, () => {
  it('warns, says the changes stay on the tablet, and signs out only when asked again', async () => {
    const workspace = createMemoryWorkspace();
    workspace.sync = new MemorySyncEngine({ phase: 'idle', pending: 3, needsAttention: 0 });
    renderApp('/', signedInService(workspace));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Se déconnecter' }));
    const dialog = screen.getByRole('alertdialog', { name: '3 modifications pas encore envoyées' });
    expect(dialog.textContent).toContain('Elles restent sur cette tablette, chiffrées');
    await user.click(within(dialog).getByRole('button', { name: 'Rester connecté·e' }));
    expect(workspace.signedOut).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Se déconnecter quand même' }));
    await screen.findByRole('heading', { name: 'Connexion' });
    expect(workspace.signedOut).toBe(true);
  });

  it('signs out at once when nothing waits', async () => {
    const workspace = createMemoryWorkspace();
    renderApp('/', signedInService(workspace));
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Se déconnecter' }));
    await screen.findByRole('heading', { name: 'Connexion' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
