import type { Locator, Page } from 'playwright-core';
import { openInApp } from '../support/in-app';
import { SCREEN_PATHS } from '../../../src/domain/screen-paths';

/** /positionnements/voix: the texts an adviser records, grouped in folding parts. */
export class VoiceRecordingsPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string) {
    await openInApp(this.page, baseUrl, SCREEN_PATHS.voices);
    await this.page.getByRole('heading', { name: 'Enregistrer ma voix', level: 1 }).waitFor({ timeout: 60_000 });
  }

  /** Unfolds the n-th part (0: candidate-mode words, 1: common answers, 2: the first part of the questionnaire). */
  async unfold(index: number): Promise<Locator> {
    const group = this.page.locator('details.voice-group').nth(index);
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
    return group;
  }

  /** The row of one text, found by the text itself. */
  row(text: string): Locator {
    return this.page.locator('li.voice-row').filter({ has: this.page.locator('p.voice-row__text', { hasText: text }) });
  }

  /** Records the fake microphone from start to stop, keeps it, and waits for the screen's word. */
  async recordAndKeep(row: Locator) {
    await row.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await row.getByRole('status').filter({ hasText: 'Enregistrement…' }).waitFor();
    await row.getByRole('button', { name: 'Arrêter', exact: true }).click();
    await row.getByRole('button', { name: 'Garder', exact: true }).click();
    await this.page.getByRole('status').filter({ hasText: 'Votre voix est enregistrée sur la tablette.' }).waitFor();
  }

  async share(row: Locator) {
    await row.getByRole('button', { name: 'Partager avec le site', exact: true }).click();
    await this.page.getByRole('status').filter({ hasText: 'Partagée avec le site' }).waitFor();
  }
}
