// Candidate mode as the candidate and the adviser use it: one question per screen, answers as big
// pictures, back and next, the end screen, and the adviser's PIN to leave.
import type { Locator, Page } from 'playwright-core';

export class CandidateModePage {
  constructor(private readonly page: Page) {}

  get question(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async questionText(): Promise<string> {
    return ((await this.question.textContent()) ?? '').trim();
  }

  async start() {
    await this.page.getByRole('button', { name: /^Commencer/ }).click();
    await this.page.getByRole('progressbar').waitFor();
  }

  /** Taps the answer at this position among the pictures (0 = first). */
  async tapAnswer(position = 0) {
    await this.page.locator('ul.answers:not(.answers--dont-know) .answer__button').nth(position).click();
  }

  async tapDontKnow() {
    await this.page.getByRole('button', { name: /^Je ne sais pas/ }).click();
  }

  async next() {
    const before = await this.questionText();
    await this.page.getByRole('button', { name: /^Suivant/ }).click();
    await this.page.waitForFunction((text) => document.querySelector('h1')?.textContent?.trim() !== text, before);
  }

  async back() {
    await this.page.getByRole('button', { name: /^Retour/ }).click();
  }

  async isFinished(): Promise<boolean> {
    return (await this.questionText()) === "C'est fini.";
  }

  /** Answers every remaining question (pictures or "I don't know", in turn) until the end screen. */
  async answerAll(): Promise<number> {
    let answered = 0;
    while (!(await this.isFinished())) {
      if (answered % 3 === 2) await this.tapDontKnow();
      else await this.tapAnswer(answered % 2);
      await this.next();
      answered += 1;
      if (answered > 60) throw new Error('the sitting does not end');
    }
    return answered;
  }

  async openPinPad() {
    await this.page.getByRole('button', { name: 'Conseiller', exact: true }).click();
    await this.page.getByRole('dialog', { name: 'Reprendre la tablette' }).waitFor();
  }

  async typePin(pin: string) {
    const dialog = this.page.getByRole('dialog', { name: 'Reprendre la tablette' });
    for (const digit of pin) await dialog.getByRole('button', { name: digit, exact: true }).click();
    await dialog.getByRole('button', { name: 'Valider' }).click();
  }

  async cancelPin() {
    await this.page.getByRole('dialog', { name: 'Reprendre la tablette' }).getByRole('button', { name: 'Annuler' }).click();
  }
}
