// The update banner never applies an update while a form holds it or the outbox has rows, and
// applies it when the adviser chooses: now, or as soon as nothing holds it any more.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryWorkspace } from '../app/test-support/memory-workspace';
import { SessionProvider } from '../components/session/session-context';
import { createI18n } from '../i18n';
import { PendingUpdate } from './UpdateBanner';
import { UpdateHoldsProvider, useHoldUpdateWhile } from './update-holds';

/** A stand-in for a form: holds the update while it has unsaved input. */
function FakeForm() {
  const [dirty, setDirty] = useState(true);
  useHoldUpdateWhile(dirty);
  return (
    <button type="button" onClick={() => setDirty(false)}>
      save
    </button>
  );
}

async function renderBanner(options: { pending?: number; withForm?: boolean; signedOut?: boolean } = {}) {
  const workspace = createMemoryWorkspace();
  workspace.sync.setStatus({ phase: 'offline', pending: options.pending ?? 0, needsAttention: 0 });
  const apply = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('fr')}>
      <SessionProvider service={{ signIn: async () => ({ ok: true, workspace, offline: false }), resumeSession: async () => (options.signedOut ? null : workspace) }}>
        <UpdateHoldsProvider>
          {options.withForm ? <FakeForm /> : null}
          <PendingUpdate apply={apply} />
        </UpdateHoldsProvider>
      </SessionProvider>
    </I18nextProvider>,
  );
  await screen.findByText(/Une nouvelle version de l'application est prête/);
  return { apply, workspace };
}

describe('update banner', () => {
  it('offers "now" when nothing holds the update, and applies only on the click', async () => {
    const { apply } = await renderBanner();
    expect(apply).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Mettre à jour maintenant' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('while a form has unsaved input: no "now", and "as soon as possible" waits for the save', async () => {
    const { apply } = await renderBanner({ withForm: true });
    expect(screen.getByText(/Un formulaire n'est pas encore enregistré/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mettre à jour maintenant' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Mettre à jour dès que possible' }));
    expect(apply).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('with changes waiting in the outbox: "as soon as possible" waits until they are synced', async () => {
    const { apply, workspace } = await renderBanner({ pending: 2 });
    expect(await screen.findByText(/2 modifications attendent la synchronisation/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Mettre à jour dès que possible' }));
    expect(apply).not.toHaveBeenCalled();
    act(() => workspace.sync.setStatus({ phase: 'idle', pending: 0, needsAttention: 0 }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('says, once signed in, that the adviser will open the tablet again after the update (the key lives in memory only)', async () => {
    await renderBanner();
    expect(await screen.findByText(/il faudra ensuite rouvrir la tablette \(verrou de la tablette, code PIN avec le réseau, ou mot de passe\)/)).toBeTruthy();
  });

  it('says nothing of opening the tablet again when nobody is signed in', async () => {
    await renderBanner({ signedOut: true });
    expect(screen.queryByText(/rouvrir la tablette/)).toBeNull();
  });
});
