// Names and people on a real tablet (issue 25): a name in Arabic script is found by search, in
// Arabic and by a Latin spelling, and the intake warns when its Latin spelling is typed; two people
// of the same name are told apart when enrolling; a likely duplicate that arrives by sync stays on
// "À vérifier", and in the header's count, after a reload.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SCREEN_PATHS } from '../../src/domain/screen-paths';
import { DEMO_ADVISER, apiLogin, pushAsTablet } from './support/api';
import { openInApp } from './support/in-app';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { stepLogger } from './support/tablets';
import { CandidateFormPage } from './pages/candidate-form-page';
import { CandidateListPage } from './pages/candidate-list-page';
import { LoginPage, signInAgain } from './pages/login-page';

const suite = useBrowserSuite();
const step = stepLogger('people');

const PAIR = 'Paire de dossiers semblables';

describe('names and people', () => {
  it('finds Arabic-script names, tells homonyms apart, and keeps duplicates from sync after a reload', async () => {
    const token = await apiLogin(suite.server.url);
    const sessionId = randomUUID();
    await pushAsTablet(suite.server.url, token, [
      { table: 'candidates', id: randomUUID(), siteId: 'ml-schaerbeek', fields: { firstName: 'محمد', lastName: 'العلوي', birthDate: '1990-03-04' } },
      { table: 'candidates', id: randomUUID(), siteId: 'ml-schaerbeek', fields: { firstName: 'Yasmina', lastName: 'Haddad', birthDate: '1988-02-01', communeCode: 'schaerbeek' } },
      { table: 'candidates', id: randomUUID(), siteId: 'cpas-schaerbeek', fields: { firstName: 'Yasmina', lastName: 'Haddad', birthDate: '1996', communeCode: 'anderlecht' } },
      { table: 'moduleSessions', id: sessionId, siteId: 'ml-schaerbeek', fields: { module: 'fle', date: '2099-01-05', startTime: '09:00', endTime: '12:00' } },
    ]);

    const tablet = await suite.openTablet('adviser');
    const { page, shell } = tablet;
    const login = new LoginPage(page);
    await login.open(suite.server.url);
    await login.logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced(120_000);

    step('search in Arabic script, and by a Latin spelling');
    const list = new CandidateListPage(page);
    await list.open(suite.server.url);
    await list.search('محمد');
    await list.row('محمد').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: screenshotPath('e2e-people-01-arabic-search') });
    await list.search('Mohamed Alaoui');
    await list.row('محمد').first().waitFor({ timeout: 30_000 });

    step('the intake warns when the Latin spelling of the Arabic-script file is typed');
    await shell.goToNewCandidate();
    const form = new CandidateFormPage(page);
    await form.fillIdentity({ firstName: 'Mohammed', lastName: 'El Alaoui', birthDate: '1990-03-04' });
    const warning = form.duplicateWarning();
    await warning.getByText('محمد العلوي').waitFor({ timeout: 30_000 });
    await warning.getByText('Très probable : même nom écrit dans une autre écriture, même date de naissance').waitFor();
    await page.screenshot({ path: screenshotPath('e2e-people-02-arabic-duplicate') });

    step('enrolling: the two Yasmina Haddad are told apart');
    await openInApp(page, suite.server.url, SCREEN_PATHS.session(sessionId));
    await page.getByLabel('Inscrire une personne : chercher par nom').fill('haddad');
    const first = page.getByRole('button', { name: 'Inscrire Yasmina Haddad (naissance 1988 · Schaerbeek · Mission Locale de Schaerbeek)' });
    const second = page.getByRole('button', { name: /^Inscrire Yasmina Haddad \(naissance 1996 · Anderlecht · CPAS de Schaerbeek/ });
    await first.waitFor({ timeout: 30_000 });
    await second.waitFor();
    await page.screenshot({ path: screenshotPath('e2e-people-03-homonym-picker') });

    step('a likely duplicate arrives by sync and is listed on "À vérifier"');
    await openInApp(page, suite.server.url, SCREEN_PATHS.attention);
    const scanAll = page.getByRole('button', { name: 'Chercher les doublons dans tous les dossiers' });
    await expect.poll(() => scanAll.isEnabled(), { timeout: 60_000 }).toBe(true);
    await pushAsTablet(suite.server.url, token, [
      { table: 'candidates', id: randomUUID(), siteId: 'ml-schaerbeek', fields: { firstName: 'Mohamed', lastName: 'Alaoui', birthDate: '1990-03-04' } },
    ]);
    await shell.syncAndWait();
    await page.getByRole('listitem', { name: PAIR }).waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: '1 à vérifier' }).waitFor();

    step('after a reload, the pair is still counted and listed');
    await page.reload();
    await signInAgain(page);
    await page.getByRole('link', { name: '1 à vérifier' }).waitFor({ timeout: 60_000 });
    await openInApp(page, suite.server.url, SCREEN_PATHS.attention);
    const pair = page.getByRole('listitem', { name: PAIR });
    await pair.waitFor({ timeout: 60_000 });
    expect(await pair.textContent()).toContain('محمد العلوي');
    expect(await pair.textContent()).toContain('Mohamed Alaoui');
    await page.screenshot({ path: screenshotPath('e2e-people-04-kept-duplicate'), fullPage: true });
  });
});
