import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionService } from '../components/session/session-context';
import { createI18n } from '../i18n';
import type { SignInOutcome } from '../sync/workspace';
import { App } from './App';
import { opensOnLogin } from './first-screen';
import { createMemoryWorkspace } from './test-support/memory-workspace';

// Counts the router module's loads: the login must paint without it (the bench weighs the bundle).
const routerLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('./RoutedScreens', async (importOriginal) => {
  routerLoads.count += 1;
  return importOriginal();
});

function serviceAnswering(outcome: SignInOutcome): SessionService {
  return { signIn: async () => outcome, resumeSession: async () => null };
}

async function logIn() {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Adresse e-mail'), 'conseillere@demo.vdc.brussels');
  await user.type(screen.getByLabelText('Mot de passe'), 'demo');
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
}

function openAt(address: string, service: SessionService) {
  window.history.replaceState(null, '', address);
  return render(<App i18n={createI18n('fr')} sessionService={service} />);
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the first screen, before the router', () => {
  it('knows which addresses the router sends to the login', () => {
    for (const address of ['/', '/login', '/candidats', '/candidats/', '/candidats/abc', '/candidats/abc/modifier', '/modules/s1/appel', '/mode-candidat/p1', '/reseau']) {
      expect(opensOnLogin(address), address).toBe(true);
    }
    for (const address of ['/nulle-part', '/candidats/abc/autre', '/CANDIDATS', '/modules/s1/appel/plus']) {
      expect(opensOnLogin(address), address).toBe(false);
    }
  });

  // Shared module state (the mock's count), so these run in this order.
  it('shows the login at a screen’s address without loading the router, then takes the adviser back there', async () => {
    routerLoads.count = 0;
    const workspace = createMemoryWorkspace();
    openAt('/modules?vue=toutes', serviceAnswering({ ok: true, workspace, offline: false }));
    expect(await screen.findByRole('heading', { name: 'Connexion', level: 1 })).toBeTruthy();
    // The address and state the router's guard would have given the login.
    await waitFor(() => expect(window.location.pathname).toBe('/login'));
    expect((window.history.state as { usr?: unknown } | null)?.usr).toEqual({ from: '/modules?vue=toutes' });
    expect(routerLoads.count).toBe(0);
    await logIn();
    expect(await screen.findByRole('heading', { name: 'Modules et séances', level: 1 })).toBeTruthy();
    expect(`${window.location.pathname}${window.location.search}`).toBe('/modules?vue=toutes');
    expect(routerLoads.count).toBe(1);
  });

  it('goes home after an offline login at the home address, and says it was offline', async () => {
    const workspace = createMemoryWorkspace();
    openAt('/', serviceAnswering({ ok: true, workspace, offline: true }));
    await logIn();
    expect(await screen.findByRole('heading', { name: 'Bonjour Nadia Conseillère' })).toBeTruthy();
    expect(screen.getByText(/Connecté hors ligne/)).toBeTruthy();
    expect(window.location.pathname).toBe('/');
  });

  it('gives an unknown address to the router, which shows the 404 page', async () => {
    openAt('/nulle-part', serviceAnswering({ ok: false, reason: 'network' }));
    expect(await screen.findByRole('heading', { name: 'Page introuvable', level: 1 })).toBeTruthy();
    expect(window.location.pathname).toBe('/nulle-part');
  });
});
