// The tablet's own lock (issue 19): after a password login the adviser enrols the platform
// authenticator (WebAuthn with the PRF extension) from her settings; the server is then stopped,
// the page reloaded, and the authenticator alone reopens her workspace. The authenticator is
// Chromium's virtual one (DevTools protocol WebAuthn.addVirtualAuthenticator with hasPrf). The app
// is opened as `localhost`: WebAuthn refuses an IP address as the relying party's id.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADVISER } from './support/api';
import { useBrowserSuite } from './support/suite';
import { stepLogger } from './support/tablets';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
const step = stepLogger();

beforeAll(async () => {
  ({ context, page } = await suite.openTablet());
  cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
});

describe('the tablet’s own lock', () => {
  it('is enrolled after a password login and reopens the workspace offline after a reload', async () => {
    const base = suite.server.url.replace('127.0.0.1', 'localhost');
    const shell = new AppShell(page);
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', ctap2Version: 'ctap2_1', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, hasPrf: true, automaticPresenceSimulation: true },
    });

    step('password login, sync, the service worker in place');
    await new LoginPage(page).open(base);
    await new LoginPage(page).logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    step('enrol the tablet’s lock from the settings');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mon mot de passe' }).click();
    await page.getByRole('button', { name: 'Utiliser le verrou de cette tablette' }).click();
    await page.getByText('Le verrou de la tablette peut rouvrir vos données.').waitFor();
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);

    step('server stopped, reload: the tablet’s lock reopens, offline');
    await suite.server.stop();
    await page.reload();
    const open = page.getByRole('button', { name: 'Ouvrir avec le verrou de la tablette' });
    await open.waitFor({ timeout: 60_000 });
    await open.click();
    await shell.waitForHome();
  });
});
