// Candidate mode's marks and words (issue 22): arrows of the reading direction beside Arabic, the
// title of each part shown and said, a speaker that shows it plays, the chosen answer ticked and
// named, a listening item that does not name its answer, the consent read before the questions,
// and a sitting started before the métier and language were fields of their own.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';
import { CANDIDATE_CHROME } from '../../content/candidate-chrome';
import { questionnaireForMetier } from '../../content/load';
import { findQuestionnaire } from '../../content/questionnaires';
import { pictogramUrl } from '../../content/pictogram-urls';
import { QuestionScreen } from './QuestionScreen';
import { equipForSittings, seedSitting } from './test-support';

afterEach(() => vi.restoreAllMocks());

/** The media elements the page asked to play (HTMLMediaElement.play is not in jsdom). */
function captureMedia(): HTMLMediaElement[] {
  const played: HTMLMediaElement[] = [];
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
    played.push(this);
    return Promise.resolve();
  });
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
  return played;
}

async function openSitting(settings: Parameters<typeof seedSitting>[1], answers: Record<string, string> = {}, options?: Parameters<typeof seedSitting>[3]) {
  const workspace = equipForSittings(createMemoryWorkspace());
  const media = captureMedia();
  await seedSitting(workspace, settings, answers, options);
  renderApp('/mode-candidat/p-1', signedInService(workspace));
  return { workspace, media, user: userEvent.setup({ delay: null }) };
}

const mirroredArrow = (button: HTMLElement) => button.querySelector('[lang="ar"] img.pictogram--mirrored');

// A ceiling for a loaded machine, not a timing assertion.
describe('candidate mode screens', { timeout: 30_000 }, () => {
  it('mirrors the back and next arrows beside the Arabic words, and only there', async () => {
    const { user } = await openSitting({ metier: 'coiffeur', secondLanguage: 'ar' });
    const start = await screen.findByRole('button', { name: /^Commencer/ });
    expect(mirroredArrow(start)).not.toBeNull();
    await user.click(start);
    const next = await screen.findByRole('button', { name: /^Suivant/ });
    expect(mirroredArrow(next)).not.toBeNull();
    expect(mirroredArrow(screen.getByRole('button', { name: /^Retour/ }))).not.toBeNull();
    // The French arrow keeps the direction of the French reading.
    expect(next.querySelectorAll(':scope > img.pictogram--mirrored')).toHaveLength(0);
  });

  it('shows no mirrored arrow without Arabic', async () => {
    const { user } = await openSitting({ metier: 'coiffeur', secondLanguage: 'en' });
    await user.click(await screen.findByRole('button', { name: /^Commencer/ }));
    expect(document.querySelectorAll('.pictogram--mirrored')).toHaveLength(0);
  });

  it('shows and says the title of each part on its first question only', async () => {
    const { user, media } = await openSitting({ metier: 'coiffeur', secondLanguage: 'ar' });
    await user.click(await screen.findByRole('button', { name: /^Commencer/ }));
    expect(await screen.findByText('Votre projet')).toBeTruthy();
    expect(screen.getByText('مشروعك').closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    await waitFor(() => expect(media.at(-1)?.src).toMatch(/\/audio\/fr\/domain\.project-motivation\.mp3$/));

    await user.click(screen.getByRole('button', { name: /^Pour trouver un travail\./ }));
    await user.click(screen.getByRole('button', { name: /^Suivant/ }));
    await screen.findByRole('heading', { level: 1, name: 'Vous avez déjà fait ce travail\u00a0?' });
    expect(screen.getByText('Votre expérience du métier')).toBeTruthy();
    await waitFor(() => expect(media.at(-1)?.src).toMatch(/\/audio\/fr\/domain\.experience-metier\.mp3$/));

    await user.click(screen.getByRole('button', { name: /^Pas encore\./ }));
    await user.click(screen.getByRole('button', { name: /^Suivant/ }));
    await waitFor(() => expect(screen.queryByText('Votre expérience du métier')).toBeNull());
  });

  it('shows that a speaker plays, pressed, until its clip ends; pressed again, it stops', async () => {
    const { user, media } = await openSitting({ metier: 'coiffeur' });
    const hello = await screen.findByRole('button', { name: 'Écouter : Bonjour !' });
    expect(hello.getAttribute('aria-pressed')).toBe('false');
    await user.click(hello);
    await waitFor(() => expect(hello.getAttribute('aria-pressed')).toBe('true'));
    expect(hello.querySelector('.speaker__waves')).not.toBeNull();
    media.at(-1)?.dispatchEvent(new Event('ended'));
    await waitFor(() => expect(hello.getAttribute('aria-pressed')).toBe('false'));
    expect(hello.querySelector('.speaker__waves')).toBeNull();

    await user.click(hello);
    await waitFor(() => expect(hello.getAttribute('aria-pressed')).toBe('true'));
    // Another speaker takes over: the first one no longer shows it plays.
    const howTo = screen.getByRole('button', { name: "Écouter : Touchez l'image de votre réponse." });
    await user.click(howTo);
    await waitFor(() => expect(howTo.getAttribute('aria-pressed')).toBe('true'));
    expect(hello.getAttribute('aria-pressed')).toBe('false');
    await user.click(howTo);
    await waitFor(() => expect(howTo.getAttribute('aria-pressed')).toBe('false'));
  });

  it('ticks the chosen answer and names it "your choice" in the sitting’s languages', async () => {
    const { user } = await openSitting({ metier: 'coiffeur', secondLanguage: 'ar' });
    await user.click(await screen.findByRole('button', { name: /^Commencer/ }));
    const job = await screen.findByRole('button', { name: /^Pour trouver un travail\./ });
    expect(job.querySelector('.answer__chosen--shown')).toBeNull();
    await user.click(job);
    await waitFor(() => expect(job.getAttribute('aria-pressed')).toBe('true'));
    const mark = job.querySelector('.answer__chosen--shown') as HTMLElement;
    expect(mark.getAttribute('aria-hidden')).toBe('true');
    expect(within(mark).getByText('Votre choix')).toBeTruthy();
    expect(within(mark).getByText('اختيارك').getAttribute('dir')).toBe('rtl');
    // A tick of its own: not the finish flag of "C'est fini", not the "oui" of the answers.
    const tick = mark.querySelector('img')?.getAttribute('src');
    expect(tick).toBe(pictogramUrl('chosen'));
    expect([pictogramUrl('finished'), pictogramUrl('yes')]).not.toContain(tick);
    // Only one answer is marked.
    expect(document.querySelectorAll('.answer__chosen--shown')).toHaveLength(1);
  });

  it('names a listening item’s speaker "Écouter" without the words it reads', () => {
    const questionnaire = findQuestionnaire('positionnement', 1)!;
    const listening = questionnaireForMetier(questionnaire, 'coiffeur').find((entry) => entry.item.kind === 'practice' && entry.item.stimulus?.mode === 'listen')!;
    const stimulus = listening.item.kind === 'practice' ? listening.item.stimulus : undefined;
    render(<QuestionScreen questionnaire={questionnaire} screen={listening} answer={undefined} onAnswer={() => undefined} onBack={() => undefined} onNext={() => undefined} />);
    const speaker = document.querySelector('.stimulus--listen button') as HTMLElement;
    expect(speaker.getAttribute('aria-label')).toBe(CANDIDATE_CHROME.listen.text.fr);
    expect(stimulus?.text.fr).toBeTruthy();
    expect(document.body.innerHTML).not.toContain(stimulus?.text.fr);
  });

  it('reads the consent before the questions, line by line in French and the sitting’s language, each with its clip', async () => {
    const { user, media } = await openSitting({ metier: 'coiffeur', secondLanguage: 'ar' });
    const line = (await screen.findByText('Nous gardons vos informations en secret.')).closest('li') as HTMLElement;
    expect(within(line).getByText('نحتفظ بمعلوماتك بشكل سرّي.')).toBeTruthy();
    const [french, arabic] = within(line).getAllByRole('button');
    await user.click(arabic!);
    await waitFor(() => expect(media.at(-1)?.src).toMatch(/\/audio\/ar\/consent\.secret\.mp3$/));
    await user.click(french!);
    await waitFor(() => expect(media.at(-1)?.src).toMatch(/\/audio\/fr\/consent\.secret\.mp3$/));
  });

  it('still reads an old sitting’s métier and language from inside its answers', async () => {
    const { user } = await openSitting({ metier: 'coiffeur', secondLanguage: 'ar' }, {}, { old: true });
    await user.click(await screen.findByRole('button', { name: /^Commencer/ }));
    expect(await screen.findByText('تريد الحصول على شهادة الكفاءة. لماذا؟')).toBeTruthy();
  });
});
