import type { Locator, Page } from 'playwright-core';

/** The signed-in frame: header, sync indicator, navigation. */
export class AppShell {
  constructor(private readonly page: Page) {}

  get syncIndicator(): Locator {
    return this.page.getByRole('status', { name: 'État de la synchronisation' });
  }

  get navigation(): Locator {
    return this.page.getByRole('navigation', { name: 'Navigation principale' });
  }

  /**
   * Home after a login. A login after a page load takes the adviser back to the page she was on
   * (docs/accounts.md), so when the signed-in frame shows another page, the test goes home itself.
   */
  async waitForHome() {
    const home = this.page.getByRole('heading', { name: /^Bonjour/ });
    await home.or(this.navigation).first().waitFor({ timeout: 60_000 });
    if (await home.isVisible()) return;
    await this.navigation.getByRole('link', { name: 'Accueil', exact: true }).click();
    await home.waitFor({ timeout: 60_000 });
  }

  async goToCandidates() {
    await this.page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Candidats', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Candidats', level: 1 }).waitFor();
  }

  async goToNewCandidate() {
    await this.page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Nouveau candidat' }).click();
    await this.page.getByRole('heading', { name: 'Nouveau candidat', level: 1 }).waitFor();
  }

  /** Starts a sync without waiting for it (the button is named so only while no run goes on). */
  async syncNow() {
    await this.page.getByRole('button', { name: 'Synchroniser', exact: true }).click();
  }

  /**
   * Starts a sync and waits for that run to have ended synced: an event, never a while. The words
   * "Synchronisé à hh:mm" are often there before the click already, so they cannot tell; the
   * indicator's `data-synced-at` (the last successful run, to the millisecond) changes only when a
   * run succeeds. A run already going on is let to end first: it may have started before what the
   * test just did, and its end must not count. The timeout only bounds a hang.
   */
  async syncAndWait(timeout = 120_000) {
    const idleButton = this.page.getByRole('button', { name: 'Synchroniser', exact: true });
    await idleButton.waitFor({ timeout });
    const before = (await this.syncIndicator.getAttribute('data-synced-at')) ?? '';
    await idleButton.click({ timeout });
    await this.page.locator(`.sync-indicator[data-synced-at]:not([data-synced-at="${before}"])`).waitFor({ timeout });
    await this.waitForSynced(timeout);
  }

  async waitForSynced(timeout = 60_000) {
    await this.syncIndicator.getByText(/Synchronisé à \d\d:\d\d/).waitFor({ timeout });
  }
}
