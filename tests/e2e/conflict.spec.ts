// Two tablets, two advisers of the same site, both offline, both change the same candidate's phone.
// Back online, the first change applies; the second tablet sees the conflict on "À vérifier",
// settles it with a third value, and the first tablet then receives the chosen value.
import { describe, expect, it } from 'vitest';
import { type WireRecord } from '../../src/domain/wire';
import { SCREEN_PATHS } from '../../src/domain/screen-paths';
import { axeViolations } from './support/a11y';
import { untilServiceWorkerControls } from './support/offline';
import { DEMO_ADVISER, apiLogin, latestServerRecords } from './support/api';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { AttentionPage } from './pages/attention-page';
import { stepLogger, type Tablet } from './support/tablets';
import { openInApp } from './support/in-app';

const DEMO_COORDINATOR = { email: 'coordination@demo.vdc.brussels', password: DEMO_ADVISER.password };
const SITE = 'ml-schaerbeek';

const suite = useBrowserSuite();

const step = stepLogger();

/** Every record the server holds for this user (last state of each), read as a third device would. */
async function serverRecords(token: string): Promise<Map<string, WireRecord>> {
  return new Map((await latestServerRecords(suite.server.url, token)).map((record) => [`${record.table}|${record.id}`, record]));
}

async function serverPhone(token: string, id: string): Promise<unknown> {
  return (await serverRecords(token)).get(`candidates|${id}`)?.data.phone;
}

async function editPhone(device: Tablet, phone: string) {
  await device.page.getByRole('textbox', { name: 'Téléphone', exact: true }).fill(phone);
  await device.page.getByRole('button', { name: 'Enregistrer' }).click();
  // Saved, the person's file opens with the confirmation.
  await device.page.getByText('Les modifications ont été enregistrées sur la tablette.').waitFor();
  await expect.poll(() => device.shell.syncIndicator.textContent()).toMatch(/Hors ligne/);
}

async function openCandidate(device: Tablet, id: string) {
  await openInApp(device.page, suite.server.url, SCREEN_PATHS.editCandidate(id));
  await device.page.getByRole('heading', { name: 'Modifier le candidat', level: 1 }).waitFor({ timeout: 60_000 });
}

describe('a conflict between two tablets', () => {
  it('is shown on "À vérifier" of the second tablet, settled there, and reaches the first', async () => {
    const token = await apiLogin(suite.server.url);
    const candidate = [...(await serverRecords(token)).values()].find(
      (record) =>
        record.table === 'candidates' &&
        record.siteId === SITE &&
        !record.deleted &&
        record.data.erased !== true &&
        record.data.mergedInto === undefined &&
        typeof record.data.firstName === 'string' &&
        typeof record.data.lastName === 'string',
    );
    if (!candidate) throw new Error(`no candidate of ${SITE} in the demo data`);
    const person = `${String(candidate.data.firstName)} ${String(candidate.data.lastName)}`;
    const suffix = String(Date.now() % 100).padStart(2, '0');
    const phoneA = `0470 11 11 ${suffix}`;
    const phoneB = `0470 22 22 ${suffix}`;
    const chosen = `0470 33 33 ${suffix}`;

    step('two tablets log in and sync');
    const a = await suite.openTablet('tablet A');
    const b = await suite.openTablet('tablet B');
    await suite.logIn(a, DEMO_ADVISER);
    await suite.logIn(b, DEMO_COORDINATOR);
    // Before opening the form: taking control may reload the page (then the adviser signs in again).
    await untilServiceWorkerControls(a.page);
    await untilServiceWorkerControls(b.page);
    await openCandidate(a, candidate.id);
    await openCandidate(b, candidate.id);

    step('both offline, both change the phone');
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await editPhone(a, phoneA);
    await editPhone(b, phoneB);

    step('tablet A back online: its change applies');
    await a.context.setOffline(false);
    await a.shell.syncAndWait();
    await expect.poll(() => serverPhone(token, candidate.id), { timeout: 30_000 }).toBe(phoneA);

    step('tablet B back online: conflict');
    await b.context.setOffline(false);
    await b.shell.syncAndWait();
    const attention = new AttentionPage(b.page);
    await attention.headerLink().waitFor({ timeout: 30_000 });
    await attention.openFromHeader();
    const card = attention.conflict('Téléphone', person);
    await card.waitFor({ timeout: 30_000 });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(phoneA);
    expect(text).toContain(phoneB);
    // Who made each value, by name (the adviser on tablet A, then the coordinator here).
    expect(text).toContain("Valeur enregistrée d'abord, par Amélie Dewinter");
    expect(text).toContain('Valeur envoyée ensuite par Claire Vandamme, depuis cette tablette');
    expect(await axeViolations(b.page), 'axe violations on "À vérifier"').toEqual([]);
    await b.page.screenshot({ path: screenshotPath('e2e-conflict-01-a-verifier'), fullPage: true });

    step('tablet B settles it with a third value');
    await attention.resolveWithValue(card, 'Téléphone', chosen);
    await card.waitFor({ state: 'detached', timeout: 30_000 });
    await b.page.getByText('Aucun conflit à régler.').waitFor();
    expect(await axeViolations(b.page), 'axe violations on "À vérifier" after resolving').toEqual([]);
    await b.page.screenshot({ path: screenshotPath('e2e-conflict-02-resolved'), fullPage: true });
    expect(await serverPhone(token, candidate.id)).toBe(chosen);
    await expect.poll(() => attention.headerLink().count(), { timeout: 30_000 }).toBe(0);

    step('tablet A syncs and shows the chosen value');
    await a.shell.syncAndWait();
    await openCandidate(a, candidate.id);
    await expect
      .poll(() => a.page.getByRole('textbox', { name: 'Téléphone', exact: true }).inputValue(), { timeout: 30_000 })
      .toBe(chosen);
    await a.page.screenshot({ path: screenshotPath('e2e-conflict-03-first-tablet'), fullPage: false });
    await suite.closeTablets();
  });
});
