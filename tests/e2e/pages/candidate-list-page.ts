import type { Locator, Page } from 'playwright-core';
import { openInApp } from '../support/in-app';
import { screenshotPath } from '../support/paths';
import { SCREEN_PATHS } from '../../../src/domain/screen-paths';

export class CandidateListPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string) {
    await openInApp(this.page, baseUrl, SCREEN_PATHS.candidates);
    await this.page
      .getByRole('heading', { name: 'Candidats', level: 1 })
      .waitFor({ timeout: 60_000 })
      .catch(async (error: unknown) => {
        // What the screen showed instead, for whoever reads the failure.
        await this.page.screenshot({ path: screenshotPath('candidate-list-not-opened'), fullPage: true });
        const shown = await this.page.evaluate(() => `${location.pathname}: ${document.body.innerText.slice(0, 600)}`);
        throw new Error(`the list did not open; the page showed ${shown}`, { cause: error });
      });
  }

  async search(text: string) {
    await this.page.getByLabel('Rechercher').fill(text);
  }

  row(name: string): Locator {
    return this.page.getByRole('link', { name: new RegExp(name) });
  }
}
