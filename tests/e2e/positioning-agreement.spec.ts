// After a sitting in Arabic: the adviser reads what the candidate told and the practice results,
// rates, compares, agrees the levels with the candidate (a task to observe in practice), keeps
// their words and the orientation; the recommendations follow the agreed levels; the synthesis is
// printed on one A4 page in French and Arabic side by side. Axe-clean at each step.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { API_PATHS, pullResponseSchema } from '../../src/domain/wire';
import { brusselsDate } from '../../src/domain/dates';
import { initialAnswers } from '../../src/features/positioning/sitting';
import { completedSitting, sittingAnswers } from '../../src/features/positioning-review/test-support';
import { SCREEN_PATHS } from '../../src/domain/screen-paths';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER, apiLogin, pushAsTablet } from './support/api';
import { useBrowserSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';
import { stepLogger } from './support/tablets';
import { openInApp } from './support/in-app';

const METIER = 'aide-menager';
const suite = useBrowserSuite();

const step = stepLogger();
const days = (count: number) => brusselsDate(new Date(Date.now() + count * 86_400_000));

async function expectAccessible(page: Page, screen: string) {
  expect(await axeViolations(page), `axe violations on ${screen}`).toEqual([]);
}

async function aCandidate(token: string) {
  const response = await fetch(`${suite.server.url}${API_PATHS.pull}?cursor=0&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
  const page = pullResponseSchema.parse(await response.json());
  const found = page.changes.find((record) => record.table === 'candidates' && !record.deleted && record.data.erased !== true && record.data.mergedInto === undefined && typeof record.data.firstName === 'string');
  if (!found) throw new Error('no demo candidate');
  return found;
}

async function printsOnOnePage(page: Page, file: string) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  writeFileSync(file, pdf);
  await page.emulateMedia({ media: 'screen' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('positioning agreement', () => {
  it('compares, agrees the levels with the candidate, and prints the synthesis in French and Arabic on one page', async () => {
    step('seed: a sitting in Arabic, finished');
    const token = await apiLogin(suite.server.url);
    const candidate = await aCandidate(token);
    const positioningId = randomUUID();
    const sitting = completedSitting(sittingAnswers(METIER), `${days(-1)}T09:00:00.000Z`, { candidateId: candidate.id, accompanimentId: null }, METIER);
    sitting.answers = { ...sitting.answers, ...initialAnswers({ metier: METIER, secondLanguage: 'ar' }) };
    await pushAsTablet(suite.server.url, token, [{ table: 'positionings', id: positioningId, siteId: candidate.siteId, fields: sitting }]);

    const { context, page } = await suite.openTablet();
    const shell = new AppShell(page);
    await new LoginPage(page).open(suite.server.url);
    await new LoginPage(page).logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced(120_000);

    step('the file lists the sitting');
    await openInApp(page, suite.server.url, SCREEN_PATHS.candidate(candidate.id));
    const sittings = page.getByRole('region', { name: 'Positionnements' });
    await sittings.getByRole('link', { name: /Voir et décider/ }).first().click();
    await page.getByRole('region', { name: 'Ce que le candidat a dit' }).waitFor({ timeout: 60_000 });

    step('what the candidate told, the results, the comparison');
    const results = page.getByRole('region', { name: 'Résultats en français, en calcul et au numérique' });
    expect(await results.getByRole('row', { name: /On vous rend combien/ }).textContent()).toContain('✓ Juste');
    const rating = page.getByRole('form', { name: 'Votre évaluation' });
    await rating.getByRole('group', { name: 'Vous savez balayer le sol ?', exact: true }).getByRole('radio', { name: 'Pas encore', exact: true }).check();
    await rating.getByRole('button', { name: 'Enregistrer mon évaluation' }).click();
    await page.getByText(/Évaluation enregistrée sur la tablette/).waitFor();
    await expectAccessible(page, 'comparison');

    step('agree the levels, the words, the orientation');
    const agreement = page.getByRole('region', { name: 'Niveaux convenus ensemble' });
    for (const question of ['Vous savez balayer le sol ?', 'Vous savez laver le sol ?', 'Vous savez nettoyer les vitres ?']) {
      await agreement.getByRole('group', { name: question, exact: true }).getByRole('radio', { name: 'Pas encore', exact: true }).check();
    }
    await agreement.getByRole('group', { name: 'Vous savez laver et plier le linge ?', exact: true }).getByRole('radio', { name: 'À observer en pratique' }).check();
    await agreement.getByLabel('Les mots du candidat sur ce résultat').fill('Je connais le ménage, pas encore les produits.');
    await agreement.getByRole('radio', { name: 'Suivre des modules' }).check();
    await expectAccessible(page, 'agreement');
    await agreement.getByRole('button', { name: "Enregistrer l'accord" }).click();
    await agreement.getByText(/Accord enregistré sur la tablette/).waitFor();
    await page.getByRole('heading', { name: 'Compétences techniques : remise à niveau', level: 3 }).waitFor();
    await page.screenshot({ path: '/tmp/agreement-01-review.png', fullPage: true });

    step('the synthesis in French and Arabic, one A4 page');
    await page.getByRole('link', { name: 'Synthèse pour le candidat' }).click();
    const sheet = page.locator('article.synthesis');
    await sheet.getByText('تحديد مستواك').waitFor({ timeout: 60_000 });
    expect(await sheet.locator('[lang="ar"][dir="rtl"]').count()).toBeGreaterThan(5);
    expect(await sheet.textContent()).toContain('Je connais le ménage, pas encore les produits.');
    expect(await sheet.textContent()).toContain('Apprendre les gestes du métier');
    expect(await sheet.textContent()).toContain('تعلّم حركات المهنة');
    await expectAccessible(page, 'synthesis');
    expect(await printsOnOnePage(page, '/tmp/agreement-synthesis.pdf')).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: '/tmp/agreement-02-synthesis-print.png', fullPage: true });
    await expectAccessible(page, 'synthesis (print)');
    await context.close();
  });
});
