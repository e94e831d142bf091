import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import type { AccompanimentData, CandidateData } from '../../domain/entities';
import { capturePlayback, equipForSittings, seedSitting, type Seedable } from './test-support';

afterEach(() => vi.restoreAllMocks());
const SLOW = { timeout: 30_000 };

describe('starting a sitting', SLOW, () => {
  it('prefills the candidate, asks for a PIN typed twice, creates the sitting and locks the tablet to it', async () => {
    const workspace = equipForSittings(createMemoryWorkspace());
    capturePlayback();
    const user = userEvent.setup({ delay: null });
    renderApp('/positionnements/nouveau?candidat=c-1', signedInService(workspace));

    await screen.findByRole('heading', { level: 1, name: 'Nouveau positionnement' });
    expect((screen.getByLabelText('Candidat') as HTMLSelectElement).value).toBe('c-1');
    // Amina speaks Arabic: Arabic is offered beside the French.
    expect((screen.getByRole('radio', { name: 'Arabe' }) as HTMLInputElement).checked).toBe(true);
    await user.selectOptions(screen.getByLabelText('Métier'), 'coiffeur');

    await user.type(screen.getByLabelText('Code (4 à 6 chiffres)'), '2580');
    await user.type(screen.getByLabelText('Le même code, encore une fois'), '2581');
    await user.click(screen.getByRole('button', { name: 'Donner la tablette au candidat' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Les deux codes sont différents.');
    expect(document.activeElement).toBe(screen.getByLabelText('Code (4 à 6 chiffres)'));
    expect(await workspace.repo('positionings').list()).toEqual([]);

    await user.clear(screen.getByLabelText('Le même code, encore une fois'));
    await user.type(screen.getByLabelText('Le même code, encore une fois'), '2580');
    await user.click(screen.getByRole('button', { name: 'Donner la tablette au candidat' }));

    await screen.findByRole('heading', { level: 1, name: 'Bonjour\u00a0!' });
    const [sitting] = await workspace.repo('positionings').list();
    expect(sitting?.siteId).toBe('site-ml-bxl');
    expect(sitting?.data).toMatchObject({
      candidateId: 'c-1',
      questionnaireId: 'positionnement',
      questionnaireVersion: 2,
      answeredBy: 'candidate',
      metier: 'coiffeur',
      secondLanguage: 'ar',
    });
    // The métier and language are fields of their own, not hidden in the answers that erasure wipes.
    expect(sitting?.data.answers).toBeUndefined();
    expect(workspace.candidateLock.current()).toBe(sitting?.id);
    expect(await workspace.pin.verify('2580')).toEqual({ result: 'ok' });
    expect(screen.getByText('مرحبًا!').closest('[dir]')?.getAttribute('dir')).toBe('rtl');
  });

  it('links the sitting to the candidate\'s open accompaniment in that métier, and to no one else\'s', async () => {
    const workspace = equipForSittings(createMemoryWorkspace());
    await workspace.pin.set('1234');
    const accompaniments = workspace.repo('accompaniments') as unknown as Seedable<AccompanimentData>;
    accompaniments.seed('a-other', 'site-ml-bxl', { candidateId: 'c-2', metier: 'coiffeur', startDate: '2026-01-05', status: 'open' });
    accompaniments.seed('a-closed', 'site-ml-bxl', { candidateId: 'c-1', metier: 'coiffeur', startDate: '2025-01-05', status: 'closed' });
    accompaniments.seed('a-open', 'site-ml-bxl', { candidateId: 'c-1', metier: 'coiffeur', startDate: '2026-02-05', status: 'open' });
    const user = userEvent.setup({ delay: null });
    renderApp('/positionnements/nouveau?candidat=c-1', signedInService(workspace));
    await screen.findByRole('heading', { level: 1, name: 'Nouveau positionnement' });
    // The open accompaniment's métier is offered first.
    expect((screen.getByLabelText('Métier') as HTMLSelectElement).value).toBe('coiffeur');
    await user.click(screen.getByRole('button', { name: 'Donner la tablette au candidat' }));
    await screen.findByRole('heading', { level: 1, name: 'Bonjour\u00a0!' });
    const [sitting] = await workspace.repo('positionings').list();
    expect(sitting?.data.accompanimentId).toBe('a-open');
  });

  it('does not ask for the PIN again once it is set', async () => {
    const workspace = equipForSittings(createMemoryWorkspace());
    await workspace.pin.set('1234');
    renderApp('/positionnements/nouveau', signedInService(workspace));
    await screen.findByRole('heading', { level: 1, name: 'Nouveau positionnement' });
    expect(screen.queryByLabelText('Code (4 à 6 chiffres)')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Donner la tablette au candidat' }));
    // The message sits in the candidate's field, which takes the focus.
    const candidate = screen.getByLabelText('Candidat');
    await waitFor(() => expect(candidate.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(candidate.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Choisissez le candidat.');
    expect(document.activeElement).toBe(candidate);
    expect(await workspace.repo('positionings').list()).toEqual([]);
  });

  it('lists the candidates by name and details, and another one chosen brings their language', async () => {
    const workspace = equipForSittings(createMemoryWorkspace());
    (workspace.repo('candidates') as unknown as Seedable<CandidateData>).seed('c-2', 'site-ml-bxl', { firstName: 'John', lastName: 'Smith', languages: ['en'] });
    const user = userEvent.setup({ delay: null });
    renderApp('/positionnements/nouveau?candidat=c-1', signedInService(workspace));
    await screen.findByRole('heading', { level: 1, name: 'Nouveau positionnement' });
    const picker = screen.getByLabelText('Candidat') as HTMLSelectElement;
    expect([...picker.options].map((option) => option.value)).toEqual(['', 'c-1', 'c-2']);
    expect(picker.options[2]?.textContent).toMatch(/^John Smith/);
    await user.selectOptions(picker, 'c-2');
    expect(picker.value).toBe('c-2');
    expect((screen.getByRole('radio', { name: 'Anglais' }) as HTMLInputElement).checked).toBe(true);
  });

  it('sends an unknown address to the locked sitting too', async () => {
    const workspace = equipForSittings(createMemoryWorkspace());
    await seedSitting(workspace, { metier: 'coiffeur' });
    renderApp('/nulle-part', signedInService(workspace));
    await screen.findByRole('button', { name: /^Commencer/ });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Page introuvable' })).toBeNull());
  });

  it('without the lock, the candidate-mode address leads home', async () => {
    const workspace = equipForSittings(createMemoryWorkspace());
    await seedSitting(workspace, { metier: 'coiffeur' });
    await workspace.candidateLock.unlock();
    renderApp('/mode-candidat/p-1', signedInService(workspace));
    await screen.findByRole('heading', { level: 1, name: /Bonjour Nadia/ });
  });
});
