// The adviser's side of a finished sitting (docs/positioning-review.md): the person's
// "Positionnements" section, the review page (rating, agreement, orientation) and the synthesis.
import type { Locator, Page } from 'playwright-core';

export type AgreedLevel = 'Acquis' | 'En partie' | 'Pas encore' | 'À observer en pratique';

export class PositioningReviewPage {
  constructor(private readonly page: Page) {}

  /** The file's "Positionnements" section. */
  sittings(): Locator {
    return this.page.getByRole('region', { name: 'Positionnements' });
  }

  /** From the file: "Voir et décider" on the newest sitting. */
  async openFromFile(name: string) {
    await this.sittings().getByRole('link', { name: /^Voir et décider/ }).first().click();
    await this.waitFor(name);
  }

  async waitFor(name: string) {
    await this.page.getByRole('heading', { name: `Positionnement de ${name}`, level: 1 }).waitFor({ timeout: 60_000 });
    await this.page.getByRole('region', { name: 'Ce que le candidat a dit' }).waitFor({ timeout: 60_000 });
  }

  rating(): Locator {
    return this.page.getByRole('form', { name: 'Votre évaluation' });
  }

  /** Rates every rateable item of the form, taking the levels in turn, and comments a domain. */
  async rateAll(levels: readonly string[], comment?: { domain: string; text: string }): Promise<number> {
    // One group per item, inside the group of its domain.
    const groups = this.rating()
      .getByRole('group')
      .filter({ has: this.page.getByRole('radio', { name: levels[0], exact: true }) })
      .filter({ hasNot: this.page.getByRole('group') });
    const count = await groups.count();
    for (let index = 0; index < count; index += 1) {
      await groups.nth(index).getByRole('radio', { name: levels[index % levels.length], exact: true }).check();
    }
    if (comment) await this.rating().getByLabel(`Commentaire sur « ${comment.domain} »`).fill(comment.text);
    await this.rating().getByRole('button', { name: 'Enregistrer mon évaluation' }).click();
    await this.page.getByText(/Évaluation enregistrée sur la tablette/).waitFor();
    return count;
  }

  agreement(): Locator {
    return this.page.getByRole('region', { name: 'Niveaux convenus ensemble' });
  }

  async agree(question: string, level: AgreedLevel) {
    await this.agreement().getByRole('group', { name: question, exact: true }).getByRole('radio', { name: level, exact: true }).check();
  }

  async saveAgreement(words: string, orientation: string) {
    await this.agreement().getByLabel('Les mots du candidat sur ce résultat').fill(words);
    await this.agreement().getByRole('radio', { name: orientation, exact: true }).check();
    await this.agreement().getByRole('button', { name: "Enregistrer l'accord" }).click();
    await this.agreement().getByText(/Accord enregistré sur la tablette/).waitFor();
  }

  async openSynthesis(): Promise<Locator> {
    await this.page.getByRole('link', { name: 'Synthèse pour le candidat' }).click();
    const sheet = this.page.locator('article.synthesis');
    await sheet.waitFor({ timeout: 60_000 });
    return sheet;
  }
}
