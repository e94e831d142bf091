import type { Locator, Page } from 'playwright-core';

/** "À vérifier": open conflicts and refused changes. */
export class AttentionPage {
  constructor(private readonly page: Page) {}

  /** The header link, shown while something waits for the adviser. */
  headerLink(): Locator {
    return this.page.getByRole('banner').getByRole('link', { name: /à vérifier$/ });
  }

  async openFromHeader() {
    await this.headerLink().click();
    await this.page.getByRole('heading', { name: 'À vérifier', level: 1 }).waitFor();
  }

  conflict(field: string, person: string): Locator {
    return this.page.getByRole('article', { name: `${field} — ${person}` });
  }

  async resolveWithValue(card: Locator, field: string, value: string) {
    await card.getByLabel(`Ou indiquez une autre valeur pour « ${field} »`).fill(value);
    await card.getByRole('button', { name: 'Enregistrer cette valeur' }).click();
    await this.page.getByText('Conflit réglé').waitFor();
  }
}
