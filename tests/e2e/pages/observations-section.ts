// A person's file, section "Observations en situation et épreuves blanches" (docs/observations.md):
// a task of the trade done in front of an observer, on one of the person's accompaniments.
import type { Locator, Page } from 'playwright-core';

export interface ObservationEntry {
  uc: string;
  task: string;
  result: 'Atteint' | 'En partie atteint' | 'Pas encore atteint';
  criteria?: readonly { label: string; result: 'Atteint' | 'En partie atteint' | 'Pas encore atteint' }[];
  /** The option's label in "Positionnement lié", when linked to a sitting. */
  positioning?: RegExp;
}

export class ObservationsSection {
  constructor(private readonly page: Page) {}

  region(): Locator {
    return this.page.getByRole('region', { name: 'Observations en situation et épreuves blanches' });
  }

  form(): Locator {
    return this.page.getByRole('form', { name: 'Nouvelle observation ou épreuve blanche' });
  }

  /** Opens the form, fills it as an adviser who observed the task today, saves, and waits for the entry. */
  async add(entry: ObservationEntry) {
    await this.region().getByRole('button', { name: 'Ajouter une observation ou une épreuve blanche' }).click();
    const form = this.form();
    await form.waitFor();
    if (entry.positioning) {
      const select = form.getByLabel(/^Positionnement lié/);
      const label = (await select.locator('option').allTextContents()).find((text) => entry.positioning?.test(text));
      if (!label) throw new Error(`no sitting matching ${String(entry.positioning)}`);
      await select.selectOption({ label });
    }
    await form.getByLabel(/^UC observée/).selectOption(entry.uc);
    await form.getByLabel(/^Tâche réalisée/).fill(entry.task);
    for (const [index, criterion] of (entry.criteria ?? []).entries()) {
      await form.getByRole('button', { name: 'Ajouter un critère' }).click();
      await form.getByLabel(`Critère ${index + 1}`, { exact: true }).fill(criterion.label);
      await form.getByLabel(`Critère ${index + 1} : atteint ?`).selectOption({ label: criterion.result });
    }
    await form.getByLabel(/^Résultat d’ensemble/).selectOption({ label: entry.result });
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await this.region().getByText(`Tâche : ${entry.task}`).waitFor();
  }
}
