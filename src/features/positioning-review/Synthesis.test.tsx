// The synthesis the person takes home: French and the sitting's second language side by side, the
// candidate reasons only, where they stand per UC, their own words and the orientation.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { PositioningData } from '../../domain/entities';
import { initialAnswers } from '../positioning/sitting';
import { completedSitting, seedReview, sittingAnswers } from './test-support';

const SLOW = { timeout: 30_000 };

function arabicSitting(): PositioningData {
  const data = completedSitting(sittingAnswers(), '2026-11-20T10:00:00.000Z');
  return {
    ...data,
    answers: { ...data.answers, ...initialAnswers({ metier: 'aide-menager', secondLanguage: 'ar' }) },
    agreedLevels: { 'home-sweep': 'acquired', 'home-mop': 'acquired', 'home-bathroom': 'not-yet', 'home-windows': 'acquired', 'home-laundry': 'to-observe' },
    candidateWords: 'Je veux apprendre le repassage.',
    orientation: { code: 'modules', note: 'Note interne.' },
  };
}

describe('synthesis', SLOW, () => {
  it('prints French and Arabic side by side, with the candidate reasons, the UCs, the words and the orientation', async () => {
    const workspace = createMemoryWorkspace();
    seedReview(workspace, arabicSitting());
    renderApp('/positionnements/p-1/synthese', signedInService(workspace));
    const title = await screen.findByRole('heading', { level: 1 });
    expect(title.textContent).toBe('Votre positionnementتحديد مستواك');
    const sheet = title.closest('article') as HTMLElement;
    expect(within(sheet).getByText('تحديد مستواك').getAttribute('dir')).toBe('rtl');
    expect(within(sheet).getByText('تحديد مستواك').getAttribute('lang')).toBe('ar');

    const canDo = within(sheet).getByRole('region', { name: /Ce que vous savez faire/ });
    expect(within(canDo).getByText('Vous savez balayer le sol.')).toBeTruthy();
    expect(within(canDo).queryByText('Vous savez nettoyer une salle de bain.')).toBeNull();

    const ucs = within(sheet).getByRole('region', { name: /Les parties du métier/ });
    expect(within(ucs).getAllByRole('listitem').map((item) => item.querySelector('[lang="fr"]')?.textContent)).toEqual([
      "UC1 (Réaliser les tâches d'entretien courant de la maison) : À voir en pratique.",
      "UC2 (Assurer l'entretien du linge) : À voir en pratique.",
    ]);

    const workOn = within(sheet).getByRole('region', { name: /Ce que nous allons travailler/ });
    expect(within(workOn).getByText('Le français pour le travail')).toBeTruthy();
    expect(within(workOn).getByText('الفرنسية للعمل')).toBeTruthy();
    expect(within(workOn).getByText('Pour mieux comprendre et parler le français au travail.')).toBeTruthy();
    expect(within(workOn).getByText('لتفهم الفرنسية وتتكلّمها بشكل أفضل في العمل.')).toBeTruthy();

    expect(within(sheet).getByRole('region', { name: /Vos mots/ }).textContent).toContain('Je veux apprendre le repassage.');
    expect(within(sheet).getByRole('region', { name: /La suite/ }).textContent).toContain('Des modules pour vous préparer.');
    expect(sheet.textContent).not.toContain('Note interne.');
  });

  it('prints French only after a sitting without a second language', async () => {
    const workspace = createMemoryWorkspace();
    seedReview(workspace);
    renderApp('/positionnements/p-1/synthese', signedInService(workspace));
    const title = await screen.findByRole('heading', { level: 1 });
    expect(title.textContent).toBe('Votre positionnement');
    expect(title.closest('article')?.querySelector('[lang="ar"], [lang="en"]')).toBeNull();
  });
});
