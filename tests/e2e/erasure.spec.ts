// Right to erasure from the screen: a coordinator anonymises a person of ml-schaerbeek on their
// tablet; an adviser of the same site, whose tablet holds that person, syncs and no longer has
// the name: searching for it finds nothing, the file shows "Personne anonymisée".
import { describe, expect, it } from 'vitest';
import { type WireRecord } from '../../src/domain/wire';
import { SCREEN_PATHS } from '../../src/domain/screen-paths';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER, apiLogin, latestServerRecords } from './support/api';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { CandidateListPage } from './pages/candidate-list-page';
import { ErasureDialog } from './pages/erasure-dialog';
import { stepLogger } from './support/tablets';
import { openInApp } from './support/in-app';

const DEMO_COORDINATOR = { email: 'coordination@demo.vdc.brussels', password: DEMO_ADVISER.password };
const SITE = 'ml-schaerbeek';

const suite = useBrowserSuite();

const step = stepLogger();

async function serverCandidates(token: string): Promise<Map<string, WireRecord>> {
  const latest = await latestServerRecords(suite.server.url, token);
  return new Map(latest.filter((record) => record.table === 'candidates').map((record) => [record.id, record]));
}

const fullName = (record: WireRecord) => `${String(record.data.firstName)} ${String(record.data.lastName)}`;

describe('erasure of a person', () => {
  it('is done by a coordinator on screen and reaches the adviser’s tablet', async () => {
    const token = await apiLogin(suite.server.url);
    const candidates = [...(await serverCandidates(token)).values()].filter(
      (record) => !record.deleted && record.data.erased !== true && record.data.mergedInto === undefined,
    );
    const named = candidates.filter((record) => typeof record.data.firstName === 'string' && typeof record.data.lastName === 'string');
    // A person of the shared site whose full name is unique on the adviser's tablet.
    const person = named.find(
      (record) => record.siteId === SITE && named.filter((other) => fullName(other) === fullName(record)).length === 1,
    );
    if (!person) throw new Error(`no candidate of ${SITE} with a unique name in the demo data`);
    const name = fullName(person);

    step('the adviser’s tablet holds the person');
    const adviser = await suite.openTablet('adviser');
    await suite.logIn(adviser, DEMO_ADVISER);
    const adviserList = new CandidateListPage(adviser.page);
    await adviserList.open(suite.server.url);
    await adviserList.search(name);
    await adviserList.row(name).first().waitFor({ timeout: 30_000 });

    step('the coordinator opens the person: advisers never see the button, coordinators do');
    const coordinator = await suite.openTablet('coordinator');
    await suite.logIn(coordinator, DEMO_COORDINATOR);
    await openInApp(coordinator.page, suite.server.url, SCREEN_PATHS.editCandidate(person.id));
    await coordinator.page.getByRole('heading', { name: 'Modifier le candidat', level: 1 }).waitFor({ timeout: 60_000 });
    const erasure = new ErasureDialog(coordinator.page);
    await erasure.open();
    const dialogText = (await erasure.dialog().textContent()) ?? '';
    expect(dialogText).toContain(name);
    expect(dialogText).toContain("l'année de naissance");
    expect(dialogText).toContain('les notes');
    expect(await axeViolations(coordinator.page), 'axe violations on the erasure dialog').toEqual([]);
    await coordinator.page.screenshot({ path: screenshotPath('e2e-erasure-01-dialog'), fullPage: false });

    step('the coordinator anonymises the person');
    await erasure.confirm();
    await coordinator.page.getByRole('heading', { name: 'Personne anonymisée', level: 1 }).waitFor({ timeout: 60_000 });
    expect(await coordinator.page.getByText(name).count()).toBe(0);
    await coordinator.page.screenshot({ path: screenshotPath('e2e-erasure-02-anonymised'), fullPage: false });
    const onServer = (await serverCandidates(token)).get(person.id);
    expect(onServer?.data.erased).toBe(true);
    expect(onServer?.data.firstName).toBeUndefined();

    step('the adviser’s tablet syncs and no longer has the name');
    await adviser.shell.syncAndWait();
    await adviserList.open(suite.server.url);
    await adviserList.search(name);
    await adviser.page.getByText('Aucun candidat ne correspond à la recherche.').waitFor({ timeout: 30_000 });
    expect(await adviserList.row(name).count()).toBe(0);
    await adviserList.search('');
    const row = adviser.page.locator(`a[href="${SCREEN_PATHS.candidate(person.id)}"]`);
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain('Personne anonymisée');
    await row.click();
    await adviser.page.getByRole('heading', { name: 'Personne anonymisée', level: 1 }).waitFor({ timeout: 30_000 });
    expect(await adviser.page.getByRole('button', { name: "Anonymiser la personne (droit à l'effacement)" }).count()).toBe(0);
    await adviser.page.screenshot({ path: screenshotPath('e2e-erasure-03-adviser'), fullPage: false });
  });
});
