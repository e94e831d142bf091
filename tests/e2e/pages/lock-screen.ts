// The idle lock: after a reload (a page load by address) an adviser with a PIN sees it first.
import type { Page } from 'playwright-core';

export class LockScreen {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Tablette verrouillée', level: 1 });
  }

  async unlock(pin: string) {
    await this.page.getByLabel('Code du conseiller').fill(pin);
    await this.page.getByRole('button', { name: 'Valider' }).click();
    await this.heading().waitFor({ state: 'detached' });
  }
}
