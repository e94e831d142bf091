// The session ends on the server (an administrator gave the adviser a new password) while the adviser
// works offline: when the network is back, sync is refused, the app says in words that the work is
// kept and lets the adviser sign in again where they are; the pending candidate then reaches the
// server, and nothing typed was lost.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_PATHS } from '../../src/domain/accounts';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER, apiLogin, findCandidateOnServer } from './support/api';
import { untilServiceWorkerControls } from './support/offline';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { CandidateFormPage } from './pages/candidate-form-page';
import { LoginPage } from './pages/login-page';

// The demo adviser also works at the CPAS (another organisation): only an administrator manages her account.
const DEMO_ADMIN = { email: 'admin@demo.vdc.brussels', password: DEMO_ADVISER.password };
const NEW_PASSWORD = 'nouveau-mot-de-passe-2026';

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context, page } = await suite.openTablet());
});

/** An administrator gives the adviser a new password: the adviser's sessions end on the server. */
async function adminResetsAdviserPassword() {
  const token = await apiLogin(suite.server.url, DEMO_ADMIN);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const listed = (await (await fetch(`${suite.server.url}${ACCOUNT_PATHS.users}`, { headers })).json()) as { users: { id: string; email: string }[] };
  const adviser = listed.users.find((user) => user.email === DEMO_ADVISER.email);
  if (!adviser) throw new Error('the demo adviser is not listed for the demo administrator');
  const reset = await fetch(`${suite.server.url}${ACCOUNT_PATHS.users}/${adviser.id}/password`, { method: 'POST', headers, body: JSON.stringify({ password: NEW_PASSWORD }) });
  expect(reset.status).toBe(204);
}

describe('an expired session with work pending', () => {
  it('keeps the work, says so, and sends it after signing in again in place', async () => {
    const shell = new AppShell(page);
    const form = new CandidateFormPage(page);
    const firstName = `Expiré${Date.now().toString(36)}`;

    await new LoginPage(page).open(suite.server.url);
    await new LoginPage(page).logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced();
    await untilServiceWorkerControls(page);
    await shell.waitForHome();

    await context.setOffline(true);
    await shell.goToNewCandidate();
    await form.fill({ firstName, lastName: 'En-Attente', birthDate: '1988-02-29', communeLabel: 'Schaerbeek' });
    await form.save();
    await page.getByText('Le candidat a été enregistré sur la tablette.').waitFor();

    await adminResetsAdviserPassword();
    await context.setOffline(false);
    await shell.syncNow();

    const panel = page.getByRole('region', { name: 'Votre connexion au serveur a expiré' });
    await panel.waitFor({ timeout: 30_000 });
    expect(await panel.textContent()).toContain("1 changement attend d'être envoyé");
    expect(await axeViolations(page), 'axe violations with the expired-session panel').toEqual([]);
    await page.screenshot({ path: screenshotPath('e2e-expired-session'), fullPage: true });

    await panel.getByLabel(/Adresse e-mail/).fill(DEMO_ADVISER.email);
    await panel.getByLabel(/Mot de passe/).fill(DEMO_ADVISER.password); // the old one: refused
    await panel.getByRole('button', { name: 'Me reconnecter' }).click();
    await panel.getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();

    await panel.getByLabel(/Mot de passe/).fill(NEW_PASSWORD);
    await panel.getByRole('button', { name: 'Me reconnecter' }).click();
    await shell.waitForSynced();
    await panel.waitFor({ state: 'detached' });

    const token = await apiLogin(suite.server.url, { email: DEMO_ADVISER.email, password: NEW_PASSWORD });
    expect((await findCandidateOnServer(suite.server.url, token, firstName))?.data).toMatchObject({ firstName, lastName: 'En-Attente', birthDate: '1988-02-29' });
  });
});
