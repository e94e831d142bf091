// The adviser's review after the comparison fixes: what the candidate told, practice results, the
// reasons with what fired, the agreement (levels, words, orientation) and the re-run recommendations.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import { seedReview } from './test-support';

const SLOW = { timeout: 30_000 };

function setUp() {
  const workspace = createMemoryWorkspace();
  seedReview(workspace);
  return { workspace, user: userEvent.setup({ delay: null }) };
}
const stored = async (workspace: ReturnType<typeof setUp>['workspace']) => (await workspace.repo('positionings').get('p-1'))?.data;

describe('what the candidate told, and results', SLOW, () => {
  it('shows the project, experience, feelings and constraints as answers, with the flags raised', async () => {
    renderApp('/positionnements/p-1', signedInService(setUp().workspace));
    const told = await screen.findByRole('region', { name: 'Ce que le candidat a dit' });
    expect(within(told).getByText('Vous voulez un Titre de compétence. Pourquoi ?').nextSibling?.textContent).toBe('Pour trouver un travail.');
    expect(within(told).getByText('Vous avez déjà fait ce travail ?').nextSibling?.textContent).toBe('Oui, en Belgique.');
    expect(within(told).getByText('Vous passez un examen. Comment vous sentez-vous ?').nextSibling?.textContent).toBe("J'ai beaucoup de stress.");
    expect(within(told).getByRole('note', { name: 'À discuter avec le candidat' }).textContent).toContain('Difficulté pour venir (transport)');
  });

  it('shows French and maths items as results: the stimulus, the answer, the right answer, right or wrong', async () => {
    const { workspace } = setUp();
    renderApp('/positionnements/p-1', signedInService(workspace));
    const results = await screen.findByRole('region', { name: 'Résultats en français, en calcul et au numérique' });
    const message = within(results).getByRole('row', { name: /message de Sara/ });
    expect(message.textContent).toContain("Lu (A2) : Bonjour. Je suis malade. Je reste à la maison aujourd'hui. Sara");
    expect(message.textContent).toContain('Je ne sais pas');
    expect(message.textContent).toContain('Elle est malade.');
    expect(message.textContent).toContain('? Ne sait pas');
    const change = within(results).getByRole('row', { name: /On vous rend combien/ });
    expect(change.textContent).toContain('✓ Juste');
    expect(within(results).getByRole('table', { name: /Les calculs/ }).textContent).toContain('Résultat : 100 / 100');
    // No difference of opinion on results: no comparison table for maths or French.
    const compare = screen.getByRole('region', { name: 'Comparaison candidat et conseiller' });
    expect(within(compare).queryByRole('table', { name: /Les calculs/ })).toBeNull();
    expect(within(compare).queryByText(/avis différent/)).toBeNull();
  });
});

describe('reasons', SLOW, () => {
  it('names the rule that fired with the triggering score or answer', async () => {
    const { workspace } = setUp();
    renderApp('/positionnements/p-1', signedInService(workspace));
    const fle = (await screen.findByRole('heading', { level: 3, name: 'FLE orienté métier' })).closest('li') as HTMLElement;
    expect(within(fle).getByText('Le français : 0 / 100 (moins de 50)')).toBeTruthy();
    const stress = screen.getByRole('heading', { level: 3, name: 'Soft skills / gestion du stress' }).closest('li') as HTMLElement;
    expect(within(stress).getByText("« Vous passez un examen. Comment vous sentez-vous ? » : J'ai beaucoup de stress.")).toBeTruthy();
  });
});

describe('agreement', SLOW, () => {
  it('agrees a level per item (to observe included), keeps the words and the orientation, and re-runs the recommendations', async () => {
    const { workspace, user } = setUp();
    renderApp('/positionnements/p-1', signedInService(workspace));
    const section = await screen.findByRole('region', { name: 'Niveaux convenus ensemble' });
    // Before any agreement, the candidate's own answers are offered.
    const sweep = within(section).getByRole('group', { name: 'Vous savez balayer le sol ?' });
    expect((within(sweep).getByRole('radio', { name: 'Acquis' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Recommandations tirées des réponses du candidat, en attendant les niveaux convenus.')).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3, name: 'Compétences techniques : remise à niveau' })).toBeNull();

    for (const name of ['balayer le sol', 'laver le sol', 'nettoyer les vitres']) {
      await user.click(within(within(section).getByRole('group', { name: new RegExp(name) })).getByRole('radio', { name: 'Pas encore' }));
    }
    await user.click(within(within(section).getByRole('group', { name: /laver et plier le linge/ })).getByRole('radio', { name: 'À observer en pratique' }));
    await user.click(within(section).getByLabelText('Les mots du candidat sur ce résultat'));
    await user.paste('Je connais le ménage mais pas les produits.');
    await user.click(within(section).getByRole('radio', { name: 'Autre' }));
    await user.click(within(section).getByRole('button', { name: "Enregistrer l'accord" }));
    expect(await within(section).findByText('Précisez en quelques mots cette autre orientation.')).toBeTruthy();
    // The note that needs the words takes the focus.
    expect(document.activeElement?.tagName).toBe('TEXTAREA');
    expect(document.activeElement?.getAttribute('aria-describedby')).toMatch(/-note-error$/);
    expect((await stored(workspace))?.agreedLevels).toBeUndefined();

    await user.click(within(section).getByRole('radio', { name: 'Suivre des modules' }));
    await user.click(within(section).getByRole('button', { name: "Enregistrer l'accord" }));
    await within(section).findByText(/Accord enregistré sur la tablette/);
    const data = await stored(workspace);
    expect(data?.agreedLevels).toMatchObject({ 'home-sweep': 'not-yet', 'home-mop': 'not-yet', 'home-windows': 'not-yet', 'home-laundry': 'to-observe', 'home-bathroom': 'not-yet' });
    expect(data?.candidateWords).toBe('Je connais le ménage mais pas les produits.');
    expect(data?.orientation).toEqual({ code: 'modules' });
    // Every trade task not yet: the technical module comes from the agreed levels.
    expect(data?.recommendations).toContainEqual({ module: 'technique-remise-a-niveau', reasons: ['remise-a-niveau-experience'] });
    const technical = (await screen.findByRole('heading', { level: 3, name: 'Compétences techniques : remise à niveau' })).closest('li') as HTMLElement;
    expect(within(technical).getByText('Votre expérience du métier : 0 / 100 (moins de 50)')).toBeTruthy();
    expect(screen.getByText('Recommandations recalculées sur les niveaux convenus et les observations en pratique.')).toBeTruthy();
  });

  it('suggests training first when no trade task is acquired or partly', async () => {
    const { workspace, user } = setUp();
    renderApp('/positionnements/p-1', signedInService(workspace));
    const section = await screen.findByRole('region', { name: 'Niveaux convenus ensemble' });
    for (const group of within(section).getAllByRole('group', { name: /^Vous savez (balayer|laver|nettoyer)/ })) {
      await user.click(within(group).getByRole('radio', { name: 'Pas encore' }));
    }
    await waitFor(() => expect(within(section).getByText("Les niveaux convenus indiquent : D'abord une formation.")).toBeTruthy());
  });
});
