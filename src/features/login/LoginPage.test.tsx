import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SessionService } from '../../components/session/session-context';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp } from '../../app/test-support/render-app';
import type { SignInOutcome } from '../../sync/workspace';
import { takeSignedOutChoice } from '../../i18n/language-preference';
import { resetLoginNoticeForTests } from '../../sync/login-notice';

function serviceAnswering(outcome: SignInOutcome, seen: { email: string; password: string }[] = []): SessionService {
  return {
    signIn: async (credentials) => {
      seen.push(credentials);
      return outcome;
    },
    resumeSession: async () => null,
  };
}

async function logIn(password = 'mauvais') {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Adresse e-mail'), 'conseillere@demo.vdc.brussels');
  await user.type(screen.getByLabelText('Mot de passe'), password);
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('login screen', () => {
  it('says the credentials are wrong', async () => {
    const seen: { email: string; password: string }[] = [];
    renderApp('/', serviceAnswering({ ok: false, reason: 'bad_credentials' }, seen));
    await logIn();
    expect((await screen.findByRole('alert')).textContent).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(seen).toEqual([{ email: 'conseillere@demo.vdc.brussels', password: 'mauvais' }]);
  });

  it.each([
    ['unknown_offline', "ce compte ne s'est encore jamais connecté sur cette tablette"],
    ['network', 'Le serveur est injoignable'],
    ['rate_limited', 'Trop de tentatives'],
  ] as const)('explains %s in words', async (reason, words) => {
    renderApp('/login', serviceAnswering({ ok: false, reason }));
    await logIn();
    expect((await screen.findByRole('alert')).textContent).toContain(words);
  });

  it('goes home, starts sync and says when the login was offline', async () => {
    const workspace = createMemoryWorkspace();
    renderApp('/login', serviceAnswering({ ok: true, workspace, offline: true }));
    await logIn('demo');
    expect(await screen.findByRole('heading', { name: 'Bonjour Nadia Conseillère' })).toBeTruthy();
    expect(screen.getByText(/Connecté hors ligne/)).toBeTruthy();
    expect(workspace.sync.started).toBe(true);
  });

  it('asks the browser to remember no address nor password (a tablet shared by advisers)', async () => {
    renderApp('/login', serviceAnswering({ ok: false, reason: 'bad_credentials' }));
    expect((await screen.findByLabelText('Adresse e-mail')).getAttribute('autocomplete')).toBe('off');
    expect(screen.getByLabelText('Mot de passe').getAttribute('autocomplete')).toBe('one-time-code');
  });

  it('skips the login when a test service stands for an open session', async () => {
    const workspace = createMemoryWorkspace();
    renderApp('/login', { signIn: async () => ({ ok: false, reason: 'network' }), resumeSession: async () => workspace });
    expect(await screen.findByRole('heading', { name: 'Bonjour Nadia Conseillère' })).toBeTruthy();
  });

  it('after a reload in candidate mode, tells the candidate in candidate mode’s words that the adviser must unlock, then resumes the sitting', async () => {
    const workspace = createMemoryWorkspace();
    await workspace.candidateLock.lock('sitting-1');
    renderApp('/mode-candidat/sitting-1', { ...serviceAnswering({ ok: true, workspace, offline: true }), sittingWaits: async () => true });
    expect(await screen.findByRole('heading', { name: 'Donnez la tablette à votre conseiller.' })).toBeTruthy();
    expect(screen.getByText(/Mode candidat : la page a été rechargée et la séance attend/)).toBeTruthy();
    await logIn('demo');
    // The candidate-mode lock takes the adviser straight back to the sitting, full screen.
    await waitFor(() => expect(document.querySelector('main.candidate')).not.toBeNull());
    expect(screen.queryByRole('heading', { name: 'Connexion' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Navigation principale' })).toBeNull();
  });

  it('tells the candidate to give the tablet back in every candidate-mode language, and in Dutch on a Dutch screen', async () => {
    renderApp('/login', { ...serviceAnswering({ ok: false, reason: 'network' }), sittingWaits: async () => true });
    expect(await screen.findByRole('heading', { name: 'Donnez la tablette à votre conseiller.' })).toBeTruthy();
    expect(screen.getByText('Give the tablet to your adviser.').closest('[lang]')?.getAttribute('lang')).toBe('en');
    const arabic = screen.getByText('يُرجى إعطاء اللوحة للمستشار أو المستشارة.').closest('[lang]');
    expect([arabic?.getAttribute('lang'), arabic?.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(screen.queryByText('Geef de tablet terug aan uw begeleider.')).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Langue'), 'nl');
    expect((await screen.findByText('Geef de tablet terug aan uw begeleider.')).getAttribute('lang')).toBe('nl');
    expect(screen.getByText(/Kandidaatmodus|kandidaatmodus/)).toBeTruthy();
    takeSignedOutChoice();
    localStorage.clear();
  });

  it('says the tablet was revoked when the wipe reloaded onto the login screen, once', async () => {
    localStorage.setItem('vdc-login-notice', 'deviceRevoked');
    resetLoginNoticeForTests();
    renderApp('/login', serviceAnswering({ ok: false, reason: 'network' }));
    expect(await screen.findByText(/^Cette tablette a été retirée de votre compte par un coordinateur ou un administrateur/)).toBeTruthy();
    expect(localStorage.getItem('vdc-login-notice')).toBeNull();
    resetLoginNoticeForTests();
  });

  it('says a first login on this tablet needs the network', async () => {
    renderApp('/login', serviceAnswering({ ok: false, reason: 'unknown_offline' }));
    await logIn();
    expect((await screen.findByRole('alert')).textContent).toContain('la première connexion a besoin du réseau');
  });

  it('shows no candidate words when no sitting waits', async () => {
    renderApp('/login', { ...serviceAnswering({ ok: false, reason: 'network' }), sittingWaits: async () => false });
    await screen.findByLabelText('Adresse e-mail');
    expect(screen.queryByText(/Mode candidat/)).toBeNull();
  });
});
