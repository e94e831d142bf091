import type { Locator, Page } from 'playwright-core';

export interface NewCandidate {
  firstName: string;
  lastName: string;
  birthDate: string;
  communeLabel: string;
  phone?: string;
  email?: string;
  notes?: string;
}

export class CandidateFormPage {
  constructor(private readonly page: Page) {}

  async fill(candidate: NewCandidate) {
    await this.fillIdentity(candidate);
    await this.pickCommune(candidate.communeLabel);
    if (candidate.phone !== undefined) await this.page.getByRole('textbox', { name: 'Téléphone', exact: true }).fill(candidate.phone);
    if (candidate.email !== undefined) await this.page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(candidate.email);
    // By role: "Notes" also names the section's fieldset, "téléphone" a consent scope.
    if (candidate.notes !== undefined) await this.page.getByRole('textbox', { name: 'Notes' }).fill(candidate.notes);
    await this.page.getByRole('radio', { name: 'Oui' }).check();
    await this.page.getByRole('checkbox', { name: /suivi de son dossier/ }).check();
  }

  async fillIdentity(candidate: Pick<NewCandidate, 'firstName' | 'lastName' | 'birthDate'>) {
    await this.page.getByLabel('Prénom').fill(candidate.firstName);
    await this.page.getByLabel('Nom', { exact: true }).fill(candidate.lastName);
    await this.page.getByLabel('Date de naissance').fill(candidate.birthDate);
  }

  /** Types the commune's name (or postal code) and picks it from the suggestions. */
  async pickCommune(typed: string, optionStartsWith = typed) {
    await this.page.getByRole('combobox', { name: 'Commune de domicile' }).fill(typed);
    await this.page.getByRole('option', { name: new RegExp(`^${optionStartsWith}`) }).click();
  }

  /** Types a few letters of a language and picks the first suggestion with Enter. */
  async addLanguage(typed: string) {
    const input = this.page.getByRole('combobox', { name: 'Langues parlées' });
    await input.fill(typed);
    await input.press('Enter');
  }

  duplicateWarning(): Locator {
    return this.page.getByRole('region', { name: 'Cette personne a peut-être déjà un dossier' });
  }

  async continueAsAnotherPerson() {
    await this.duplicateWarning().getByRole('button', { name: "C'est une autre personne, continuer" }).click();
  }

  draftOffer(): Locator {
    return this.page.getByText(/Une saisie non terminée a été gardée/);
  }

  async resumeDraft() {
    await this.page.getByRole('button', { name: 'Reprendre la saisie' }).click();
  }

  async save() {
    await this.page.getByRole('button', { name: 'Enregistrer' }).click();
  }
}
