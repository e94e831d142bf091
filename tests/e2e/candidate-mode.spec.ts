// Candidate mode on a tablet, offline: an adviser hands the tablet to a demo candidate, who answers
// by tapping pictures; after a reload (which drops the data key) the tablet tells the candidate, in
// candidate mode's words, to give it back, and once the adviser opens it the sitting resumes at the
// same question; no address and no back button leads out; only the adviser's PIN does. The five métiers can be completed, in French alone or with
// English or Arabic beside it, and the answers reach the server at the next sync.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type WireRecord } from '../../src/domain/wire';
import { SCREEN_PATHS } from '../../src/domain/screen-paths';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER, apiLogin, allServerChanges } from './support/api';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { openInApp } from './support/in-app';
import { untilServiceWorkerControls } from './support/offline';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';
import { CandidateModePage } from './pages/positioning-candidate-mode';
import { PositioningStartPage } from './pages/positioning-start-page';
import { stepLogger } from './support/tablets';

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;
const PIN = '2580';

beforeAll(async () => {
  // A portrait tablet.
  ({ context, page } = await suite.openTablet('browser', { viewport: { width: 800, height: 1280 } }));
});

const step = stepLogger();

async function expectAccessible(screen: string) {
  expect(await axeViolations(page), `axe violations on ${screen}`).toEqual([]);
}

/** Every record of a table the adviser can see on the server, paging through /api/sync/pull. */
async function serverRecords(table: string): Promise<WireRecord[]> {
  const token = await apiLogin(suite.server.url, DEMO_ADVISER);
  return (await allServerChanges(suite.server.url, token)).filter((change) => change.table === table);
}

const METIERS = [
  { code: 'employe-administratif', language: 'Aucune (français seul)' },
  { code: 'installateur-electricien-residentiel', language: 'Anglais' },
  { code: 'jardinier-entretien', language: 'Arabe' },
  { code: 'aide-menager', language: 'Anglais' },
  { code: 'coiffeur', language: 'Aucune (français seul)' },
] as const;

let candidate: WireRecord;
const start = () => new PositioningStartPage(page);
const mode = () => new CandidateModePage(page);

describe('candidate mode', () => {
  it('hands the tablet to a candidate offline, keeps the sitting through a reload until the adviser opens it, and leaves only with the PIN', async () => {
    const [found] = (await serverRecords('candidates')).filter((record) => record.data.firstName && !record.data.erased && !record.deleted);
    if (!found) throw new Error('no demo candidate');
    candidate = found;

    step('online login, first sync');
    const shell = new AppShell(page);
    await new LoginPage(page).open(suite.server.url);
    await new LoginPage(page).logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    try {
      await shell.waitForSynced(120_000);
    } catch (error) {
      await page.screenshot({ path: screenshotPath('candidate-00-first-sync-failed'), fullPage: true });
      throw error;
    }
    // The first visit installs the worker; it controls the page from the next load on (signed in again).
    await untilServiceWorkerControls(page);

    step('server stopped: offline from here');
    await suite.server.stop();
    await context.setOffline(true);
    // The clips are precached: they play with no network.
    expect(await page.evaluate(async () => (await fetch('/audio/ar/chrome.next.mp3')).ok)).toBe(true);

    step('start a sitting');
    await start().open(suite.server.url, candidate.id);
    await start().choose({ metier: 'coiffeur', secondLanguage: 'Arabe' });
    await start().setPin(PIN);
    await expectAccessible('start a positioning');
    await page.screenshot({ path: screenshotPath('candidate-01-start'), fullPage: true });
    await start().handOver();

    await expectAccessible('candidate welcome');
    await page.screenshot({ path: screenshotPath('candidate-02-welcome'), fullPage: true });
    await mode().start();
    await expectAccessible('first question');
    step("the pictograms are files from the service worker's cache, drawn with no network");
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('img.pictogram')].every((img) => img.complete));
    const pictures = await page
      .locator('img.pictogram')
      .evaluateAll((images) => images.map((image) => ({ src: image.getAttribute('src') ?? '', drawn: (image as HTMLImageElement).naturalWidth > 0 })));
    expect(pictures.length).toBeGreaterThan(3);
    expect(pictures.filter((picture) => !/^\/assets\/[\w-]+\.svg$/.test(picture.src) || !picture.drawn)).toEqual([]);
    const arabic = page.locator('[lang="ar"][dir="rtl"]').first();
    expect(await arabic.count()).toBe(1);
    await page.screenshot({ path: screenshotPath('candidate-03-question'), fullPage: true });

    step('marks that do not rely on colour: the part, the chosen answer, the playing speaker, the arrows beside Arabic');
    await page.locator('.domain-intro').getByText('Votre projet').waitFor();
    expect(await page.locator('.chrome-button [lang="ar"] img.pictogram--mirrored').count()).toBe(2);
    const firstAnswer = page.locator('ul.answers:not(.answers--dont-know) .answer__button').first();
    const sizeBefore = await firstAnswer.boundingBox();

    step('answer with taps');
    await mode().tapAnswer(0);
    await firstAnswer.locator('.answer__chosen--shown').getByText('Votre choix').waitFor();
    const sizeAfter = await firstAnswer.boundingBox();
    expect([sizeAfter?.width, sizeAfter?.height], 'choosing changes no size').toEqual([sizeBefore?.width, sizeBefore?.height]);
    await expectAccessible('first question answered');
    // The clip would end on its own; held here so the playing state can be checked.
    await page.evaluate(() => {
      HTMLMediaElement.prototype.play = () => Promise.resolve();
    });
    const speaker = page.getByRole('button', { name: /^Écouter : Vous voulez un Titre/ });
    await speaker.click();
    await page.locator('.speaker[aria-pressed="true"] .speaker__waves').waitFor();
    await expectAccessible('a speaker playing');
    await page.screenshot({ path: screenshotPath('candidate-03b-chosen-and-playing'), fullPage: true });
    await speaker.click();
    await page.locator('.speaker[aria-pressed="true"]').waitFor({ state: 'detached' });
    await mode().next();
    await mode().tapAnswer(0); // yes, in Belgium: "how long?" comes next
    await mode().next();
    await mode().tapDontKnow();
    await mode().next();
    const current = await mode().questionText();
    await page.screenshot({ path: screenshotPath('candidate-04-self-assessment'), fullPage: true });
    await expectAccessible('self-assessment question');

    step('a reload: the candidate is told to give the tablet back, nothing answered is lost');
    await page.reload();
    await page.getByRole('heading', { name: 'Donnez la tablette à votre conseiller.' }).waitFor({ timeout: 60_000 });
    await page.getByText(/^Mode candidat : la page a été rechargée et la séance attend\./).waitFor();
    await expectAccessible('sitting waiting for the adviser');
    await page.screenshot({ path: screenshotPath('candidate-04b-sitting-waits'), fullPage: true });

    step('the adviser opens the tablet (offline: the password) and the sitting resumes at the same question');
    await new LoginPage(page).logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await expect.poll(() => mode().questionText(), { timeout: 60_000 }).toBe(current);
    expect(new URL(page.url()).pathname).toMatch(/^\/mode-candidat\//);

    step('no way out by address or back button');
    await openInApp(page, suite.server.url, SCREEN_PATHS.candidates);
    await expect.poll(() => mode().questionText(), { timeout: 60_000 }).toBe(current);
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).count()).toBe(0);
    await page.goBack();
    await expect.poll(() => mode().questionText(), { timeout: 60_000 }).toBe(current);
    expect(new URL(page.url()).pathname).toMatch(/^\/mode-candidat\//);
    await openInApp(page, suite.server.url, '/nulle-part');
    await expect.poll(() => mode().questionText(), { timeout: 60_000 }).toBe(current);

    step('wrong PIN refused, right PIN leaves');
    await mode().openPinPad();
    await mode().typePin('1111');
    await page.getByText('Code incorrect. Encore 4 essais.').waitFor();
    await expectAccessible('PIN pad');
    await page.screenshot({ path: screenshotPath('candidate-05-pin'), fullPage: true });
    await mode().typePin(PIN);
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(SCREEN_PATHS.candidate(candidate.id));
  });

  it('completes the positioning for each of the five métiers, in French alone or with English or Arabic', async () => {
    for (const [index, metier] of METIERS.entries()) {
      step(`complete the positioning for ${metier.code} (${metier.language})`);
      await start().open(suite.server.url, candidate.id, PIN);
      await start().choose({ metier: metier.code, secondLanguage: metier.language });
      await start().handOver();
      await mode().start();
      const answered = await mode().answerAll();
      expect(answered).toBeGreaterThanOrEqual(15);
      if (index === 2) {
        await expectAccessible('end screen');
        await page.screenshot({ path: screenshotPath('candidate-06-end'), fullPage: true });
      }
      await mode().openPinPad();
      await mode().typePin(PIN);
      await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
    }
  });

  it('delivers the answers to the server at the next sync', async () => {
    step('server back, sync');
    const shell = new AppShell(page);
    await suite.server.start();
    await context.setOffline(false);
    await shell.syncAndWait();
    const sittings = (await serverRecords('positionings')).filter((record) => record.data.candidateId === candidate.id);
    expect(sittings).toHaveLength(METIERS.length + 1);
    const completed = sittings.filter((record) => record.data.completedAt);
    expect(completed.map((record) => record.data.metier).sort()).toEqual(
      METIERS.map((metier) => metier.code).sort(),
    );
    for (const record of completed) {
      expect(record.data).toMatchObject({ questionnaireId: 'positionnement', questionnaireVersion: 2, answeredBy: 'candidate' });
      expect(Object.keys(record.data.answers as object).length).toBeGreaterThanOrEqual(15);
    }
  });
});
