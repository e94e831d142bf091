// Changes held in memory because storage is full are announced in words, with what to do, and a
// retry that writes them once space is back; the alert goes away when nothing waits any more.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { heldWrites } from '../db/held-writes';
import { createI18n } from '../i18n';
import { HeldWritesAlert } from './HeldWritesAlert';

describe('held writes alert', () => {
  it('says how many changes wait and what to do, and retries on demand', async () => {
    let full = true;
    const written: string[] = [];
    const change = (name: string) => ({
      database: 'vdc-user-test',
      retry: async () => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        written.push(name);
      },
    });
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <HeldWritesAlert />
      </I18nextProvider>,
    );
    expect(screen.queryByRole('alert')).toBeNull();

    heldWrites.hold(change('first'));
    heldWrites.hold(change('second'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("2 modifications ne sont pas encore enregistrées sur la tablette : la mémoire est pleine.");
    expect(alert.textContent).toContain('Ne fermez pas l\'application. Synchronisez, libérez de la place');

    await userEvent.click(screen.getByRole('button', { name: "Réessayer d'enregistrer" }));
    await waitFor(() => expect(screen.getByRole('button', { name: "Réessayer d'enregistrer" })).toBeTruthy());
    expect(written).toEqual([]);
    expect(screen.getByRole('alert')).toBeTruthy();

    full = false;
    await userEvent.click(screen.getByRole('button', { name: "Réessayer d'enregistrer" }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(written).toEqual(['first', 'second']);
  });
});
