// Attachments between two tablets of one site (docs/attachments.md). A voice: the adviser of
// tablet A records a text of the questionnaire with Chromium's fake microphone, shares it with the
// site and syncs; tablet B, another adviser of the site, syncs, goes offline (network off and the
// server stopped) and hears that recording, played from its own store, not the generated clip.
// A photo: on tablet A the adviser takes a photo of an observation with Chromium's fake camera (the
// page's live camera); tablet B syncs and shows it as a decoded thumbnail.
import { describe, expect, it } from 'vitest';
import { brusselsDate } from '../../src/domain/dates';
import { type WireRecord } from '../../src/domain/wire';
import { axeViolations } from './support/a11y';
import { DEMO_ADVISER, apiLogin, pushAsTablet, latestServerRecords } from './support/api';
import { untilServiceWorkerControls } from './support/offline';
import { screenshotPath } from './support/paths';
import { armPlayWatch, watchPlayedAudio } from './support/played-audio';
import { useBrowserSuite } from './support/suite';
import { stepLogger } from './support/tablets';
import { CandidateFilePage } from './pages/candidate-file-page';
import { VoiceRecordingsPage } from './pages/voice-recordings-page';

/** Another adviser of ml-schaerbeek, the demo adviser's first site (server/seed/demo.ts). */
const SECOND_ADVISER = { email: 'conseiller.schaerbeek@demo.vdc.brussels', password: DEMO_ADVISER.password };
const SITE = 'ml-schaerbeek';

const suite = useBrowserSuite({ fakeMedia: true });
const step = stepLogger('attachments');

/** The live records of a table this user's tablets pull, read from the server as a third device would. */
async function serverRecords(credentials: { email: string; password: string }, table: string): Promise<WireRecord[]> {
  const latest = await latestServerRecords(suite.server.url, await apiLogin(suite.server.url, credentials));
  return latest.filter((record) => record.table === table && !record.deleted);
}

/** The bytes of an attachment as the second adviser's tablet would download them. */
async function serverBytes(sha256: string): Promise<Response> {
  const token = await apiLogin(suite.server.url, SECOND_ADVISER);
  return fetch(`${suite.server.url}/api/attachments/${sha256}?siteId=${SITE}`, { headers: { authorization: `Bearer ${token}` } });
}

describe('attachments between two tablets of a site', () => {
  it('plays a voice recorded and shared on tablet A from tablet B’s own store, offline', async () => {
    step('tablet A: record a questionnaire text with the fake microphone, keep it, share it');
    const tabletA = await suite.openTablet('tablet A');
    await suite.logIn(tabletA, DEMO_ADVISER);
    const voicesA = new VoiceRecordingsPage(tabletA.page);
    await voicesA.open(suite.server.url);
    const part = await voicesA.unfold(2); // the first part of the questionnaire
    const text = (await part.locator('p.voice-row__text').first().textContent()) ?? '';
    expect(text.trim()).not.toBe('');
    const rowA = voicesA.row(text);
    await voicesA.recordAndKeep(rowA);
    await voicesA.share(rowA);
    await rowA.getByText('Voix enregistrée du site').waitFor();
    await tabletA.shell.syncAndWait();

    step('the server holds the shared voice and its bytes for the site');
    const [voice] = (await serverRecords(SECOND_ADVISER, 'attachments')).filter((record) => record.siteId === SITE && record.data.kind === 'voice' && record.data.sharedWithSite === true);
    if (!voice) throw new Error('the shared voice did not reach the server');
    const sha256 = String(voice.data.sha256);
    const bytes = await serverBytes(sha256);
    expect(bytes.status).toBe(200);
    expect((await bytes.arrayBuffer()).byteLength).toBe(voice.data.size);

    step('tablet B: another adviser of the site signs in and syncs (the site voices come ahead)');
    const tabletB = await suite.openTablet('tablet B');
    await watchPlayedAudio(tabletB.context);
    await suite.logIn(tabletB, SECOND_ADVISER);
    await untilServiceWorkerControls(tabletB.page);
    await tabletB.shell.syncAndWait();

    step('tablet B offline: network off and the server stopped');
    await tabletB.context.setOffline(true);
    await suite.server.stop();
    try {
      const voicesB = new VoiceRecordingsPage(tabletB.page);
      await voicesB.open(suite.server.url);
      await voicesB.unfold(2);
      const rowB = voicesB.row(text);
      await rowB.getByText('Voix enregistrée du site').waitFor();
      await rowB.getByText('Voix de synthèse').waitFor(); // no recording of B's own
      expect(await axeViolations(tabletB.page), 'axe violations on the voices screen').toEqual([]);
      await tabletB.page.screenshot({ path: screenshotPath('attachments-01-site-voice-offline'), fullPage: false });

      step('tablet B plays the text: the site recording, from its store');
      const played = await armPlayWatch(tabletB.page);
      await rowB.getByRole('button', { name: 'Écouter', exact: true }).click();
      const sound = await played();
      expect(sound.src.startsWith('blob:'), `played ${sound.src}`).toBe(true);
      expect(sound.sha256).toBe(sha256);
    } finally {
      await tabletB.context.setOffline(false);
      await suite.server.start();
    }
  });

  it('shows on tablet B a photo taken on tablet A through the fake camera on an observation', async () => {
    step('an observation of a person of the site, written as another tablet would');
    const [person] = (await serverRecords(DEMO_ADVISER, 'candidates')).filter((record) => record.siteId === SITE && record.data.firstName && !record.data.erased);
    if (!person) throw new Error('no demo candidate at the site');
    const name = `${String(person.data.firstName)} ${String(person.data.lastName)}`;
    const observationId = crypto.randomUUID();
    await pushAsTablet(suite.server.url, await apiLogin(suite.server.url, DEMO_ADVISER), [
      {
        table: 'observations',
        id: observationId,
        siteId: SITE,
        fields: { candidateId: person.id, kind: 'observation', metier: 'coiffeur', uc: 'UC1', task: 'Une coupe dégradée', result: 'met', observerKind: 'adviser', date: brusselsDate() },
      },
    ]);

    step('tablet A: the live camera, then "Prendre la photo"');
    const tabletA = await suite.openTablet('tablet A (photo)');
    await suite.logIn(tabletA, DEMO_ADVISER);
    await new CandidateFilePage(tabletA.page).open(suite.server.url, person.id, name);
    const photosA = tabletA.page.getByRole('region', { name: 'Observations en situation et épreuves blanches' }).getByRole('group', { name: 'Photos' });
    await photosA.getByRole('button', { name: 'Ouvrir la caméra' }).click();
    await photosA.getByLabel('Image de la caméra').waitFor();
    expect(await axeViolations(tabletA.page), 'axe violations on the file with the camera open').toEqual([]);
    await photosA.getByRole('button', { name: 'Prendre la photo' }).click({ timeout: 30_000 }); // enabled once a frame shows
    await photosA.getByRole('status').filter({ hasText: 'Photo ajoutée.' }).waitFor();
    await photosA.getByRole('img', { name: /^Photo 1 du/ }).waitFor();
    await tabletA.shell.syncAndWait();

    step('the server holds the photo, shrunk, as JPEG');
    const [photo] = (await serverRecords(SECOND_ADVISER, 'attachments')).filter((record) => record.data.kind === 'photo' && record.data.ownerId === observationId);
    if (!photo) throw new Error('the photo did not reach the server');
    expect(photo.data).toMatchObject({ ownerTable: 'observations', candidateId: person.id, mediaType: 'image/jpeg' });
    expect(Math.max(Number(photo.data.width), Number(photo.data.height))).toBeLessThanOrEqual(1600);
    const bytes = new Uint8Array(await (await serverBytes(String(photo.data.sha256))).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

    step('tablet B: another adviser of the site syncs and sees the thumbnail');
    const tabletB = await suite.openTablet('tablet B (photo)');
    await suite.logIn(tabletB, SECOND_ADVISER);
    await new CandidateFilePage(tabletB.page).open(suite.server.url, person.id, name);
    const thumbnail = tabletB.page.getByRole('region', { name: 'Observations en situation et épreuves blanches' }).getByRole('img', { name: /^Photo 1 du/ });
    await thumbnail.waitFor();
    const naturalWidth = await thumbnail.evaluate(async (image: HTMLImageElement) => {
      await image.decode();
      return image.naturalWidth;
    });
    expect(naturalWidth).toBe(photo.data.width);
    await tabletB.page.screenshot({ path: screenshotPath('attachments-02-photo-second-tablet'), fullPage: false });
  });
});
