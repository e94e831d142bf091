// The UC of an attempt comes from the network's catalogue of the accompaniment's métier: the UCs
// current on the attempt's day, by their labels, an administrator's addition included; old
// free-text codes and retired UCs still show; a métier without UCs in the catalogue keeps a typed
// code; the two-failures rule is per UC of the métier.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { candidatesOf, createMemoryWorkspace, type MemoryRepository } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';

function seeded() {
  const workspace = createMemoryWorkspace();
  candidatesOf(workspace).seed('c-1', 'site-ml-bxl', { firstName: 'Mohammed', lastName: 'El Amrani' });
  const accompaniments = workspace.repo('accompaniments') as unknown as MemoryRepository<'accompaniments'>;
  accompaniments.seed('a-1', 'site-ml-bxl', { candidateId: 'c-1', metier: 'aide-menager', startDate: '2026-01-10', status: 'open' });
  accompaniments.seed('a-2', 'site-ml-bxl', { candidateId: 'c-1', metier: 'boulanger-patissier', startDate: '2025-01-10', status: 'closed' });
  const metiers = workspace.repo('metiers') as unknown as MemoryRepository<'metiers'>;
  metiers.seed('aide-menager', '_network', {
    code: 'aide-menager',
    labels: { fr: 'Aide-ménager(ère)', nl: 'Huishoudhulp', en: 'Home help' },
    ucs: [
      { code: 'UC1', label: "Réaliser les tâches d'entretien courant de la maison" },
      { code: 'UC2', label: "Assurer l'entretien du linge", validTo: '2025-12-31' },
      { code: 'UC3', label: 'Repassage en atelier' },
      { code: 'UC4', label: 'Pas encore', validFrom: '2099-01-01' },
    ],
  });
  return { workspace, steps: workspace.repo('validationSteps') as unknown as MemoryRepository<'validationSteps'> };
}

const optionsOf = (select: HTMLElement) => within(select).getAllByRole('option').map((option) => option.textContent);

describe('choosing the UC of an attempt', { timeout: 60_000 }, () => {
  it('offers the UCs of the métier current today by their labels, and keeps old values visible', async () => {
    const { workspace, steps } = seeded();
    steps.seed('v-1', 'site-ml-bxl', { candidateId: 'c-1', accompanimentId: 'a-1', uc: 'uc 9 libre', registrationDate: '2024-02-01' });
    steps.seed('v-2', 'site-ml-bxl', { candidateId: 'c-1', accompanimentId: 'a-1', uc: 'UC2', registrationDate: '2026-02-01' });
    renderApp('/candidats/c-1/validation', signedInService(workspace));
    const user = userEvent.setup();

    const list = await screen.findByRole('list', { name: 'Épreuves de validation' });
    expect(within(list).getByText("UC2 — Assurer l'entretien du linge")).toBeTruthy();
    expect(within(list).getByText('uc 9 libre')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Ajouter une inscription à une épreuve' }));
    const uc = screen.getByLabelText(/^Unité de compétence/);
    expect(optionsOf(uc)).toEqual(["— Choisir l'UC —", "UC1 — Réaliser les tâches d'entretien courant de la maison", 'UC3 — Repassage en atelier']);
    await user.selectOptions(uc, 'UC3');
    await user.click(screen.getByRole('button', { name: "Enregistrer l'épreuve" }));
    await screen.findByText('Épreuve enregistrée.');
    expect([...steps.records.values()].find((step) => step.data.uc === 'UC3')).toMatchObject({ siteId: 'site-ml-bxl', data: { accompanimentId: 'a-1' } });

    await user.click(screen.getByRole('button', { name: 'Corriger uc 9 libre' }));
    expect(optionsOf(screen.getByLabelText(/^Unité de compétence/)).at(-1)).toBe('uc 9 libre (hors du catalogue)');
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    await user.click(screen.getByRole('button', { name: 'Corriger UC2' }));
    const corrected = screen.getByLabelText(/^Unité de compétence/) as HTMLSelectElement;
    expect(corrected.value).toBe('UC2');
    // Registered after UC2 left the catalogue (31/12/2025): still named, marked as retired.
    expect(optionsOf(corrected).at(-1)).toBe("UC2 — Assurer l'entretien du linge (retirée du catalogue)");
  });

  it('keeps a typed code for a métier without UCs in the catalogue', async () => {
    const { workspace, steps } = seeded();
    renderApp('/candidats/c-1/validation', signedInService(workspace));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ajouter une inscription à une épreuve' }));
    await user.selectOptions(screen.getByLabelText('Accompagnement'), 'a-2');
    const typed = screen.getByRole('combobox', { name: /^Unité de compétence/ });
    expect(typed.tagName).toBe('INPUT');
    expect(screen.getByText(/pas encore d'UC pour ce métier/)).toBeTruthy();
    await user.type(typed, 'UC1');
    await user.click(screen.getByRole('button', { name: "Enregistrer l'épreuve" }));
    await screen.findByText('Épreuve enregistrée.');
    expect([...steps.records.values()].map((step) => [step.data.accompanimentId, step.data.uc])).toEqual([['a-2', 'UC1']]);
  });

  it('counts failures per UC of the métier: UC1 of boulanger-pâtissier is not UC1 of aide-ménager', async () => {
    const { workspace, steps } = seeded();
    steps.seed('v-1', 'site-ml-bxl', { candidateId: 'c-1', accompanimentId: 'a-2', uc: 'UC1', result: 'echoue' });
    steps.seed('v-2', 'site-ml-bxl', { candidateId: 'c-1', accompanimentId: 'a-2', uc: 'uc1', result: 'echoue' });
    steps.seed('v-3', 'site-ml-bxl', { candidateId: 'c-1', accompanimentId: 'a-1', uc: 'UC1', result: 'echoue' });
    renderApp('/candidats/c-1/validation', signedInService(workspace));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ajouter une inscription à une épreuve' }));
    // The catalogue arrives with its table after the form shows: until then the UC is typed.
    await screen.findByRole('option', { name: /^UC1 —/ });
    await user.selectOptions(screen.getByLabelText(/^Unité de compétence/), 'UC1');
    expect(screen.queryByText(/guidance\) est obligatoire/)).toBeNull();
    // Boulanger-pâtissier has no UC in the catalogue: the code stays, typed, and its two failures count.
    await user.selectOptions(screen.getByLabelText('Accompagnement'), 'a-2');
    expect(screen.getByRole('combobox', { name: /^Unité de compétence/ })).toHaveProperty('value', 'UC1');
    expect(await screen.findByText(/^Déjà 2 épreuves échouées pour UC1\. Un accompagnement \(guidance\) est obligatoire avant une nouvelle inscription\./)).toBeTruthy();
  });
});
