// The screens over the real storage and sync engine (encrypted Dexie on fake-indexeddb, WebCrypto),
// with only the HTTP transport faked: login, intake, list, reload (the password again), sync.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SessionService } from '../components/session/session-context';
import { signIn } from '../sync/session';
import { FakeTransport } from '../sync/testing/fake-transport';
import { renderApp } from './test-support/render-app';

function realService(transport: FakeTransport, directoryName: string): SessionService {
  return {
    signIn: (credentials) => signIn({ ...credentials, transport, directoryName, pbkdf2Iterations: 1000 }),
    resumeSession: async () => null,
  };
}

describe('app over the real storage', () => {
  it('records a candidate, finds it again after a reload, and syncs it', async () => {
    const transport = new FakeTransport();
    transport.addAccount('nadia@demo.vdc.brussels', 'secret-pass', { name: 'Nadia', siteIds: ['site-1'] });
    const service = realService(transport, `directory-${crypto.randomUUID()}`);
    const user = userEvent.setup();

    renderApp('/login', service);
    await user.type(await screen.findByLabelText('Adresse e-mail'), 'nadia@demo.vdc.brussels');
    await user.type(screen.getByLabelText('Mot de passe'), 'secret-pass');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await screen.findByRole('heading', { name: 'Bonjour Nadia' });

    await user.click(within(screen.getByRole('navigation')).getByRole('link', { name: 'Nouveau candidat' }));
    await screen.findByRole('heading', { name: 'Nouveau candidat', level: 1 });
    await user.type(screen.getByLabelText('Prénom'), 'Élodie');
    await user.type(screen.getByLabelText('Nom'), 'Van den Bossche');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('Le candidat a été enregistré sur la tablette.');

    // A reload: a new React tree; no key is kept on the disk, so the password opens it again.
    cleanup();
    renderApp('/login', service);
    await user.type(await screen.findByLabelText('Adresse e-mail'), 'nadia@demo.vdc.brussels');
    await user.type(screen.getByLabelText('Mot de passe'), 'secret-pass');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await screen.findByRole('heading', { name: 'Bonjour Nadia' });
    await user.click(within(screen.getByRole('navigation')).getByRole('link', { name: 'Candidats' }));
    await user.type(await screen.findByLabelText('Rechercher'), 'elodie');
    // (No 'non synchronisé' badge to check here: the online sign-in starts a sync that may already
    // have pushed the record.)
    await screen.findByRole('link', { name: /Élodie Van den Bossche/ });

    await user.click(await screen.findByRole('button', { name: 'Synchroniser' }));
    await screen.findByText(/Synchronisé à \d\d:\d\d/);
    const onServer = [...transport.server.records.values()].find((record) => record.table === 'candidates');
    expect(onServer?.data).toMatchObject({ firstName: 'Élodie', lastName: 'Van den Bossche' });
    // (Dexie's liveQuery does not fire under jsdom + fake-indexeddb, so the badge's live removal
    // is proven in the browser test, tests/e2e/offline-intake.spec.ts.)
  }, 60_000); // a full intake through jsdom with real encryption: slow on a loaded 2-core machine, not a timing assertion
});
