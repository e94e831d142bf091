import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { candidatesOf, createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';

async function openNewForm() {
  const workspace = createMemoryWorkspace();
  renderApp('/candidats/nouveau', signedInService(workspace));
  await screen.findByRole('heading', { name: 'Nouveau candidat', level: 1 });
  return { workspace, user: userEvent.setup() };
}

// A ceiling for a loaded 2-core machine (typing through real form controls), not a timing assertion.
describe('intake form', { timeout: 30_000 }, () => {
  it('shows the name rule in the field and saves nothing when both names are missing', async () => {
    const { workspace, user } = await openNewForm();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const lastName = await screen.findByLabelText('Nom');
    expect(lastName.getAttribute('aria-invalid')).toBe('true');
    const messageId = lastName.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(messageId)?.textContent).toBe('Indiquez au moins un prénom ou un nom.');
    expect(candidatesOf(workspace).calls).toEqual([]);
  });

  it('shows a bad birth date and a bad phone in their fields, in French', async () => {
    const { workspace, user } = await openNewForm();
    await user.type(screen.getByLabelText('Prénom'), 'Amina');
    await user.type(screen.getByLabelText('Date de naissance'), '1990-13-45');
    await user.type(screen.getByLabelText('Téléphone'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const birthDate = await screen.findByLabelText('Date de naissance');
    await waitFor(() => expect(birthDate.getAttribute('aria-invalid')).toBe('true'));
    // The first invalid field takes the focus (the bound fields hand their control's ref).
    await waitFor(() => expect(document.activeElement).toBe(birthDate));
    expect(birthDate.getAttribute('aria-describedby')).toContain('birthDate-error');
    expect(document.getElementById('birthDate-error')?.textContent).toBe(
      "Indiquez la date de naissance au format AAAA-MM-JJ, ou seulement l'année (AAAA).",
    );
    expect(document.getElementById('phone-error')?.textContent).toContain('Le téléphone ne peut contenir que des chiffres');
    expect(screen.getByLabelText('Prénom').getAttribute('aria-invalid')).toBeNull();
    expect(candidatesOf(workspace).calls).toEqual([]);
  });

  it('creates the candidate with only the filled fields, then opens the file with a confirmation', async () => {
    const { workspace, user } = await openNewForm();
    await user.type(screen.getByLabelText('Prénom'), '  Amina ');
    await user.type(screen.getByLabelText('Nom'), 'El Idrissi');
    await user.type(screen.getByLabelText('Date de naissance'), '1994');
    await user.type(screen.getByRole('combobox', { name: 'Commune de domicile' }), '1030');
    await user.keyboard('{Enter}');
    await user.selectOptions(screen.getByLabelText('Diplôme le plus élevé à l\'entrée'), '3');
    await user.type(screen.getByRole('combobox', { name: 'Langues parlées' }), 'arab');
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('radio', { name: 'Oui' }));
    await user.click(screen.getByRole('checkbox', { name: /suivi de son dossier/ }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await screen.findByText('Le candidat a été enregistré sur la tablette.');
    const [call] = candidatesOf(workspace).calls;
    expect(call?.op).toBe('create');
    expect(call?.siteId).toBe('site-ml-bxl');
    expect(call?.data).toEqual({
      firstName: 'Amina',
      lastName: 'El Idrissi',
      birthDate: '1994',
      communeCode: 'schaerbeek',
      certificationAtEntry: 3,
      languages: ['ar'],
      consent: { given: true, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), scopes: ['suivi'], recordedBy: 'user-1' },
    });
    // The person's file opens, not the list.
    await screen.findByRole('heading', { name: 'Amina El Idrissi', level: 1 });
  });

  it('says a pasted bidi control will go, and stores the name without it', async () => {
    const { workspace, user } = await openNewForm();
    await user.type(screen.getByLabelText('Prénom'), 'Amina');
    const lastName = screen.getByLabelText('Nom');
    await user.click(lastName);
    await user.paste('El \u202EIdrissi');
    const hint = document.getElementById('lastName-hint');
    expect(hint?.textContent).toMatch(/caractère invisible qui inverse le sens du texte/);
    expect(lastName.getAttribute('aria-describedby')).toContain('lastName-hint');
    expect(document.getElementById('firstName-hint')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await screen.findByText('Le candidat a été enregistré sur la tablette.');
    expect(candidatesOf(workspace).calls.map((call) => call.data)).toEqual([{ firstName: 'Amina', lastName: 'El Idrissi' }]);
  });

  it('updates only the changed fields and clears an emptied one with null', async () => {
    const workspace = createMemoryWorkspace();
    candidatesOf(workspace).seed('c-1', 'site-cpas', { firstName: 'Jan', lastName: 'Peeters', phone: '0470 12 34 56', gender: 'M' });
    renderApp('/candidats/c-1/modifier', signedInService(workspace));
    const user = userEvent.setup();
    const phone = await screen.findByLabelText('Téléphone');
    await user.clear(phone);
    await user.type(screen.getByLabelText('Prénom'), 'ke');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await screen.findByText('Les modifications ont été enregistrées sur la tablette.');
    expect(candidatesOf(workspace).calls).toEqual([{ op: 'update', id: 'c-1', data: { firstName: 'Janke', phone: null } }]);
  });

  it('corrects an old file whose phone breaks a newer rule without touching it, and says the rule at the field when it is changed', async () => {
    const workspace = createMemoryWorkspace();
    candidatesOf(workspace).seed('c-3', 'site-cpas', { firstName: 'Ana', lastName: 'Ancien', phone: '12' });
    renderApp('/candidats/c-3/modifier', signedInService(workspace));
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Prénom'), 'ïs');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('Les modifications ont été enregistrées sur la tablette.');
    expect(candidatesOf(workspace).calls).toEqual([{ op: 'update', id: 'c-3', data: { firstName: 'Anaïs' } }]);

    renderApp('/candidats/c-3/modifier', signedInService(workspace));
    const phone = (await screen.findAllByLabelText('Téléphone')).at(-1) as HTMLElement;
    await user.clear(phone);
    await user.type(phone, '34');
    await user.click(screen.getAllByRole('button', { name: 'Enregistrer' }).at(-1) as HTMLElement);
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(phone.getAttribute('aria-describedby')?.split(' ').find((id) => id.endsWith('-error')) ?? '')?.textContent).toMatch(/chiffres/);
    expect(candidatesOf(workspace).calls).toHaveLength(1);
  });

  it('deletes after confirmation only', async () => {
    const workspace = createMemoryWorkspace();
    candidatesOf(workspace).seed('c-2', 'site-ml-bxl', { lastName: 'Dubois' });
    renderApp('/candidats/c-2/modifier', signedInService(workspace));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Supprimer' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Supprimer ce candidat ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Non, garder' }));
    expect(candidatesOf(workspace).calls).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Supprimer' }));
    await user.click(screen.getByRole('button', { name: 'Oui, supprimer' }));
    await screen.findByText('Le candidat a été supprimé.');
    expect(candidatesOf(workspace).calls).toEqual([{ op: 'remove', id: 'c-2' }]);
  });
});
