// Page objects of the métier catalogue (administrators) and of a person's validation attempts.
import type { Page } from 'playwright-core';
import { openInApp } from '../support/in-app';
import { SCREEN_PATHS } from '../../../src/domain/screen-paths';

export interface AttemptInput {
  accompanimentId: string;
  uc: string;
  registrationDate: string;
  centreName: string;
  testDate: string;
  result: string;
}

export class MetierCataloguePage {
  constructor(private readonly page: Page) {}

  async openFromNav() {
    await this.page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Métiers', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Catalogue des métiers', level: 1 }).waitFor();
  }

  /** Finds a métier by its name with the search box and opens it. */
  async openMetier(label: string) {
    await this.page.getByLabel('Rechercher un métier').fill(label);
    await this.page.getByRole('button', { name: `Ouvrir ${label}`, exact: true }).click();
    await this.page.getByRole('heading', { name: label, level: 2 }).waitFor();
  }

  async addUc(code: string, label: string) {
    await this.page.getByLabel("Code de l'UC").fill(code);
    await this.page.getByLabel('Intitulé').fill(label);
    await this.page.getByRole('button', { name: "Ajouter l'UC" }).click();
    await this.page.getByText(`${code} ajoutée.`).waitFor();
  }
}

export class ValidationPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, candidateId: string, name: string) {
    await openInApp(this.page, baseUrl, SCREEN_PATHS.validation(candidateId));
    await this.page.getByRole('heading', { name: `Épreuves de validation de ${name}`, level: 1 }).waitFor({ timeout: 60_000 });
  }

  /** Opens the form for a new attempt at this accompaniment and picks the UC in the list. */
  async startAttempt(accompanimentId: string, uc: string) {
    await this.page.getByRole('button', { name: 'Ajouter une inscription à une épreuve' }).click();
    await this.page.getByLabel('Accompagnement').selectOption(accompanimentId);
    await this.page.getByRole('combobox', { name: /^Unité de compétence/ }).selectOption(uc);
  }

  async recordAttempt(input: AttemptInput) {
    await this.startAttempt(input.accompanimentId, input.uc);
    await this.page.getByLabel("Date d'inscription").fill(input.registrationDate);
    await this.page.getByLabel('Centre de validation').fill(input.centreName);
    await this.page.getByLabel('Région du centre').selectOption('bruxelles');
    await this.page.getByLabel("Date de l'épreuve").fill(input.testDate);
    await this.page.getByLabel('Résultat').selectOption(input.result);
    await this.page.getByRole('button', { name: "Enregistrer l'épreuve" }).click();
    await this.page.getByText('Épreuve enregistrée.').waitFor();
  }
}
