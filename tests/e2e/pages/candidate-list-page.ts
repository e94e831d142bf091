import type { Locator, Page } from 'playwright-core';
import { openInApp } from '../support/in-app';

export class CandidateListPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string) {
    await openInApp(this.page, baseUrl, '/candidats');
    await this.page.getByRole('heading', { name: 'Candidats', level: 1 }).waitFor({ timeout: 60_000 });
  }

  async search(text: string) {
    await this.page.getByLabel('Rechercher').fill(text);
  }

  row(name: string): Locator {
    return this.page.getByRole('link', { name: new RegExp(name) });
  }
}
