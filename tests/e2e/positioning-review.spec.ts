// The adviser's review of a completed sitting, offline: from the candidate's file they rate the
// same items, compare with the candidate's view, decide the modules (each with its reason), see
// progress against an earlier sitting and print the candidate's one-page synthesis (print media,
// one A4 page, axe clean). Back online it syncs, and a second tablet sees the same decisions.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type WireRecord } from '../../src/domain/wire';
import { brusselsDate } from '../../src/domain/dates';
import { completedSitting, sittingAnswers } from '../../src/features/positioning-review/test-support';
import { SCREEN_PATHS } from '../../src/domain/screen-paths';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER, apiLogin, pushAsTablet, latestServerRecords } from './support/api';
import { untilServiceWorkerControls } from './support/offline';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { LoginPage } from './pages/login-page';
import { TABLET_OPTIONS, stepLogger } from './support/tablets';
import { openInApp } from './support/in-app';

const METIER = 'aide-menager';
const suite = useBrowserSuite();

const step = stepLogger();

async function serverRecords(token: string): Promise<Map<string, WireRecord>> {
  return new Map((await latestServerRecords(suite.server.url, token)).map((record) => [`${record.table}|${record.id}`, record]));
}

const days = (count: number) => brusselsDate(new Date(Date.now() + count * 86_400_000));

async function expectAccessible(page: Page, screen: string) {
  expect(await axeViolations(page), `axe violations on ${screen}`).toEqual([]);
}

describe('positioning review', () => {
  it('rates, compares, decides and prints the synthesis offline; it syncs to a second tablet', async () => {
    step('seed: a person with an earlier and a new completed sitting, a module session, a test date');
    const token = await apiLogin(suite.server.url);
    const all = [...(await serverRecords(token)).values()];
    const candidate = all.find(
      (record) => record.table === 'candidates' && !record.deleted && record.data.erased !== true && record.data.mergedInto === undefined && typeof record.data.firstName === 'string' && typeof record.data.lastName === 'string',
    );
    if (!candidate) throw new Error('no demo candidate');
    const name = `${String(candidate.data.firstName)} ${String(candidate.data.lastName)}`;
    const accompanimentId = randomUUID();
    const earlierId = randomUUID();
    const currentId = randomUUID();
    const sessionId = randomUUID();
    const link = { candidateId: candidate.id, accompanimentId };
    const earlier = completedSitting(sittingAnswers(METIER, { 'home-sweep': 'not-yet', 'home-mop': 'not-yet', 'home-windows': 'some' }), `${days(-120)}T09:00:00.000Z`, link, METIER);
    const current = completedSitting(sittingAnswers(METIER), `${days(-1)}T09:00:00.000Z`, link, METIER);
    await pushAsTablet(suite.server.url, token, [
      { table: 'accompaniments', id: accompanimentId, siteId: candidate.siteId, fields: { candidateId: candidate.id, metier: METIER, startDate: days(-150), status: 'open' } },
      { table: 'positionings', id: earlierId, siteId: candidate.siteId, fields: earlier },
      { table: 'positionings', id: currentId, siteId: candidate.siteId, fields: current },
      { table: 'moduleSessions', id: sessionId, siteId: candidate.siteId, fields: { module: 'soft-skills', date: days(10), startTime: '09:00', endTime: '12:00' } },
      { table: 'attendance', id: randomUUID(), siteId: candidate.siteId, fields: { sessionId, candidateId: candidate.id, status: 'inscrit' } },
      { table: 'validationSteps', id: randomUUID(), siteId: candidate.siteId, fields: { ...link, uc: 'UC1', testDate: days(40) } },
    ]);

    step('tablet A: login, first sync, then offline');
    const a = await suite.openTablet('tablet A');
    await new LoginPage(a.page).open(suite.server.url);
    await new LoginPage(a.page).logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await a.shell.waitForHome();
    await a.shell.waitForSynced(120_000);
    await untilServiceWorkerControls(a.page);
    await suite.server.stop();
    await a.context.setOffline(true);

    step('from the file’s timeline to the review');
    await openInApp(a.page, suite.server.url, SCREEN_PATHS.candidate(candidate.id));
    await a.page.getByRole('heading', { name, level: 1 }).waitFor({ timeout: 60_000 });
    const timeline = a.page.getByRole('region', { name: 'Historique' });
    await timeline.getByRole('link', { name: 'Évaluer, comparer et décider les modules' }).first().click();
    await a.page.getByRole('heading', { name: `Positionnement de ${name}`, level: 1 }).waitFor({ timeout: 60_000 });
    expect(new URL(a.page.url()).pathname).toBe(SCREEN_PATHS.positioning(currentId));

    await a.page.screenshot({ path: '/tmp/review-00-top.png', fullPage: false });
    step('rate');
    const rate = async (question: string, level: string) =>
      a.page.getByRole('form', { name: 'Votre évaluation' }).getByRole('group', { name: question, exact: true }).getByRole('radio', { name: level, exact: true }).check();
    await rate('Vous savez balayer le sol ?', 'Pas encore');
    await rate('Vous savez laver le sol ?', 'Acquis');
    await rate('Vous savez nettoyer une salle de bain ?', 'En partie');
    await rate('Vous savez nettoyer les vitres ?', 'Acquis');
    await rate('Vous savez laver et plier le linge ?', 'Non observé');
    await a.page.getByLabel('Commentaire sur « Votre expérience du métier »').fill('Travail soigné, mais balaie trop vite.');
    await expectAccessible(a.page, 'rating form');
    await a.page.screenshot({ path: '/tmp/review-01-rating.png', fullPage: false });
    await a.page.getByRole('button', { name: 'Enregistrer mon évaluation' }).click();
    await a.page.getByText(/Évaluation enregistrée sur la tablette/).waitFor();

    step('compare');
    const table = a.page.getByRole('table', { name: /Votre expérience du métier/ });
    await expect.poll(() => table.getByRole('row', { name: /balayer le sol/ }).textContent()).toContain('Conseiller moins positif (2 crans)');
    await a.page.getByRole('heading', { name: 'Comparaison candidat et conseiller' }).scrollIntoViewIfNeeded();
    await a.page.screenshot({ path: '/tmp/review-02-compare.png', fullPage: false });
    await expectAccessible(a.page, 'comparison');

    step('decide');
    const fle = a.page.getByRole('listitem').filter({ has: a.page.getByRole('heading', { name: 'FLE orienté métier', level: 3 }) });
    await fle.getByText('Pour mieux comprendre et parler le français au travail.').waitFor();
    await fle.getByRole('radio', { name: 'Remplacer par un autre module' }).check();
    await fle.getByLabel('Module choisi à la place').selectOption('numerique');
    await fle.getByLabel('Raison').fill('Comprend bien le français parlé ; le numérique l’aidera plus.');
    await fle.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await fle.getByText('Remplacé par : Compétences numériques de base').waitFor();
    const stress = a.page.getByRole('listitem').filter({ has: a.page.getByRole('heading', { name: 'Soft skills / gestion du stress', level: 3 }) });
    await stress.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await stress.getByText('Retenu', { exact: true }).waitFor();
    const add = a.page.getByRole('form', { name: 'Ajouter un module' });
    await add.getByLabel('Module à ajouter').selectOption('technique-renforcement');
    await add.getByLabel('Raison').fill('Préparer les gestes de l’épreuve.');
    await add.getByRole('button', { name: 'Ajouter ce module' }).click();
    await a.page.getByRole('heading', { name: 'Compétences techniques : renforcement', level: 3 }).waitFor();
    await a.page.getByRole('heading', { name: 'Modules recommandés et décisions' }).scrollIntoViewIfNeeded();
    await a.page.screenshot({ path: '/tmp/review-03-decisions.png', fullPage: false });
    await expectAccessible(a.page, 'decisions');

    step('progress');
    const progress = a.page.getByRole('table', { name: /Score du candidat par domaine/ });
    expect(await progress.getByRole('columnheader').count()).toBe(3);
    await progress.scrollIntoViewIfNeeded();
    await a.page.screenshot({ path: '/tmp/review-04-progress.png', fullPage: false });
    await a.page.screenshot({ path: screenshotPath('positioning-review-01-page'), fullPage: true });

    step('synthesis, on screen and as printed');
    await a.page.getByRole('link', { name: 'Synthèse pour le candidat' }).click();
    await a.page.getByRole('heading', { name: 'Votre positionnement', level: 1 }).waitFor({ timeout: 60_000 });
    const sheet = a.page.locator('article.synthesis');
    expect(await sheet.getAttribute('lang')).toBe('fr');
    await sheet.getByText('Être calme et gérer le stress').first().waitFor();
    expect(await sheet.textContent()).toContain("l'épreuve.");
    await expectAccessible(a.page, 'synthesis');
    await a.page.screenshot({ path: '/tmp/review-05-synthesis-screen.png', fullPage: true });

    await a.page.emulateMedia({ media: 'print' });
    // A4 is 210 × 297 mm; less the 12 mm page margins, 186 × 273 mm: 703 × 1032 px at 96 dpi.
    await a.page.setViewportSize({ width: 703, height: 1032 });
    expect(await a.page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false);
    expect(await a.page.getByRole('navigation', { name: 'Navigation principale' }).isVisible()).toBe(false);
    await a.page.screenshot({ path: '/tmp/review-06-synthesis-print.png', fullPage: true });
    await a.page.screenshot({ path: screenshotPath('positioning-review-02-synthesis-print'), fullPage: true });
    const printedHeight = await a.page.evaluate(() => document.documentElement.scrollHeight);
    expect(printedHeight).toBeLessThanOrEqual(1032);
    await expectAccessible(a.page, 'synthesis (print)');
    const pdf = await a.page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync('/tmp/review-synthesis.pdf', pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    await a.page.emulateMedia({ media: 'screen' });
    await a.page.setViewportSize(TABLET_OPTIONS.viewport);

    step('back online: sync');
    await suite.server.start();
    await a.context.setOffline(false);
    await a.shell.syncAndWait();
    await expect
      .poll(async () => (await serverRecords(token)).get(`positionings|${currentId}`)?.data.moduleDecisions, { timeout: 30_000 })
      .toMatchObject([
        { module: 'fle', choice: 'replaced', replacement: 'numerique' },
        { module: 'soft-skills', choice: 'accepted' },
        { module: 'technique-renforcement', choice: 'added' },
      ]);
    expect((await serverRecords(token)).get(`positionings|${currentId}`)?.data.adviserRatings).toMatchObject({
      items: { 'home-sweep': 'not-yet', 'home-laundry': 'not-observed' },
      comments: { 'experience-metier': 'Travail soigné, mais balaie trop vite.' },
    });

    step('tablet B sees the same review');
    const b = await suite.openTablet('tablet B');
    await new LoginPage(b.page).open(suite.server.url);
    await new LoginPage(b.page).logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await b.shell.waitForHome();
    await b.shell.waitForSynced(120_000);
    await openInApp(b.page, suite.server.url, SCREEN_PATHS.positioning(currentId));
    await b.page.getByRole('heading', { name: `Positionnement de ${name}`, level: 1 }).waitFor({ timeout: 60_000 });
    await b.page.getByText('Remplacé par : Compétences numériques de base').waitFor();
    // Rated already: the form is folded under its summary, the comparison first.
    await b.page.getByText(/^Votre évaluation \(enregistrée le/).click();
    await b.page.screenshot({ path: '/tmp/review-07-second-tablet.png', fullPage: false });
    expect(await b.page.getByRole('form', { name: 'Votre évaluation' }).getByRole('group', { name: 'Vous savez balayer le sol ?', exact: true }).getByRole('radio', { name: 'Pas encore' }).isChecked()).toBe(true);
    await suite.closeTablets();
  });
});
