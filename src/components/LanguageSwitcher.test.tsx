import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryWorkspace } from '../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../app/test-support/render-app';
import type { SessionService } from './session/session-context';
import { takeSignedOutChoice } from '../i18n/language-preference';

afterEach(() => {
  localStorage.clear();
  takeSignedOutChoice();
});

const signedOut: SessionService = {
  signIn: async () => ({ ok: false, reason: 'bad_credentials' }),
  resumeSession: async () => null,
};

describe('the interface language', () => {
  it('switches every text of the login screen and is remembered for the next start', async () => {
    renderApp('/login', signedOut);
    expect(await screen.findByRole('heading', { name: 'Connexion', level: 1 })).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Langue'), 'nl');
    expect(await screen.findByRole('heading', { name: 'Aanmelden', level: 1 })).toBeTruthy();
    expect(screen.getByLabelText('Taal')).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem('vdc-language')).toBe('nl');
  });

  it('follows each adviser’s own choice after sign-in', async () => {
    const workspace = createMemoryWorkspace();
    localStorage.setItem(`vdc-language:${workspace.user.id}`, 'en');
    renderApp('/', signedInService(workspace));
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Candidates' })).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'fr');
    expect(await screen.findByRole('navigation', { name: 'Navigation principale' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Accueil' })).toBeTruthy();
    expect(localStorage.getItem(`vdc-language:${workspace.user.id}`)).toBe('fr');
  }, 60_000);

  it('keeps the language chosen on the login screen after sign-in, over the one stored for the adviser before', async () => {
    const workspace = createMemoryWorkspace();
    localStorage.setItem(`vdc-language:${workspace.user.id}`, 'en');
    const service: SessionService = { signIn: async () => ({ ok: true, workspace, offline: false }), resumeSession: async () => null };
    renderApp('/login', service);
    await userEvent.selectOptions(await screen.findByLabelText('Langue'), 'nl');
    await screen.findByRole('heading', { name: 'Aanmelden', level: 1 });
    await userEvent.type(screen.getByLabelText('E-mailadres'), 'conseillere@demo.vdc.brussels');
    await userEvent.type(screen.getByLabelText('Wachtwoord'), 'demo');
    await userEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(await screen.findByRole('navigation', { name: 'Hoofdnavigatie' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem(`vdc-language:${workspace.user.id}`)).toBe('nl');
  }, 60_000);
});
