// Validation attempts in memory: record a registration, the two-failures warning (from the second
// failure on) with its guidance date and its confirmation, correcting, deleting with confirmation, and closing the accompaniment on a Titre.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { candidatesOf, createMemoryWorkspace, type MemoryRepository } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';

function seeded(scopes: ('suivi' | 'partage-centre' | 'contact')[] = ['suivi', 'partage-centre']) {
  const workspace = createMemoryWorkspace();
  candidatesOf(workspace).seed('c-1', 'site-ml-bxl', { firstName: 'Mohammed', lastName: 'El Amrani', consent: { given: true, date: '2026-01-10', scopes } });
  (workspace.repo('accompaniments') as unknown as MemoryRepository<'accompaniments'>).seed('a-1', 'site-ml-bxl', {
    candidateId: 'c-1',
    metier: 'aide-menager',
    startDate: '2026-01-10',
    status: 'open',
  });
  return workspace;
}

describe('validation attempts', { timeout: 60_000 }, () => {
  it('records a registration, then a Titre, and closes the accompaniment when the adviser says so', async () => {
    const workspace = seeded();
    renderApp('/candidats/c-1/validation', signedInService(workspace));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ajouter une inscription à une épreuve' }));
    await user.click(screen.getByRole('button', { name: "Enregistrer l'épreuve" }));
    await waitFor(() => expect(screen.getByLabelText(/^Unité de compétence/).getAttribute('aria-invalid')).toBe('true'));

    await user.selectOptions(screen.getByLabelText(/^Unité de compétence/), "UC1 — Réaliser les tâches d'entretien courant de la maison");
    await user.type(screen.getByLabelText("Date d'inscription"), '2026-03-01');
    await user.type(screen.getByLabelText('Centre de validation'), 'Bruxelles Formation');
    await user.selectOptions(screen.getByLabelText('Région du centre'), 'wallonie');
    await user.type(screen.getByLabelText("Date de l'épreuve"), '2026-04-02');
    await user.click(screen.getByRole('button', { name: "Enregistrer l'épreuve" }));
    await screen.findByText('Épreuve enregistrée.');
    const [step] = await workspace.repo('validationSteps').list();
    expect(step?.data).toMatchObject({ candidateId: 'c-1', accompanimentId: 'a-1', uc: 'UC1', centreRegion: 'wallonie', testDate: '2026-04-02' });

    await user.click(screen.getByRole('button', { name: 'Corriger UC1' }));
    await user.selectOptions(screen.getByLabelText('Résultat'), 'reussi');
    await user.type(screen.getByLabelText('Date du Titre de compétence'), '2026-05-20');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les corrections' }));
    const dialog = await screen.findByRole('alertdialog', { name: "Clôturer l'accompagnement ?" });
    expect(dialog.textContent).toContain('20/05/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Oui, clôturer' }));
    await screen.findByText('Accompagnement clôturé : Titre obtenu.');
    expect((await workspace.repo('accompaniments').get('a-1'))?.data).toMatchObject({ status: 'closed', exitDate: '2026-05-20', exitReason: 'titre-obtenu' });
  });

  it('says in the field, before saving, that a registration needs the consent to share with the centre', async () => {
    const workspace = seeded(['suivi', 'contact']);
    renderApp('/candidats/c-1/validation', signedInService(workspace));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ajouter une inscription à une épreuve' }));
    expect(screen.getByText(/n’a pas accepté le partage de son dossier avec le centre de validation : l’inscription/)).toBeTruthy();
    await user.selectOptions(screen.getByLabelText(/^Unité de compétence/), "UC1 — Réaliser les tâches d'entretien courant de la maison");
    await user.type(screen.getByLabelText('Centre de validation'), 'Bruxelles Formation');
    // Before saving: the field says why.
    expect(screen.getByLabelText('Centre de validation').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/enregistrez d’abord ce consentement/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: "Enregistrer l'épreuve" }));
    expect(await workspace.repo('validationSteps').list()).toEqual([]);
    // The attempt itself (the UC, no centre data) can be planned.
    await user.clear(screen.getByLabelText('Centre de validation'));
    await user.click(screen.getByRole('button', { name: "Enregistrer l'épreuve" }));
    await screen.findByText('Épreuve enregistrée.');
    expect((await workspace.repo('validationSteps').list()).map((step) => step.data)).toEqual([expect.objectContaining({ uc: 'UC1', centreName: null })]);
  });

  it('says guidance is compulsory after two failures at the same UC and asks to confirm', async () => {
    const workspace = seeded();
    const steps = workspace.repo('validationSteps') as unknown as MemoryRepository<'validationSteps'>;
    steps.seed('v-1', 'site-ml-bxl', { candidateId: 'c-1', uc: 'UC2', testDate: '2025-10-01', result: 'echoue' });
    steps.seed('v-2', 'site-ml-bxl', { candidateId: 'c-1', uc: 'UC2', testDate: '2026-01-15', result: 'echoue' });
    renderApp('/candidats/c-1/validation', signedInService(workspace));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ajouter une inscription à une épreuve' }));
    await user.selectOptions(screen.getByLabelText(/^Unité de compétence/), 'UC1');
    expect(screen.queryByText(/guidance\) est obligatoire/)).toBeNull();
    await user.selectOptions(screen.getByLabelText(/^Unité de compétence/), 'UC2');
    expect(await screen.findByText(/^Déjà 2 épreuves échouées pour UC2\. Un accompagnement \(guidance\) est obligatoire avant une nouvelle inscription\./)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: "Enregistrer l'épreuve" }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Guidance obligatoire' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(steps.records.size).toBe(2);
    await user.click(screen.getByRole('button', { name: "Enregistrer l'épreuve" }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: "Oui, enregistrer l'inscription" }));
    await screen.findByText('Épreuve enregistrée.');
    expect(steps.records.size).toBe(3);

    await user.click(screen.getAllByRole('button', { name: 'Supprimer UC2' })[0]!);
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Supprimer' }));
    await screen.findByText('Épreuve supprimée.');
    expect(steps.records.size).toBe(2);
  });

  it('asks for guidance as soon as the second failure is recorded, and keeps the date it took place', async () => {
    const workspace = seeded();
    const steps = workspace.repo('validationSteps') as unknown as MemoryRepository<'validationSteps'>;
    steps.seed('v-1', 'site-ml-bxl', { candidateId: 'c-1', uc: 'UC2', testDate: '2025-10-01', result: 'echoue' });
    renderApp('/candidats/c-1/validation', signedInService(workspace));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ajouter une inscription à une épreuve' }));
    await user.selectOptions(screen.getByLabelText(/^Unité de compétence/), 'UC2');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByLabelText('Date de la guidance')).toBeNull();

    // The second failure, being recorded: the guidance is said at once, with the place for its date.
    await user.selectOptions(screen.getByLabelText(/^Résultat/), 'echoue');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Déjà 2 épreuves échouées pour UC2\. .*Notez la date de la guidance/);
    await user.type(screen.getByLabelText('Date de la guidance'), '2026-02-03');
    await waitFor(() => expect(screen.queryByText(/guidance\) est obligatoire/)).toBeNull());
    await user.click(screen.getByRole('button', { name: "Enregistrer l'épreuve" }));
    await screen.findByText('Épreuve enregistrée.');
    const saved = [...steps.records.values()].find((record) => record.id !== 'v-1');
    expect(saved?.data).toMatchObject({ uc: 'UC2', result: 'echoue', guidanceDate: '2026-02-03' });
    expect(await screen.findByText(/Guidance le 03\/02\/2026/)).toBeTruthy();

    // With the guidance recorded, a third registration is saved without the compulsory-guidance question.
    await user.click(await screen.findByRole('button', { name: 'Ajouter une inscription à une épreuve' }));
    await user.selectOptions(screen.getByLabelText(/^Unité de compétence/), 'UC2');
    expect(screen.queryByText(/guidance\) est obligatoire/)).toBeNull();
    await user.click(screen.getByRole('button', { name: "Enregistrer l'épreuve" }));
    await waitFor(() => expect(steps.records.size).toBe(3));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('shows upcoming tests and past tests without a result on the home screen', async () => {
    const workspace = seeded();
    const steps = workspace.repo('validationSteps') as unknown as MemoryRepository<'validationSteps'>;
    steps.seed('v-1', 'site-ml-bxl', { candidateId: 'c-1', uc: 'UC1', testDate: '2099-06-01' });
    steps.seed('v-2', 'site-ml-bxl', { candidateId: 'c-1', uc: 'UC2', testDate: '2020-02-03' });
    steps.seed('v-3', 'site-ml-bxl', { candidateId: 'c-1', uc: 'UC3', testDate: '2020-02-04', result: 'reussi' });
    renderApp('/', signedInService(workspace));
    const upcoming = await screen.findByRole('list', { name: 'Épreuves à venir : 1' });
    expect(within(upcoming).getByRole('link').textContent).toBe('Mohammed El Amrani — UC1 — 01/06/2099');
    const awaiting = screen.getByRole('list', { name: 'Épreuves passées sans résultat : 1' });
    expect(within(awaiting).getByRole('link', { name: 'Mohammed El Amrani — UC2 — 03/02/2020' }).getAttribute('href')).toBe('/candidats/c-1/validation');
  });
});
