// The shared pieces of the record forms, on a small form of their own: what the screens' tests
// see through the candidate file, here without it.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createI18n } from '../../i18n';
import { RecordValidationError } from '../../sync/workspace';
import { FormInput, FormTextArea } from './form-controls';
import { FormFooter } from './FormFooter';
import { RecordSection, type Editing } from './RecordSection';
import { useRecordForm } from './use-record-form';
import { requiredChoice, requiredText } from './value-schemas';

const noteValues = z.object({ date: requiredChoice, text: requiredText });

function TestForm({ save }: { save: (values: z.infer<typeof noteValues>) => Promise<void> }) {
  const { form, submit, failed, errors, busy } = useRecordForm({ schema: noteValues, defaultValues: { date: '', text: '' }, save });
  return (
    <form aria-label="Note" onSubmit={(event) => void submit(event)} noValidate>
      <FormInput control={form.control} field="date" name="t-date" type="date" label="Date" required />
      <FormTextArea control={form.control} field="text" name="t-text" label="Texte" required />
      <FormFooter busy={busy} saveLabel="Enregistrer" cancelLabel="Annuler" onCancel={() => undefined} failed={failed} failedMessage="L'enregistrement a échoué." rootError={errors.root} />
    </form>
  );
}

const renderForm = (save: (values: z.infer<typeof noteValues>) => Promise<void>) => {
  render(
    <I18nextProvider i18n={createI18n('fr')}>
      <TestForm save={save} />
    </I18nextProvider>,
  );
  return userEvent.setup();
};

describe('a record form', () => {
  it('saves nothing while a field is wrong, says why in the field and focuses the first invalid one', async () => {
    const save = vi.fn(async () => undefined);
    const user = renderForm(save);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const date = screen.getByLabelText(/^Date/);
    // The check is asynchronous (zodResolver): wait for its outcome, the focus, not for a time.
    await waitFor(() => expect(document.activeElement).toBe(date));
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')).toBe('t-date-error');
    expect(document.getElementById('t-date-error')?.textContent).toBe('Ce champ est obligatoire.');
    expect(document.getElementById('t-text-error')?.textContent).toBe('Ce champ est obligatoire.');

    await user.type(date, '2026-03-02');
    await user.type(screen.getByLabelText(/^Texte/), '   ');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^Texte/)));
    expect(document.getElementById('t-date-error')).toBeNull();
    expect(save).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/^Texte/), ' Appel ');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith({ date: '2026-03-02', text: 'Appel' }, expect.anything()));
  });

  it('saves once when the form is submitted again before the first save has ended', async () => {
    const pending: (() => void)[] = [];
    const save = vi.fn(() => new Promise<void>((resolve) => pending.push(resolve)));
    const user = renderForm(save);
    await user.type(screen.getByLabelText(/^Date/), '2026-03-02');
    await user.type(screen.getByLabelText(/^Texte/), 'Appel');
    const form = screen.getByRole('form', { name: 'Note' });
    // A double tap and an Enter, before the button has turned busy.
    fireEvent.submit(form);
    fireEvent.submit(form);
    await waitFor(() => expect(save).toHaveBeenCalled());
    fireEvent.submit(form);
    for (const finish of pending) finish();
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Enregistrer' }).disabled).toBe(false));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('puts the storage’s refusal on the field it names and says any other failure in words', async () => {
    let failure: Error = new RecordValidationError([{ path: ['date'], message: 'dateTooFarAhead' }]);
    const user = renderForm(async () => {
      throw failure;
    });
    await user.type(screen.getByLabelText(/^Date/), '2031-03-02');
    await user.type(screen.getByLabelText(/^Texte/), 'Appel');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Cette date est plus d’un an dans le futur : vérifiez l’année.')).toBeTruthy();
    expect(screen.getByLabelText(/^Date/).getAttribute('aria-describedby')).toBe('t-date-error');
    expect(screen.queryByRole('alert')).toBeNull();

    failure = new Error('QuotaExceededError');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect((await screen.findByRole('alert')).textContent).toBe("L'enregistrement a échoué.");
  });
});

type Entry = { id: string; text: string };

function TestSection({ onDelete }: { onDelete: (entry: Entry) => Promise<void> }) {
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <RecordSection<Entry>
      headingId="t-title"
      title="Notes"
      empty="Aucune note."
      records={[{ id: 'n-1', text: 'Appel' }]}
      words={{ correct: 'Corriger', delete: 'Supprimer', confirmDelete: 'Oui, supprimer', keep: 'Non, garder' }}
      editing={editing}
      onEdit={setEditing}
      entry={(entry) => ({
        text: <p>{entry.text}</p>,
        correctLabel: `Corriger ${entry.text}`,
        deleteLabel: `Supprimer ${entry.text}`,
        deleteTitle: 'Supprimer cette note ?',
        deleteText: `La note « ${entry.text} » sera supprimée.`,
      })}
      form={(entry) => <p>{entry ? `Formulaire de ${entry.text}` : 'Nouveau formulaire'}</p>}
      onDelete={onDelete}
      addLabel="Ajouter une note"
    />
  );
}

describe('a record section', () => {
  it('deletes an entry only once the confirmation is answered yes', async () => {
    const onDelete = vi.fn(async () => undefined);
    render(<TestSection onDelete={onDelete} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Supprimer Appel' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Supprimer cette note ?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Non, garder' }));
    await user.click(within(dialog).getByRole('button', { name: 'Non, garder' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onDelete).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Supprimer Appel' }));
    await user.keyboard('{Escape}');
    expect(onDelete).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Supprimer Appel' }));
    await user.click(screen.getByRole('button', { name: 'Oui, supprimer' }));
    expect(onDelete).toHaveBeenCalledWith({ id: 'n-1', text: 'Appel' });
  });

  it('opens the form in place of the entry it corrects, and below the list for a new one', async () => {
    render(<TestSection onDelete={async () => undefined} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Corriger Appel' }));
    expect(within(screen.getByRole('listitem')).getByText('Formulaire de Appel')).toBeTruthy();
    expect(screen.queryByText('Appel')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ajouter une note' }));
    expect(screen.getByText('Nouveau formulaire')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ajouter une note' })).toBeNull();
    expect(screen.getByText('Appel')).toBeTruthy();
  });
});
