// A whole positioning as people do it, on the production build: the adviser opens a person's file,
// opens an electrician pathway, starts a sitting with Arabic beside the French and hands the tablet
// over; the candidate hears the consent and answers every question by tapping (some "je ne sais
// pas"); the adviser takes the tablet back with her code, rates, records a practical observation of
// a UC, agrees the levels with the candidate, chooses the orientation and opens the synthesis: the
// candidate's words, French and Arabic, no adviser-internal words. Screenshots of each stage go to
// test-results/positioning-walk-*.png.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS, pullResponseSchema, type WireRecord } from '../../src/domain/wire';
import { currentQuestionnaire } from '../../src/content/questionnaires';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER, apiLogin } from './support/api';
import { screenshotPath } from './support/paths';
import { smallTargets } from './support/screen-checks';
import { useBrowserSuite } from './support/suite';
import { stepLogger } from './support/tablets';
import { AppShell } from './pages/app-shell';
import { CandidateFilePage } from './pages/candidate-file-page';
import { LoginPage } from './pages/login-page';
import { ObservationsSection } from './pages/observations-section';
import { CandidateModePage } from './pages/positioning-candidate-mode';
import { PositioningReviewPage } from './pages/positioning-review-page';
import { PositioningStartPage } from './pages/positioning-start-page';

const METIER = 'installateur-electricien-residentiel';
const METIER_NAME = 'Installateur(rice) électricien(ne) résidentiel';
const PIN = '4826';
const WORDS = 'Le tableau électrique, je veux le voir avec un pro.';
const INTERNAL_COMMENT = 'Interne : hésite beaucoup, à revoir en équipe.';

const suite = useBrowserSuite();
let page: Page;

beforeAll(async () => {
  ({ page } = await suite.openTablet());
});

const step = stepLogger();
const shot = (name: string) => page.screenshot({ path: screenshotPath(`positioning-walk-${name}`), fullPage: true });

async function expectAccessible(screen: string) {
  expect(await axeViolations(page), `axe violations on ${screen}`).toEqual([]);
}

/** A named demo person of the adviser's sites, with no open electrician pathway, not erased nor merged. */
async function aPerson(): Promise<WireRecord> {
  const token = await apiLogin(suite.server.url, DEMO_ADVISER);
  const records: WireRecord[] = [];
  let cursor = 0;
  for (;;) {
    const response = await fetch(`${suite.server.url}${API_PATHS.pull}?cursor=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
    const result = pullResponseSchema.parse(await response.json());
    records.push(...result.changes);
    if (!result.hasMore) break;
    cursor = result.cursor;
  }
  const busy = new Set(records.filter((r) => r.table === 'accompaniments' && r.data.metier === METIER && r.data.status === 'open').map((r) => r.data.candidateId));
  const named = records.filter((r) => r.table === 'candidates' && !r.deleted && typeof r.data.firstName === 'string' && typeof r.data.lastName === 'string' && !r.data.erased && !r.data.mergedInto);
  const fullName = (r: WireRecord) => `${String(r.data.firstName)} ${String(r.data.lastName)}`;
  const found = named.find((r) => !busy.has(r.id) && named.filter((other) => fullName(other) === fullName(r)).length === 1);
  if (!found) throw new Error('no demo person to work on');
  return found;
}

describe('a positioning walked end to end', () => {
  it('goes from the file through candidate mode, the rating, an observation and the agreement to the synthesis', async () => {
    const person = await aPerson();
    const name = `${String(person.data.firstName)} ${String(person.data.lastName)}`;
    const file = new CandidateFilePage(page);
    const start = new PositioningStartPage(page);
    const mode = new CandidateModePage(page);
    const review = new PositioningReviewPage(page);
    const observations = new ObservationsSection(page);

    step('the adviser signs in and opens the person’s file');
    const shell = new AppShell(page);
    await new LoginPage(page).open(suite.server.url);
    await new LoginPage(page).logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced(120_000);
    await file.open(suite.server.url, person.id, name);

    step('an electrician pathway, for the UCs');
    await file.section('accompaniments').getByRole('button', { name: 'Ouvrir un accompagnement' }).click();
    await file.form('Nouvel accompagnement').getByLabel(/^Métier/).selectOption(METIER);
    await file.form('Nouvel accompagnement').getByRole('button', { name: 'Enregistrer' }).click();
    await file.form('Nouvel accompagnement').waitFor({ state: 'detached' });
    await review.sittings().getByText('Aucun positionnement pour le moment.').waitFor();

    step('start a positioning from the file: electrician, Arabic beside the French');
    await page.getByRole('link', { name: 'Commencer un positionnement' }).click();
    await page.getByRole('heading', { name: 'Nouveau positionnement', level: 1 }).waitFor();
    await start.choose({ metier: METIER, secondLanguage: 'Arabe' });
    await start.setPin(PIN);
    await expectAccessible('start a positioning');
    await shot('01-start');
    await start.handOver();

    step('candidate mode: the consent, in French and Arabic, with its clips');
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).count()).toBe(0);
    const consent = page.locator('.sitting-consent');
    expect(await consent.count()).toBeGreaterThanOrEqual(7);
    expect(await consent.locator('[lang="ar"][dir="rtl"]').count()).toBeGreaterThanOrEqual(7);
    expect(await consent.getByRole('button', { name: /^Écouter/ }).count()).toBeGreaterThanOrEqual(7);
    await expectAccessible('welcome and consent');
    expect(await smallTargets(page, 48), 'targets on the welcome screen').toEqual([]);
    await shot('02-consent');
    await mode.start();

    step('every question by tapping: one per screen, a pictogram, a speaker, big targets');
    const seen: string[] = [];
    let dontKnow = 0;
    while (!(await mode.isFinished())) {
      const question = await mode.questionText();
      expect(seen, 'a new question on each screen').not.toContain(question);
      seen.push(question);
      expect(await page.getByRole('heading', { level: 1 }).count(), question).toBe(1);
      expect(await page.locator('img.question__pictogram').count(), question).toBe(1);
      expect(await page.locator('.question').getByRole('button', { name: /^Écouter/ }).count(), question).toBeGreaterThanOrEqual(1);
      expect(await page.locator('.question [lang="ar"][dir="rtl"]').count(), question).toBeGreaterThanOrEqual(1);
      if (seen.length === 1) {
        await expectAccessible('first question');
        await shot('03-first-question');
      }
      expect(await smallTargets(page, 48), `targets on "${question}"`).toEqual([]);
      if (seen.length % 4 === 3) {
        await mode.tapDontKnow();
        dontKnow += 1;
      } else {
        await mode.tapAnswer(seen.length % 2);
      }
      if (seen.length === 1) await expectAccessible('first question answered');
      if (await page.locator('.stimulus').count()) await shot('04-practice-item');
      await mode.next();
      if (seen.length > 60) throw new Error('the sitting does not end');
    }
    expect(seen.length).toBeGreaterThanOrEqual(30);
    expect(dontKnow).toBeGreaterThanOrEqual(5);
    await expectAccessible('end screen');
    expect(await smallTargets(page, 48), 'targets on the end screen').toEqual([]);
    await shot('05-end');

    step('the adviser takes the tablet back with her code');
    await mode.openPinPad();
    await mode.typePin(PIN);
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();

    step('the review opens on the finished sitting: what the candidate said, the results, the adviser’s rating');
    await review.waitFor(name);
    await page.getByRole('region', { name: 'Résultats en français, en calcul et au numérique' }).waitFor();
    const rated = await review.rateAll(['Acquis', 'En partie', 'Pas encore'], { domain: 'Votre expérience du métier', text: INTERNAL_COMMENT });
    expect(rated).toBeGreaterThanOrEqual(6);
    await expectAccessible('review with the rating');
    await shot('06-review-rated');

    step('a practical observation of UC3, linked to the sitting');
    await file.open(suite.server.url, person.id, name);
    await observations.add({
      uc: 'UC3',
      task: 'Câbler un petit tableau de 4 circuits en atelier.',
      result: 'En partie atteint',
      criteria: [{ label: 'Vérifie l’absence de tension', result: 'Atteint' }],
      positioning: new RegExp(METIER_NAME.replace(/[()]/g, '\\$&')),
    });
    await expectAccessible('file with the observation');
    await shot('07-observation');

    step('the levels agreed together, the candidate’s words, the orientation');
    await review.openFromFile(name);
    // The observation stands beside every item of its UC.
    await review.agreement().getByRole('group', { name: 'Vous savez câbler un tableau électrique ? (UC3)', exact: true }).getByText(/^Observé en pratique \(UC3\)/).waitFor();
    await review.agree('Vous savez installer une prise ? (UC2)', 'Acquis');
    await review.agree('Vous savez lire un plan électrique ? (UC1)', 'À observer en pratique');
    await expectAccessible('agreement');
    await review.saveAgreement(WORDS, 'Suivre des modules');
    await shot('08-agreement');

    step('the synthesis: the candidate’s words, French and Arabic, no adviser-internal words');
    const sheet = await review.openSynthesis();
    await sheet.getByText(WORDS).waitFor();
    expect(await sheet.locator('[lang="ar"][dir="rtl"]').count()).toBeGreaterThan(5);
    // What the person can do, said as a statement in Arabic too: no question word "هل".
    const arabic = (await sheet.locator('[lang="ar"]').allTextContents()).join(' ');
    expect(arabic).toContain('يمكنك تركيب مقبس كهربائي.');
    expect(arabic).not.toMatch(/(^|\s)هل\s/);
    const text = (await sheet.textContent()) ?? '';
    expect(text).not.toContain(INTERNAL_COMMENT);
    const questionnaire = currentQuestionnaire();
    const adviserReasons = [...questionnaire.rules, ...(questionnaire.orientations ?? [])]
      .filter((rule) => rule.reason.fr !== rule.candidateReason?.fr)
      .map((rule) => rule.reason.fr);
    expect(adviserReasons.filter((reason) => text.includes(reason))).toEqual([]);
    await expectAccessible('synthesis');
    await shot('09-synthesis');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    writeFileSync(screenshotPath('positioning-walk-10-synthesis').replace(/\.png$/, '.pdf'), pdf);
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length, 'the synthesis prints on one A4 page').toBe(1);
    await shot('10-synthesis-print');
    await page.emulateMedia({ media: 'screen' });

    step('the file lists the positioning');
    await file.open(suite.server.url, person.id, name);
    const entry = review.sittings().getByRole('listitem').filter({ hasText: METIER_NAME });
    await entry.getByText(/^Terminé le /).waitFor();
    await entry.getByRole('link', { name: /^Synthèse/ }).waitFor();
    await shot('11-file');
  });
});
