// A lost tablet: the adviser's tablet holds her data; her coordinator opens "Comptes", sees the
// tablet with its last contact and revokes it; at its next sync the tablet deletes her database and
// comes back to the login screen; the audit log says who revoked it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER } from './support/api';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';

const DEMO_COORDINATOR = { email: 'coordination@demo.vdc.brussels', password: DEMO_ADVISER.password };
// The coordinator of ML Schaerbeek manages this adviser (all her sites are theirs), not DEMO_ADVISER
// (she also works at the CPAS, another organisation).
const SCHAERBEEK_ADVISER = { email: 'conseiller.schaerbeek@demo.vdc.brussels', password: DEMO_ADVISER.password };

const suite = useBrowserSuite();

async function signedInTablet(credentials: { email: string; password: string }): Promise<Page> {
  const tablet = await suite.openTablet(credentials.email);
  await suite.logIn(tablet, credentials);
  return tablet.page;
}

const userDatabases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name ?? '').filter((name) => name.startsWith('vdc-user-')));

describe('accounts and devices', () => {
  it('a coordinator revokes a lost tablet, which wipes the adviser’s data at its next sync', async () => {
    const tablet = await signedInTablet(SCHAERBEEK_ADVISER);
    expect(await userDatabases(tablet)).toHaveLength(1);

    const coordinator = await signedInTablet(DEMO_COORDINATOR);
    await coordinator.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Comptes' }).click();
    await coordinator.getByRole('heading', { name: 'Comptes', level: 1 }).waitFor();
    // An adviser who also works at another organisation's site is shown, not managed, with the reason.
    await coordinator.getByText('Amélie Dewinter travaille aussi sur des sites que vous ne coordonnez pas : seul un·e administrateur·rice gère ce compte.').waitFor();
    expect(await coordinator.getByRole('button', { name: 'Gérer le compte de Amélie Dewinter' }).count()).toBe(0);
    // Her CPAS site is not on the coordinator's tablet: named all the same, never a raw id.
    await coordinator.getByRole('row', { name: /Amélie Dewinter/ }).getByText(/CPAS/).waitFor();
    // At the tablet's 1180 px the "Gérer" column is in view, not clipped behind a sideways scroll.
    const scroll = coordinator.getByRole('region', { name: /comptes/ });
    expect(await scroll.evaluate((box) => box.scrollWidth - box.clientWidth), 'accounts table overflow (px)').toBeLessThanOrEqual(0);
    await coordinator.getByRole('button', { name: 'Gérer le compte de Thomas Peeters' }).click();
    const devices = coordinator.getByRole('table', { name: 'Tablettes utilisées par Thomas Peeters' });
    await devices.waitFor();
    expect(await devices.getByRole('row').count()).toBe(2); // header + his one tablet
    expect(await axeViolations(coordinator), 'axe violations on the accounts page').toEqual([]);
    await coordinator.screenshot({ path: screenshotPath('e2e-accounts-01-devices'), fullPage: true });

    await devices.getByRole('button', { name: 'Révoquer' }).click();
    const dialog = coordinator.getByRole('alertdialog', { name: 'Révoquer cette tablette ?' });
    await dialog.getByRole('button', { name: 'Révoquer' }).click();
    await devices.getByText(/Révoquée le/).waitFor();

    await new AppShell(tablet).syncNow();
    await tablet.getByRole('heading', { name: 'Connexion' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => userDatabases(tablet), { timeout: 30_000 }).toEqual([]);
    // Not a bare login: the screen says what happened (issue 25).
    await tablet.getByText(/^Cette tablette a été retirée de votre compte par un coordinateur ou un administrateur/).waitFor();
    await tablet.screenshot({ path: screenshotPath('e2e-accounts-03-revoked-login'), fullPage: true });

    await coordinator.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Journal' }).click();
    await coordinator.getByRole('rowheader', { name: 'Tablette révoquée' }).waitFor();
    expect(await axeViolations(coordinator), 'axe violations on the audit log').toEqual([]);
    await coordinator.screenshot({ path: screenshotPath('e2e-accounts-02-audit'), fullPage: true });

    // The adviser logs in again on the wiped tablet: a new device, her data pulled afresh.
    const login = new LoginPage(tablet);
    await login.logIn(SCHAERBEEK_ADVISER.email, SCHAERBEEK_ADVISER.password);
    await new AppShell(tablet).waitForHome();
    expect(await userDatabases(tablet)).toHaveLength(1);
  });

  it('an administrator creates and renames an organisation on the accounts screen', async () => {
    const admin = await signedInTablet({ email: 'admin@demo.vdc.brussels', password: DEMO_ADVISER.password });
    await admin.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Comptes' }).click();
    const organisations = admin.getByRole('region', { name: /organisations/ });
    await organisations.waitFor();
    await admin.getByRole('button', { name: 'Nouvelle organisation' }).click();
    await admin.getByLabel(/^Nom de l’organisation/).fill('OISP de Forest');
    expect(await admin.getByLabel(/^Référence/).inputValue()).toBe('oisp-de-forest');
    await admin.getByRole('button', { name: 'Créer l’organisation' }).click();
    await admin.getByText('Organisation « OISP de Forest » créée.').waitFor();
    await organisations.getByRole('rowheader', { name: 'OISP de Forest' }).waitFor();
    await organisations.getByRole('button', { name: 'Renommer OISP de Forest' }).click();
    await organisations.getByLabel(/^Nouveau nom/).fill('OISP de Forest-Saint-Gilles');
    await organisations.getByRole('button', { name: 'Enregistrer le nom' }).click();
    await organisations.getByRole('rowheader', { name: 'OISP de Forest-Saint-Gilles' }).waitFor();
    expect(await axeViolations(admin), 'axe violations on the organisations').toEqual([]);
    await admin.getByRole('heading', { name: 'Organisations', level: 2 }).scrollIntoViewIfNeeded();
    await admin.screenshot({ path: screenshotPath('e2e-accounts-04-organisations'), fullPage: true });
  });
});
