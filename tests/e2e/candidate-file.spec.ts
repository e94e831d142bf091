// The candidate file, offline: an adviser opens a demo person's file with no network and no
// server, logs a SPOC action, opens then closes an accompaniment, adds a follow-up note, reloads and
// finds everything there, then syncs and the server has it all.
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { brusselsDate } from '../../src/domain/dates';
import { type WireRecord } from '../../src/domain/wire';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER, apiLogin, pushAsTablet, latestServerRecords } from './support/api';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { CandidateFilePage } from './pages/candidate-file-page';
import { CandidateListPage } from './pages/candidate-list-page';
import { LoginPage, signInAgain } from './pages/login-page';
import { untilServiceWorkerControls } from './support/offline';
import { stepLogger } from './support/tablets';

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context, page } = await suite.openTablet());
});

const step = stepLogger();

/** Every live record the adviser's account can pull, by table. */
async function serverRecords(token: string): Promise<Map<string, WireRecord[]>> {
  const byTable = new Map<string, WireRecord[]>();
  for (const record of await latestServerRecords(suite.server.url, token)) {
    if (record.deleted) continue;
    byTable.set(record.table, [...(byTable.get(record.table) ?? []), record]);
  }
  return byTable;
}

/**
 * Where each text piece starts on screen, from the left: the first character of each piece's first
 * occurrence in the element's text after the previous piece's start (the pieces are given in the
 * order they are written; a piece such as "1 —" may also occur earlier, e.g. at the end of a random
 * stamp), measured with a Range (visual order, not the DOM's).
 */
async function leftEdges(element: Locator, pieces: readonly string[]): Promise<number[]> {
  return element.evaluate((root, wanted) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const all = nodes.map((node) => node.data).join('');
    let from = 0;
    return wanted.map((piece) => {
      let at = all.indexOf(piece, from);
      from = at + 1;
      if (at < 0) throw new Error(`"${piece}" is not in "${all}"`);
      const node = nodes.find((candidate) => (at < candidate.data.length ? true : ((at -= candidate.data.length), false)));
      const range = document.createRange();
      range.setStart(node!, at);
      range.setEnd(node!, at + 1);
      return range.getBoundingClientRect().left;
    });
  }, pieces);
}

/** The pieces start left to right on screen, in the order they are written. */
async function expectLeftToRight(element: Locator, pieces: readonly string[]) {
  const edges = await leftEdges(element, pieces);
  const inOrder = edges.every((edge, index) => index === 0 || edge > edges[index - 1]!);
  expect(inOrder, `left edges of ${JSON.stringify(pieces)}: ${edges.map(Math.round).join(', ')}`).toBe(true);
}

describe('the candidate file', () => {
  it('records a SPOC action, an accompaniment opened then closed and a note offline, keeps them across a reload, and syncs them', async () => {
    const shell = new AppShell(page);
    const file = new CandidateFilePage(page);
    const stamp = Date.now().toString(36);
    const place = `Bibliothèque ${stamp}`;
    const noteText = `Cherche une crèche ${stamp}`;

    step('online login, first sync');
    await new LoginPage(page).open(suite.server.url);
    await new LoginPage(page).logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced();
    await untilServiceWorkerControls(page);

    step('a demo person of the adviser’s sites, with no open coiffeur accompaniment');
    const token = await apiLogin(suite.server.url);
    const before = await serverRecords(token);
    const named = (before.get('candidates') ?? []).filter(
      (record) => typeof record.data.firstName === 'string' && typeof record.data.lastName === 'string' && !record.data.erased && !record.data.mergedInto,
    );
    const fullName = (record: WireRecord) => `${String(record.data.firstName)} ${String(record.data.lastName)}`;
    const busy = new Set(
      (before.get('accompaniments') ?? []).filter((record) => record.data.metier === 'coiffeur' && record.data.status === 'open').map((record) => record.data.candidateId),
    );
    const person = named.find((record) => !busy.has(record.id) && named.filter((other) => fullName(other) === fullName(record)).length === 1);
    expect(person, 'a demo person to work on').toBeDefined();
    const name = fullName(person!);

    step('server stopped, browser offline; open the file');
    await suite.server.stop();
    await context.setOffline(true);
    await file.open(suite.server.url, person!.id, name);
    expect(await axeViolations(page), 'axe violations on the candidate file').toEqual([]);

    step('log a SPOC action');
    await file.section('spoc').getByRole('button', { name: 'Ajouter une action SPOC' }).click();
    const spocForm = file.form('Nouvelle action SPOC');
    await spocForm.getByLabel('Lieu de la rencontre').fill(place);
    // Coiffeur is not among the adviser's site's métiers: found in the catalogue, then ticked.
    await spocForm.getByLabel('Chercher un autre métier du catalogue').fill('Coiff');
    await spocForm.getByRole('button', { name: 'Ajouter Coiffeur(euse)', exact: true }).click();
    await spocForm.getByRole('checkbox', { name: 'Coiffeur(euse)', exact: true }).check();
    await spocForm.getByLabel('Suite donnée').selectOption('accompagnement');
    expect(await axeViolations(page), 'axe violations on the SPOC action form').toEqual([]);
    await spocForm.getByRole('button', { name: 'Enregistrer' }).click();
    await file.section('spoc').getByText(`Lieu : ${place}`).waitFor();

    step('open an accompaniment, then close it');
    await file.section('accompaniments').getByRole('button', { name: 'Ouvrir un accompagnement' }).click();
    const accForm = file.form('Nouvel accompagnement');
    await accForm.getByLabel(/^Métier/).selectOption('coiffeur');
    await accForm.getByRole('button', { name: 'Enregistrer' }).click();
    await file.section('accompaniments').getByRole('button', { name: "Clôturer l'accompagnement Coiffeur(euse)" }).first().click();
    const closeForm = file.form("Clôturer l'accompagnement : Coiffeur(euse)");
    await closeForm.getByLabel(/^Raison de la fin/).selectOption('emploi');
    expect(await axeViolations(page), 'axe violations on the closing form').toEqual([]);
    await closeForm.getByRole('button', { name: 'Clôturer' }).click();
    await file.section('accompaniments').getByText('Raison : A trouvé un emploi').first().waitFor();

    step('add a follow-up note');
    await file.section('notes').getByRole('button', { name: 'Ajouter une note' }).click();
    await file.form('Nouvelle note de suivi').getByLabel(/^Note/).fill(noteText);
    await file.form('Nouvelle note de suivi').getByRole('button', { name: 'Enregistrer' }).click();
    await file.section('notes').getByRole('listitem').filter({ hasText: noteText }).waitFor();
    await file.form('Nouvelle note de suivi').waitFor({ state: 'detached' });
    expect(await axeViolations(page), 'axe violations on the file with its entries').toEqual([]);
    await page.screenshot({ path: screenshotPath('e2e-candidate-file-01-offline'), fullPage: true });

    step('offline reload: the password again (offline), then everything there, in the timeline too');
    await page.reload();
    await signInAgain(page);
    await file.open(suite.server.url, person!.id, name);
    const timeline = file.section('timeline');
    await timeline.getByText(`Lieu : ${place}`).waitFor();
    await timeline.getByText("Fin de l'accompagnement : Coiffeur(euse)").first().waitFor();
    await timeline.getByText("Début de l'accompagnement : Coiffeur(euse)").first().waitFor();
    await timeline.getByText(noteText).waitFor();
    await page.screenshot({ path: screenshotPath('e2e-candidate-file-02-after-reload'), fullPage: true });

    step('server back, sync, on the server');
    await suite.server.start();
    await context.setOffline(false);
    await shell.syncAndWait();
    const after = await serverRecords(await apiLogin(suite.server.url));
    const action = (after.get('spocActions') ?? []).find((record) => record.data.outreachPlace === place);
    expect(action?.data).toMatchObject({ kind: 'individuelle', candidateIds: [person!.id], metiers: ['coiffeur'], outcome: 'accompagnement' });
    expect(action?.siteId).toBe(person!.siteId);
    const closed = (after.get('accompaniments') ?? []).filter(
      (record) => record.data.candidateId === person!.id && record.data.metier === 'coiffeur' && record.data.exitReason === 'emploi',
    );
    expect(closed.map((record) => record.data.status)).toContain('closed');
    const note = (after.get('followUpNotes') ?? []).find((record) => record.data.text === noteText);
    expect(note?.data.candidateId).toBe(person!.id);
    expect(note?.siteId).toBe(person!.siteId);
  });

  it('shows a name holding U+202E isolated: its letters, and the text after it, are never turned around', async () => {
    const stamp = Date.now().toString(36);
    const lastName = `Du\u202Epont${stamp}`;
    const shown = `Amina Dupont${stamp}`;
    const id = randomUUID();

    step('another tablet sends a person whose last name holds an open RIGHT-TO-LEFT OVERRIDE, with a test today');
    // The test date is shared with a validation centre: the person agreed to that (the server refuses it otherwise).
    const token = await apiLogin(suite.server.url);
    await pushAsTablet(suite.server.url, token, [
      { table: 'candidates', id, siteId: 'ml-schaerbeek', fields: { firstName: 'Amina', lastName, birthDate: '1994', consent: { given: true, date: brusselsDate(), scopes: ['partage-centre'] } } },
      { table: 'validationSteps', id: randomUUID(), siteId: 'ml-schaerbeek', fields: { candidateId: id, uc: 'UC1', testDate: brusselsDate() } },
    ]);
    const shell = new AppShell(page);
    // Signed in already after the test above (moved in the app, no reload); alone, it logs in.
    if (page.url() === 'about:blank') {
      await new LoginPage(page).open(suite.server.url);
      await new LoginPage(page).logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    } else {
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Accueil' }).click();
    }
    await shell.waitForHome();
    await shell.syncNow();
    await shell.waitForSynced();

    step('home: the upcoming test reads "name — UC1 — date" left to right');
    // Found by the stamp alone, so that a reversed or unstripped name is still found, and measured.
    const test = page.getByRole('link', { name: new RegExp(`${stamp}.* UC1 `) });
    await test.waitFor({ timeout: 60_000 });
    await expectLeftToRight(test, ['Amina', 'Du', 'pont', stamp, 'UC1', '1 —', brusselsDate().slice(0, 4)]);

    step('list: the name in a <bdi>, its letters in order');
    await shell.goToCandidates();
    const list = new CandidateListPage(page);
    await list.search(`Dupont${stamp}`);
    const row = list.row(stamp);
    await row.waitFor();
    const rowName = row.locator('.candidate-row__name bdi');
    expect(await rowName.textContent()).toBe(shown);
    await expectLeftToRight(rowName, ['Amina', 'Du', 'pont', stamp]);

    step('file: the heading in a <bdi>, its letters in order, no control in the title');
    await row.click();
    const file = new CandidateFilePage(page);
    await file.waitFor(stamp);
    const heading = page.getByRole('heading', { name: new RegExp(stamp), level: 1 }).locator('bdi');
    expect(await heading.textContent()).toBe(shown);
    await expectLeftToRight(heading, ['Amina', 'Du', 'pont', stamp]);
    expect(await page.title()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    await page.screenshot({ path: screenshotPath('e2e-candidate-file-03-bidi-name'), fullPage: false });
  });
});
