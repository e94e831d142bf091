import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';

describe('the PIN of the lock settings', () => {
  it('says a bad or mistyped PIN in its field, saves nothing, then saves a good one', async () => {
    const user = userEvent.setup();
    const workspace = createMemoryWorkspace();
    renderApp('/mot-de-passe', signedInService(workspace));
    const first = await screen.findByLabelText('Nouveau code PIN');
    const repeat = screen.getByLabelText('Le même code, encore une fois');
    const save = screen.getByRole('button', { name: 'Enregistrer le code PIN' });

    await user.type(first, '12a');
    await user.click(save);
    expect((await screen.findByText('Le code PIN doit avoir 4 à 6 chiffres.')).id).toBe('lock-pin-error');
    expect(first.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(first);
    expect(workspace.pin.pin).toBeUndefined();

    await user.clear(first);
    await user.type(first, '2468');
    await user.type(repeat, '2469');
    await user.click(save);
    expect((await screen.findByText('Les deux codes ne sont pas les mêmes.')).id).toBe('lock-pin-repeat-error');
    expect(screen.queryByText('Le code PIN doit avoir 4 à 6 chiffres.')).toBeNull();
    expect(document.activeElement).toBe(repeat);
    expect(workspace.pin.pin).toBeUndefined();

    await user.clear(repeat);
    await user.type(repeat, '2468');
    await user.click(save);
    await screen.findByText('Votre code PIN est enregistré sur cette tablette.');
    expect(workspace.pin.pin).toBe('2468');
    await waitFor(() => expect((first as HTMLInputElement).value).toBe(''));
    expect(screen.queryByText('Les deux codes ne sont pas les mêmes.')).toBeNull();
  });
});
