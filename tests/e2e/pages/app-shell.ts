import type { Locator, Page } from 'playwright-core';

/** The signed-in frame: header, sync indicator, navigation. */
export class AppShell {
  constructor(private readonly page: Page) {}

  get syncIndicator(): Locator {
    return this.page.getByRole('status', { name: 'État de la synchronisation' });
  }

  async waitForHome() {
    await this.page.getByRole('heading', { name: /^Bonjour/ }).waitFor({ timeout: 60_000 });
  }

  async goToCandidates() {
    await this.page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Candidats', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Candidats', level: 1 }).waitFor();
  }

  async goToNewCandidate() {
    await this.page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Nouveau candidat' }).click();
    await this.page.getByRole('heading', { name: 'Nouveau candidat', level: 1 }).waitFor();
  }

  async syncNow() {
    await this.page.getByRole('button', { name: 'Synchroniser' }).click();
  }

  async waitForSynced(timeout = 60_000) {
    await this.syncIndicator.getByText(/Synchronisé à \d\d:\d\d/).waitFor({ timeout });
  }
}
