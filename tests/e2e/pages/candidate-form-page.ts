import type { Page } from 'playwright-core';

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
    await this.page.getByLabel('Prénom').fill(candidate.firstName);
    await this.page.getByLabel('Nom', { exact: true }).fill(candidate.lastName);
    await this.page.getByLabel('Date de naissance').fill(candidate.birthDate);
    await this.page.getByLabel('Commune de domicile').selectOption({ label: candidate.communeLabel });
    if (candidate.phone !== undefined) await this.page.getByRole('textbox', { name: 'Téléphone', exact: true }).fill(candidate.phone);
    if (candidate.email !== undefined) await this.page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(candidate.email);
    // By role: "Notes" also names the section's fieldset, "téléphone" a consent scope.
    if (candidate.notes !== undefined) await this.page.getByRole('textbox', { name: 'Notes' }).fill(candidate.notes);
    await this.page.getByRole('radio', { name: 'Oui' }).check();
    await this.page.getByRole('checkbox', { name: /suivi de son dossier/ }).check();
  }

  async save() {
    await this.page.getByRole('button', { name: 'Enregistrer' }).click();
  }
}
