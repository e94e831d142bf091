import type { Locator, Page } from 'playwright-core';
import { openInApp } from '../support/in-app';
import { SCREEN_PATHS } from '../../../src/domain/screen-paths';

/** A person's file at /candidats/:id: identity, SPOC actions, accompaniments, notes, timeline. */
export class CandidateFilePage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, id: string, name: string) {
    await openInApp(this.page, baseUrl, SCREEN_PATHS.candidate(id));
    await this.waitFor(name);
  }

  async waitFor(name: string) {
    await this.page.getByRole('heading', { name, level: 1 }).waitFor({ timeout: 60_000 });
  }

  /** "Corriger": the intake form of the person, at /candidats/:id/modifier. */
  async correctIdentity() {
    await this.page.getByRole('link', { name: "Corriger l'identité" }).click();
    await this.page.getByRole('heading', { name: 'Modifier le candidat', level: 1 }).waitFor({ timeout: 60_000 });
  }

  section(name: 'spoc' | 'accompaniments' | 'notes' | 'timeline'): Locator {
    const titles = {
      spoc: 'Actions SPOC (information et orientation)',
      accompaniments: 'Accompagnements',
      notes: 'Notes de suivi',
      timeline: 'Historique',
    } as const;
    return this.page.getByRole('region', { name: titles[name] });
  }

  form(name: string): Locator {
    return this.page.getByRole('form', { name });
  }

  saved(): Locator {
    return this.page.getByText('Enregistré sur la tablette.');
  }
}
