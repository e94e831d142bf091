import type { Page } from 'playwright-core';

/** The login screen's PIN reopening (src/features/login/ReopenWithPin.tsx) and the lock settings. */
export class UnlockPage {
  constructor(private readonly page: Page) {}

  get pinSection() {
    return this.page.getByRole('region', { name: 'Reprendre avec votre code PIN' });
  }

  async typePin(pin: string) {
    await this.page.getByLabel('Code PIN', { exact: true }).fill(pin);
    await this.page.getByRole('button', { name: 'Ouvrir avec mon code PIN' }).click();
  }

  /** Sets the PIN in the adviser's lock settings, then waits until this device is enrolled with the server. */
  async setPin(pin: string) {
    await this.page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mon mot de passe' }).click();
    await this.page.getByLabel('Nouveau code PIN').fill(pin);
    await this.page.getByLabel('Le même code, encore une fois').fill(pin);
    await this.page.getByRole('button', { name: 'Enregistrer le code PIN' }).click();
    await this.page.getByText('Votre code PIN est enregistré sur cette tablette.').waitFor();
    await this.page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('vdc-directory');
          open.onsuccess = () => {
            const request = open.result.transaction('unlocks').objectStore('unlocks').count();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result > 0);
            };
          };
        }),
      undefined,
      { polling: 100 },
    );
  }
}
