// The adviser interface in Dutch and English: chosen on the login screen, kept after login and
// reload, every main screen without an axe violation and without French words left in its frame.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREEN_PATHS } from '../../src/domain/screen-paths';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER } from './support/api';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();
let page: Page;

/** French words of the shell that must not show once another language is chosen. */
const FRENCH_SHELL = ['Accueil', 'Candidats', 'Nouveau candidat', 'Se déconnecter', 'Synchroniser'];

const LANGUAGES = {
  nl: { label: 'Taal', title: 'Aanmelden', email: 'E-mailadres', password: 'Wachtwoord', nav: 'Hoofdnavigatie', links: ['Kandidaten', 'Te controleren'] },
  en: { label: 'Language', title: 'Log in', email: 'Email address', password: 'Password', nav: 'Main navigation', links: ['Candidates', 'To check'] },
} as const;

beforeAll(async () => {
  ({ page } = await suite.openTablet());
});

describe('the interface in Dutch and English', () => {
  it('changes every visible text of the login screen, the shell and the main screens', async () => {
    await page.goto(`${suite.server.url}${SCREEN_PATHS.login}`);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await page.getByLabel('Langue').selectOption('nl');
    const nl = LANGUAGES.nl;
    await page.getByRole('heading', { name: nl.title, level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await axeViolations(page), 'axe on the Dutch login').toEqual([]);

    await page.getByLabel(nl.email).fill(DEMO_ADVISER.email);
    await page.getByLabel(nl.password).fill(DEMO_ADVISER.password);
    await page.getByRole('button', { name: nl.title }).click();
    const nav = page.getByRole('navigation', { name: nl.nav });
    await nav.waitFor({ timeout: 60_000 });

    for (const language of ['nl', 'en'] as const) {
      const words = LANGUAGES[language];
      if (language === 'en') await page.getByLabel(LANGUAGES.nl.label).selectOption('en');
      const navigation = page.getByRole('navigation', { name: words.nav });
      await navigation.waitFor();
      for (const link of words.links) {
        await navigation.getByRole('link', { name: link, exact: true }).click();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(await axeViolations(page), `axe on ${link} (${language})`).toEqual([]);
        const frame = (await page.locator('.shell__header, .shell__nav').allInnerTexts()).join('\n');
        for (const french of FRENCH_SHELL) expect(frame, `${french} left on ${link} (${language})`).not.toMatch(new RegExp(`(^|\\s)${french}(\\s|$)`, 'm'));
      }
      await page.screenshot({ path: screenshotPath(`e2e-languages-${language}`), fullPage: false });
    }

    // Remembered on this tablet: after a reload the login screen is in English (a reload drops the
    // data key, so the password again), and so are the adviser's screens.
    const en = LANGUAGES.en;
    await page.reload();
    await page.getByRole('heading', { name: en.title, level: 1 }).waitFor({ timeout: 60_000 });
    await page.getByLabel(en.email).fill(DEMO_ADVISER.email);
    await page.getByLabel(en.password).fill(DEMO_ADVISER.password);
    await page.getByRole('button', { name: en.title }).click();
    await page.getByRole('navigation', { name: en.nav }).waitFor({ timeout: 60_000 });
  });
});
