// The decision on one recommended module, on its own: the review's own messages in the field that
// needs the change, the first invalid field focused, nothing saved while a check fails.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n';
import { DecisionForm } from './DecisionForm';

const renderForm = (onSave: Parameters<typeof DecisionForm>[0]['onSave']) => {
  render(
    <I18nextProvider i18n={createI18n('fr')}>
      <DecisionForm module="fle" onSave={onSave} />
    </I18nextProvider>,
  );
  return userEvent.setup();
};

describe('DecisionForm', () => {
  it('asks for the replacing module in its field, focuses it and saves nothing until it is chosen', async () => {
    const onSave = vi.fn(async () => undefined);
    const user = renderForm(onSave);
    await user.click(screen.getByRole('radio', { name: 'Remplacer par un autre module' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    const replacement = screen.getByLabelText('Module choisi à la place');
    await waitFor(() => expect(document.activeElement).toBe(replacement));
    expect(replacement.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(replacement.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Choisissez le module qui remplace celui-ci.');
    expect(onSave).not.toHaveBeenCalled();

    await user.selectOptions(replacement, 'numerique');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    expect(await screen.findByText('Donnez la raison de cette décision.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Raison'), '  Déjà vu en formation.  ');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ module: 'fle', choice: 'replaced', replacement: 'numerique', reason: 'Déjà vu en formation.' }));
  });

  it('says in words when the decision could not be saved', async () => {
    const user = renderForm(async () => {
      throw new Error('quota');
    });
    await user.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    expect((await screen.findByRole('alert')).textContent).toBe("La décision n'a pas pu être enregistrée. Réessayez.");
  });
});
