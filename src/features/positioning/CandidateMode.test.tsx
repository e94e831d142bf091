import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import { capturePlayback, equipForSittings, seedSitting } from './test-support';

afterEach(() => vi.restoreAllMocks());

function setUp() {
  const workspace = equipForSittings(createMemoryWorkspace());
  const played = capturePlayback();
  return { workspace, played, user: userEvent.setup({ delay: null }) };
}

const positioning = (workspace: ReturnType<typeof setUp>['workspace']) => workspace.repo('positionings');
const storedAnswer = async (workspace: ReturnType<typeof setUp>['workspace'], item: string) =>
  ((await positioning(workspace).get('p-1'))?.data.answers?.[item] as { value: unknown } | undefined)?.value;

// A ceiling for a loaded machine (real IndexedDB and WebCrypto under jsdom), not a timing assertion.
const SLOW = { timeout: 30_000 };

describe('candidate mode', SLOW, () => {
  it('shows one question per screen and saves each tap at once; back and next move between them', async () => {
    const { workspace, user } = setUp();
    await seedSitting(workspace, { metier: 'coiffeur' });
    renderApp('/mode-candidat/p-1', signedInService(workspace));

    await user.click(await screen.findByRole('button', { name: /^Commencer/ }));
    const first = await screen.findByRole('heading', { level: 1 });
    expect(first.textContent).toBe('Vous voulez un Titre de compétence. Pourquoi\u00a0?');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('button', { name: /^Suivant/ }).hasAttribute('disabled')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Pour trouver un travail.' }));
    await waitFor(async () => expect(await storedAnswer(workspace, 'project-why')).toBeDefined());
    expect(screen.getByRole('button', { name: 'Pour trouver un travail.' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: /^Suivant/ }));

    expect((await screen.findByRole('heading', { level: 1, name: 'Vous avez déjà fait ce travail\u00a0?' })).textContent).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Je ne sais pas.' }));
    await waitFor(async () => expect(await storedAnswer(workspace, 'exp-done')).toBe('dont-know'));

    await user.click(screen.getByRole('button', { name: /^Retour/ }));
    await screen.findByRole('heading', { level: 1, name: /Pourquoi/ });
    expect(screen.getByRole('button', { name: 'Pour trouver un travail.' }).getAttribute('aria-pressed')).toBe('true');
    // Changing an answer replaces it.
    await user.click(screen.getByRole('button', { name: 'Pour faire une formation.' }));
    await waitFor(async () => expect(await storedAnswer(workspace, 'project-why')).not.toBe(undefined));
    await waitFor(async () => expect(JSON.stringify(await storedAnswer(workspace, 'project-why'))).not.toContain('trouver'));
    const progress = screen.getByRole('progressbar');
    expect(progress.getAttribute('aria-valuenow')).toBe('1');
  });

  it('resumes at the first unanswered question after a reload', async () => {
    const { workspace } = setUp();
    await seedSitting(workspace, { metier: 'coiffeur' }, { 'project-why': 'job', 'exp-done': 'not-yet' });
    renderApp('/mode-candidat/p-1', signedInService(workspace));
    // exp-years is only asked after a "yes": the next question is the first trade task.
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe("Vous savez laver les cheveux d'un client\u00a0?");
    expect(screen.getByRole('button', { name: /^Un peu/ })).toBeTruthy();
  });

  it('keeps the tablet in candidate mode whatever the address', async () => {
    const { workspace } = setUp();
    await seedSitting(workspace, { metier: 'aide-menager' });
    renderApp('/candidats', signedInService(workspace));
    await screen.findByRole('button', { name: /^Commencer/ });
    expect(screen.queryByRole('navigation', { name: /principale|Main/i })).toBeNull();
    expect(screen.queryByText('Amina El Idrissi')).toBeNull();
  });

  it('shows the second language beside the French, Arabic right to left, with its own audio', async () => {
    const { workspace, user, played } = setUp();
    await seedSitting(workspace, { metier: 'coiffeur', secondLanguage: 'ar' });
    renderApp('/mode-candidat/p-1', signedInService(workspace));
    await user.click(await screen.findByRole('button', { name: /^Commencer/ }));
    const arabic = await screen.findByText('تريد الحصول على شهادة الكفاءة. لماذا؟');
    const block = arabic.closest('[lang="ar"]');
    expect(block?.getAttribute('dir')).toBe('rtl');
    expect(arabic.closest('[lang]')?.getAttribute('lang')).toBe('ar');

    await user.click(screen.getByRole('button', { name: 'Écouter : Vous voulez un Titre de compétence. Pourquoi ?' }));
    await waitFor(() => expect(played.at(-1)).toMatch(/\/audio\/fr\/project-why\.mp3$/));
    await user.click(within(block as HTMLElement).getByRole('button', { name: /^الاستماع/ }));
    await waitFor(() => expect(played.at(-1)).toMatch(/\/audio\/ar\/project-why\.mp3$/));
  });

  it("plays the adviser's own recording instead of the generated clip", async () => {
    const { workspace, user, played } = setUp();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:own-voice', revokeObjectURL: () => undefined }));
    await workspace.recordings.save('fr/chrome.welcome', new Uint8Array([1, 2, 3]).buffer, 'audio/webm');
    await seedSitting(workspace, { metier: 'coiffeur' });
    renderApp('/mode-candidat/p-1', signedInService(workspace));
    await user.click(await screen.findByRole('button', { name: 'Écouter : Bonjour !' }));
    await waitFor(() => expect(played.at(-1)).toBe('blob:own-voice'));
  });

  it('ends with thanks and what happens next, and stores the scores', async () => {
    const { workspace, user } = setUp();
    // The seeded sitting is a version 1 sitting (test-support.ts).
    const q = (await import('../../content/questionnaires')).findQuestionnaire('positionnement', 1)!;
    const { questionnaireForMetier, isShown } = await import('../../content/load');
    const answers: Record<string, string> = {};
    for (const { item } of questionnaireForMetier(q, 'jardinier-entretien')) if (isShown(item, answers)) answers[item.id] = 'dont-know';
    const [last] = Object.keys(answers).slice(-1);
    delete answers[last as string];
    await seedSitting(workspace, { metier: 'jardinier-entretien' }, answers);
    renderApp('/mode-candidat/p-1', signedInService(workspace));
    await user.click(await screen.findByRole('button', { name: 'Je ne sais pas.' }));
    await user.click(screen.getByRole('button', { name: /^Suivant/ }));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe("C'est fini.");
    expect(screen.getByText('Votre conseiller va regarder les réponses avec vous.')).toBeTruthy();
    await waitFor(async () => expect((await positioning(workspace).get('p-1'))?.data.completedAt).toBeDefined());
    expect((await positioning(workspace).get('p-1'))?.data.scores).toHaveProperty('french');
  });
});

describe('leaving candidate mode', SLOW, () => {
  async function openPinPad() {
    const setup = setUp();
    await setup.workspace.pin.set('2580');
    await seedSitting(setup.workspace, { metier: 'coiffeur' });
    renderApp('/mode-candidat/p-1', signedInService(setup.workspace));
    await setup.user.click(await screen.findByRole('button', { name: 'Conseiller' }));
    return setup;
  }

  it('refuses a wrong PIN and says how many tries are left', async () => {
    const { user, workspace } = await openPinPad();
    await user.type(screen.getByLabelText('Code du conseiller'), '1111');
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    expect((await screen.findByText('Code incorrect. Encore 4 essais.')).getAttribute('role')).toBe('alert');
    expect(workspace.candidateLock.current()).toBe('p-1');
  });

  it("leaves with the right PIN, typed on the pad, to the candidate's file", async () => {
    const { user, workspace } = await openPinPad();
    for (const digit of ['2', '5', '8', '0']) await user.click(screen.getByRole('button', { name: digit }));
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    await screen.findByRole('heading', { level: 1, name: /Amina|candidat/i });
    expect(workspace.candidateLock.current()).toBeUndefined();
  });

  it('after 5 wrong PINs signs the adviser out (the password is needed again)', async () => {
    const { user, workspace } = await openPinPad();
    for (let i = 0; i < 5; i += 1) {
      await user.type(screen.getByLabelText('Code du conseiller'), '9999');
      await user.click(screen.getByRole('button', { name: 'Valider' }));
      if (i < 4) await screen.findByText(new RegExp(`Encore ${4 - i} essai`));
    }
    await waitFor(() => expect(workspace.signedOut).toBe(true));
    await screen.findByRole('heading', { name: 'Connexion' });
    expect(workspace.candidateLock.current()).toBeUndefined();
  });
});
