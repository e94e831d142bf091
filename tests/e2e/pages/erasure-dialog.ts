import type { Locator, Page } from 'playwright-core';

/** The danger zone of a candidate's page and its erasure dialog (coordinators, administrators). */
export class ErasureDialog {
  constructor(private readonly page: Page) {}

  openButton(): Locator {
    return this.page.getByRole('button', { name: "Anonymiser la personne (droit à l'effacement)" });
  }

  dialog(): Locator {
    return this.page.getByRole('alertdialog');
  }

  async open() {
    await this.openButton().click();
    await this.dialog().waitFor();
  }

  async confirm() {
    await this.dialog().getByRole('checkbox', { name: "Je comprends que c'est définitif" }).check();
    await this.dialog().getByRole('button', { name: 'Anonymiser définitivement' }).click();
  }
}
