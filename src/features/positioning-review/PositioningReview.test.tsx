// The adviser's review of a completed sitting: rating, comparison, module decisions, progress,
// and the candidate's synthesis, on the memory workspace.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import { equipForSittings, seedSitting } from '../positioning/test-support';
import { completedSitting, seedPositioning, seedReview, sittingAnswers } from './test-support';

afterEach(() => vi.restoreAllMocks());
const SLOW = { timeout: 30_000 };

function setUp() {
  const workspace = createMemoryWorkspace();
  seedReview(workspace);
  return { workspace, user: userEvent.setup({ delay: null }) };
}

const stored = async (workspace: ReturnType<typeof setUp>['workspace']) => (await workspace.repo('positionings').get('p-1'))?.data;

describe('adviser rating', SLOW, () => {
  it('rates the items the candidate answered on the adviser’s scale, with a comment per domain, and saves them', async () => {
    const { workspace, user } = setUp();
    renderApp('/positionnements/p-1', signedInService(workspace));
    await screen.findByRole('heading', { level: 1, name: 'Positionnement de Amina El Idrissi' });

    const form = screen.getByRole('form', { name: 'Votre évaluation' });
    const sweep = within(form).getByRole('group', { name: 'Vous savez balayer le sol ?' });
    expect(within(sweep).getByText('Réponse du candidat : Je sais bien faire.')).toBeTruthy();
    await user.click(within(sweep).getByRole('radio', { name: 'Pas encore' }));
    const message = within(form).getByRole('group', { name: /envoyer un message/ });
    await user.click(within(message).getByRole('radio', { name: 'Non observé' }));
    // Results and feelings are not rated.
    expect(within(form).queryByRole('group', { name: /On vous rend combien/ })).toBeNull();
    expect(within(form).queryByRole('group', { name: /Comment vous sentez-vous/ })).toBeNull();

    const comment = within(form).getByLabelText('Commentaire sur « Les calculs »');
    await user.click(comment);
    await user.paste('x'.repeat(2001));
    await user.click(screen.getByRole('button', { name: 'Enregistrer mon évaluation' }));
    expect(await screen.findByText('Ce commentaire est trop long (2 000 caractères au plus).')).toBeTruthy();
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(comment);
    expect((await stored(workspace))?.adviserRatings).toBeUndefined();

    await user.clear(comment);
    await user.type(comment, 'Rend la monnaie sans hésiter.');
    await user.click(screen.getByRole('button', { name: 'Enregistrer mon évaluation' }));
    await screen.findByText(/Évaluation enregistrée sur la tablette/);
    const ratings = (await stored(workspace))?.adviserRatings as Record<string, unknown>;
    expect(ratings).toMatchObject({
      items: { 'home-sweep': 'not-yet', 'dig-message': 'not-observed' },
      comments: { maths: 'Rend la monnaie sans hésiter.' },
      ratedBy: 'user-1',
    });
  });
});

describe('comparison', SLOW, () => {
  it('shows both views per domain and item, the differences marked in words and signs', async () => {
    const { workspace } = setUp();
    await workspace.repo('positionings').update('p-1', {
      adviserRatings: { items: { 'home-sweep': 'not-yet', 'home-mop': 'acquired', 'home-bathroom': 'partial', 'home-windows': 'acquired', 'home-laundry': 'acquired' }, comments: {} },
    });
    renderApp('/positionnements/p-1', signedInService(workspace));
    const table = await screen.findByRole('table', { name: /Votre expérience du métier/ });
    expect(within(table).getByText('2 avis différents sur 5 questions')).toBeTruthy();
    const sweep = within(table).getByRole('row', { name: /balayer le sol/ });
    expect(sweep.className).toContain('compare-row--differs');
    expect(sweep.textContent).toContain('Acquis');
    expect(sweep.textContent).toContain('Pas encore');
    expect(sweep.textContent).toContain('Conseiller moins positif (2 crans)');
    const bathroom = within(table).getByRole('row', { name: /salle de bain/ });
    expect(bathroom.textContent).toContain('Conseiller plus positif (1 cran)');
    expect(within(table).getByRole('row', { name: /laver le sol/ }).textContent).toContain('Même avis');

    const chart = screen.getByRole('figure', { name: /Score par domaine/ });
    const experience = within(chart).getByText('Votre expérience du métier').closest('li') as HTMLElement;
    // Candidate 4 of 5 tasks "well" = 80; adviser 0 + 1 + 0.5 + 1 + 1 of 5 = 70.
    expect(experience.textContent).toContain('80 / 100');
    expect(experience.textContent).toContain('70 / 100');
    // 10 points apart is no longer "the same view" (the threshold is said on the screen).
    expect(experience.textContent).toContain('Conseiller moins positif (−10)');
    expect(screen.getByText('« Même avis » : les deux scores ont moins de 10 points d\'écart (sur 100).')).toBeTruthy();
  });
});

describe('module decisions', SLOW, () => {
  it('shows why each module is recommended, asks a reason to remove or add one, and stores each decision', async () => {
    const { workspace, user } = setUp();
    renderApp('/positionnements/p-1', signedInService(workspace));
    const fle = (await screen.findByRole('heading', { level: 3, name: 'FLE orienté métier' })).closest('li') as HTMLElement;
    expect(within(fle).getByText('Pour mieux comprendre et parler le français au travail.')).toBeTruthy();
    expect(within(fle).getByText('À décider')).toBeTruthy();

    await user.click(within(fle).getByRole('radio', { name: 'Retirer' }));
    await user.click(within(fle).getByRole('button', { name: 'Enregistrer la décision' }));
    expect(await within(fle).findByText('Donnez la raison de cette décision.')).toBeTruthy();
    expect((await stored(workspace))?.moduleDecisions).toBeUndefined();
    await user.type(within(fle).getByLabelText('Raison'), 'Suit déjà un cours de français B1.');
    await user.click(within(fle).getByRole('button', { name: 'Enregistrer la décision' }));
    await within(fle).findByText('Retiré');

    const stress = screen.getByRole('heading', { level: 3, name: 'Soft skills / gestion du stress' }).closest('li') as HTMLElement;
    await user.click(within(stress).getByRole('button', { name: 'Enregistrer la décision' }));
    await within(stress).findByText('Retenu');

    const add = screen.getByRole('form', { name: 'Ajouter un module' });
    await user.selectOptions(within(add).getByLabelText('Module à ajouter'), 'numerique');
    await user.click(within(add).getByRole('button', { name: 'Ajouter ce module' }));
    expect(await within(add).findByText('Donnez la raison de cette décision.')).toBeTruthy();
    await user.type(within(add).getByLabelText('Raison'), 'Veut apprendre à envoyer des e-mails.');
    await user.click(within(add).getByRole('button', { name: 'Ajouter ce module' }));
    await screen.findByRole('heading', { level: 3, name: 'Compétences numériques de base' });

    await waitFor(async () =>
      expect((await stored(workspace))?.moduleDecisions).toMatchObject([
        { module: 'fle', choice: 'removed', reason: 'Suit déjà un cours de français B1.', decidedBy: 'user-1' },
        { module: 'soft-skills', choice: 'accepted' },
        { module: 'numerique', choice: 'added', reason: 'Veut apprendre à envoyer des e-mails.' },
      ]),
    );
    const planned = screen.getByRole('heading', { name: 'Modules à suivre' }).parentElement as HTMLElement;
    expect(within(planned).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Soft skills / gestion du stress', 'Compétences numériques de base']);

    await user.click(screen.getByRole('button', { name: 'Retirer le module ajouté Compétences numériques de base' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Retirer ce module ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Retirer ce module' }));
    await waitFor(async () => expect(((await stored(workspace))?.moduleDecisions ?? []).map((entry) => entry.module)).toEqual(['fle', 'soft-skills']));
  });
});

describe('progress and synthesis', SLOW, () => {
  it('shows an earlier sitting of the same accompaniment side by side', async () => {
    const { workspace } = setUp();
    seedPositioning(workspace, 'p-0', completedSitting(sittingAnswers('aide-menager', { 'home-sweep': 'not-yet', 'home-mop': 'not-yet' }), '2026-06-02T10:00:00.000Z'));
    renderApp('/positionnements/p-1', signedInService(workspace));
    const table = await screen.findByRole('table', { name: /Score du candidat par domaine/ });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Domaine', 'Positionnement 12 juin 2026', 'Positionnement 220 novembre 2026celui-ci']);
    const experience = within(table).getByRole('row', { name: /Votre expérience du métier/ });
    expect(experience.textContent).toContain('40 / 100');
    expect(experience.textContent).toContain('▲ +40 depuis le précédent');
  });

  it('prints a synthesis in simplified French: what the person can do, the modules decided and why, the next dates', async () => {
    const { workspace, user } = setUp();
    await workspace.repo('positionings').update('p-1', {
      moduleDecisions: [
        { module: 'fle', choice: 'removed', reason: 'Déjà suivi.' },
        { module: 'soft-skills', choice: 'accepted', reason: 'Raison interne du conseiller.' },
      ],
    });
    const session = await workspace.repo('moduleSessions').create('site-ml-bxl', { module: 'soft-skills', date: '2099-03-02', startTime: '09:00', endTime: '12:00' });
    await workspace.repo('attendance').create('site-ml-bxl', { sessionId: session.id, candidateId: 'c-1', status: 'inscrit' });
    await workspace.repo('validationSteps').create('site-ml-bxl', { candidateId: 'c-1', uc: 'UC1', testDate: '2099-04-15' });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);

    renderApp('/positionnements/p-1/synthese', signedInService(workspace));
    const sheet = (await screen.findByRole('heading', { level: 1, name: 'Votre positionnement' })).closest('article') as HTMLElement;
    expect(sheet.getAttribute('lang')).toBe('fr');
    expect(within(sheet).getByText('Amina El Idrissi')).toBeTruthy();
    expect(within(sheet).getByText("Les calculs : c'est un point fort.")).toBeTruthy();
    expect(within(sheet).getByText('Vous savez balayer le sol.')).toBeTruthy();
    const workOn = within(sheet).getByRole('region', { name: 'Ce que nous allons travailler' });
    expect(within(workOn).getByText('Être calme et gérer le stress')).toBeTruthy();
    expect(within(workOn).getByText('Pour apprendre à gérer le stress avant l’épreuve.'.replace('’', "'"))).toBeTruthy();
    expect(within(workOn).queryByText('Le français pour le travail')).toBeNull();
    // Never the adviser's own reasons on the person's sheet.
    expect(within(sheet).queryByText('Raison interne du conseiller.')).toBeNull();
    const next = within(sheet).getByRole('region', { name: 'Les prochaines étapes' });
    expect(within(next).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Le lundi 2 mars 2099 de 09:00 à 12:00 : Être calme et gérer le stress.',
      "Le mercredi 15 avril 2099 : l'épreuve.",
    ]);
    await user.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledOnce();
  });
});

describe('from candidate mode', SLOW, () => {
  it('takes the adviser to the rating once the candidate has finished and the PIN is typed', async () => {
    const workspace = equipForSittings(createMemoryWorkspace());
    await workspace.pin.set('2580');
    await seedSitting(workspace, { metier: 'aide-menager' });
    await workspace.repo('positionings').update('p-1', completedSitting(sittingAnswers(), '2026-11-20T10:00:00.000Z'));
    const user = userEvent.setup({ delay: null });
    renderApp('/mode-candidat/p-1', signedInService(workspace));
    await user.click(await screen.findByRole('button', { name: 'Conseiller' }));
    for (const digit of ['2', '5', '8', '0']) await user.click(screen.getByRole('button', { name: digit }));
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    await screen.findByRole('heading', { level: 1, name: 'Positionnement de Amina El Idrissi' });
    expect(screen.getByRole('heading', { level: 2, name: 'Votre évaluation' })).toBeTruthy();
  });
});
