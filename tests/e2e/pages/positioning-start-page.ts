// The adviser's screen that starts a positioning sitting and hands the tablet over.
import type { Page } from 'playwright-core';
import { LockScreen } from './lock-screen';
import { openInApp } from '../support/in-app';
import { SCREEN_PATHS } from '../../../src/domain/screen-paths';

export class PositioningStartPage {
  constructor(private readonly page: Page) {}

  /** Opens by address, in the open app (a page load would drop the key); the lock screen may come first. */
  async open(baseUrl: string, candidateId: string, pin?: string) {
    await openInApp(this.page, baseUrl, SCREEN_PATHS.startPositioning(candidateId));
    const heading = this.page.getByRole('heading', { name: 'Nouveau positionnement', level: 1 });
    const lock = new LockScreen(this.page);
    await heading.or(lock.heading()).waitFor({ timeout: 60_000 });
    if (pin && (await lock.heading().isVisible())) await lock.unlock(pin);
    await heading.waitFor({ timeout: 60_000 });
  }

  async choose(options: { metier: string; secondLanguage: 'Aucune (français seul)' | 'Anglais' | 'Arabe' }) {
    await this.page.getByLabel('Métier').selectOption(options.metier);
    await this.page.getByRole('radio', { name: options.secondLanguage }).check();
  }

  /** Only the first time on the device. */
  async setPin(pin: string) {
    await this.page.getByLabel('Code (4 à 6 chiffres)').fill(pin);
    await this.page.getByLabel('Le même code, encore une fois').fill(pin);
  }

  async handOver() {
    await this.page.getByRole('button', { name: 'Donner la tablette au candidat' }).click();
    await this.page.getByRole('heading', { name: 'Bonjour !', level: 1 }).waitFor();
  }
}
