import type { Page } from 'playwright-core';
import { SCREEN_PATHS } from '../../../src/domain/screen-paths';

/** The credentials each page last logged in with: a page load drops the key, and helpers that reload sign in again. */
const lastCredentials = new WeakMap<Page, { email: string; password: string }>();

/**
 * After a page load on a signed-in page: the password again (docs/key-handling.md). The adviser then
 * lands back on the page she was on (not always home), so this waits for the signed-in frame.
 */
export async function signInAgain(page: Page): Promise<void> {
  const credentials = lastCredentials.get(page);
  const signedIn = page.getByRole('navigation', { name: 'Navigation principale' });
  const login = page.getByRole('heading', { name: 'Connexion', exact: true, level: 1 });
  await signedIn.or(login).first().waitFor({ timeout: 60_000 });
  if (!credentials || !(await login.isVisible())) return;
  await new LoginPage(page).logIn(credentials.email, credentials.password);
  await signedIn.waitFor({ timeout: 60_000 });
}

export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}${SCREEN_PATHS.login}`);
    await this.page.getByRole('heading', { name: 'Connexion' }).waitFor();
  }

  /**
   * Fills the login screen's own form. Its fields are found by id, not by label: during a logout the
   * "connection expired" panel, with fields of the same labels, is still on screen for a moment, and
   * a label lookup then filled that panel while the login screen appeared empty beside it.
   */
  async logIn(email: string, password: string) {
    lastCredentials.set(this.page, { email, password });
    await this.page.getByRole('heading', { name: 'Connexion', exact: true, level: 1 }).waitFor({ timeout: 60_000 });
    await this.page.locator('#login-email').fill(email);
    await this.page.locator('#login-password').fill(password);
    await this.page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  }
}
