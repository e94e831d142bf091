// The "Positionnements" section of a person's file: every sitting; an interrupted one resumed in
// candidate mode or discarded with a confirmation (no dead end).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import { equipForSittings } from '../positioning/test-support';
import { initialAnswers } from '../positioning/sitting';
import { completedSitting, seedPositioning, seedReview, sittingAnswers } from './test-support';

const SLOW = { timeout: 30_000 };

function setUp() {
  const workspace = equipForSittings(createMemoryWorkspace());
  seedReview(workspace, completedSitting(sittingAnswers(), '2026-11-20T10:00:00.000Z'));
  seedPositioning(workspace, 'p-2', {
    candidateId: 'c-1',
    questionnaireId: 'positionnement',
    questionnaireVersion: 1,
    answeredBy: 'candidate',
    startedAt: '2026-11-25T09:00:00.000Z',
    answers: { ...initialAnswers({ metier: 'aide-menager' }), 'project-why': { value: 'job', at: '2026-11-25T09:01:00.000Z' } },
  });
  return { workspace, user: userEvent.setup({ delay: null }) };
}

describe('positionings on the file', SLOW, () => {
  it('lists the sittings; a completed one opens the review, an interrupted one resumes in candidate mode', async () => {
    const { workspace, user } = setUp();
    await workspace.pin.set('2580');
    renderApp('/candidats/c-1', signedInService(workspace));
    const section = await screen.findByRole('region', { name: 'Positionnements' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.sitting__state')?.textContent)).toEqual(["Interrompu : le candidat n'a pas fini.", 'Terminé le 20 novembre 2026']);
    expect(within(items[1] as HTMLElement).getByRole('link', { name: /Voir et décider/ }).getAttribute('href')).toBe('/positionnements/p-1');
    await user.click(within(items[0] as HTMLElement).getByRole('button', { name: /Reprendre avec le candidat/ }));
    // Candidate mode, at the first unanswered question.
    await waitFor(async () => expect(await workspace.candidateLock.load()).toBe('p-2'));
  });

  it('discards an interrupted sitting after a confirmation, kept on the file', async () => {
    const { workspace, user } = setUp();
    renderApp('/candidats/c-1', signedInService(workspace));
    const section = await screen.findByRole('region', { name: 'Positionnements' });
    await user.click(within(section).getByRole('button', { name: /Abandonner :/ }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Abandonner ce positionnement ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect((await workspace.repo('positionings').get('p-2'))?.data.discardedAt).toBeUndefined();
    await user.click(within(section).getByRole('button', { name: /Abandonner :/ }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Abandonner ce positionnement' }));
    await waitFor(async () => expect((await workspace.repo('positionings').get('p-2'))?.data.discardedAt).toBeTruthy());
    expect(await within(section).findByText(/^Abandonné le/)).toBeTruthy();
    expect(within(section).queryByRole('button', { name: /Reprendre/ })).toBeNull();
  });
});
