// Page objects of the module screens: session list, planning form, enrolment and roll call.
import type { Locator, Page } from 'playwright-core';

/** A name as a literal part of a regular expression. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface SessionInput {
  module: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  facilitator: string;
  capacity: string;
}

export class ModulesPages {
  constructor(private readonly page: Page) {}

  async openFromNav() {
    await this.page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Modules', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Modules et séances', level: 1 }).waitFor();
  }

  async planSession(input: SessionInput) {
    await this.page.getByRole('link', { name: 'Planifier une séance' }).click();
    await this.page.getByRole('heading', { name: 'Planifier une séance de module', level: 1 }).waitFor();
    await this.page.getByLabel(/^Module/).selectOption(input.module);
    await this.page.getByLabel('Titre').fill(input.title);
    await this.page.getByLabel(/^Date/).fill(input.date);
    await this.page.getByLabel('Heure de début').fill(input.startTime);
    await this.page.getByLabel('Heure de fin').fill(input.endTime);
    await this.page.getByLabel('Animateur ou animatrice').fill(input.facilitator);
    await this.page.getByLabel('Nombre de places').fill(input.capacity);
    await this.page.getByRole('button', { name: 'Planifier la séance' }).click();
    await this.page.getByRole('link', { name: "Faire l'appel" }).waitFor();
  }

  async enrol(name: string) {
    const search = this.page.getByLabel('Inscrire une personne : chercher par nom');
    await search.fill(name);
    // The button also says what tells homonyms apart (birth year, commune, site), in brackets.
    await this.page.getByRole('button', { name: new RegExp(`^Inscrire ${escapeRegExp(name)}( \\(|$)`) }).click();
    await this.page.getByRole('button', { name: `Désinscrire ${name}`, exact: true }).waitFor();
    await search.fill('');
  }

  async openRollCall() {
    await this.page.getByRole('link', { name: "Faire l'appel" }).click();
    await this.page.getByRole('list', { name: 'Personnes inscrites' }).waitFor();
  }

  /** A person's status choices at the roll call (a radio group named after the person). */
  statusGroup(name: string): Locator {
    return this.page.getByRole('radiogroup', { name, exact: true });
  }

  async choose(name: string, status: string) {
    await this.statusGroup(name).getByRole('radio', { name: status, exact: true }).check();
    await this.statusGroup(name).getByRole('radio', { name: status, exact: true, checked: true }).waitFor();
  }
}
