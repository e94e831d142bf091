// Typing is never lost (issue 25): what is typed while the "a draft was kept" offer is unanswered is
// saved and offered back after a reload; "Ouvrir ce dossier" from the duplicate warning carries the
// typed phone and notes into the existing file.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { API_PATHS, pullResponseSchema, type WireRecord } from '../../src/domain/wire';
import { DEMO_ADVISER, apiLogin, pushAsTablet } from './support/api';
import { screenshotPath } from './support/paths';
import { useBrowserSuite } from './support/suite';
import { stepLogger } from './support/tablets';
import { CandidateFormPage } from './pages/candidate-form-page';
import { LoginPage, signInAgain } from './pages/login-page';

const suite = useBrowserSuite();
const step = stepLogger('typing');

/** When the new-candidate draft was last written (its time is kept in clear; the values are encrypted). */
function draftSavedAt(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const name = (await indexedDB.databases()).find((db) => db.name?.startsWith('vdc-user-'))?.name;
    if (!name) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('drafts')) return null;
      return await new Promise<string | null>((resolve, reject) => {
        const request = db.transaction('drafts').objectStore('drafts').get('candidates:new');
        request.onsuccess = () => resolve((request.result as { updatedAt?: string } | undefined)?.updatedAt ?? null);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  });
}

/** The server's current version of a record, read as another tablet would (a full pull). */
async function serverRecord(token: string, id: string): Promise<WireRecord | undefined> {
  let found: WireRecord | undefined;
  for (let cursor = 0; ; ) {
    const response = await fetch(`${suite.server.url}${API_PATHS.pull}?cursor=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
    const page = pullResponseSchema.parse(await response.json());
    found = page.changes.filter((change) => change.id === id).at(-1) ?? found;
    if (!page.hasMore) return found;
    cursor = page.cursor;
  }
}

describe('typing never lost', () => {
  it('saves typing under an unanswered draft offer, and carries typed contact data into the file opened', async () => {
    const token = await apiLogin(suite.server.url);
    const existingId = randomUUID();
    await pushAsTablet(suite.server.url, token, [
      { table: 'candidates', id: existingId, siteId: 'ml-schaerbeek', fields: { firstName: 'Rachida', lastName: 'Benslimane', birthDate: '1985-06-07' } },
    ]);
    const { page, shell } = await suite.openTablet('adviser');
    const login = new LoginPage(page);
    await login.open(suite.server.url);
    await login.logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced(120_000);
    const form = new CandidateFormPage(page);

    step('a first draft, then a reload');
    await shell.goToNewCandidate();
    await page.getByLabel('Prénom').fill('Première');
    await expect.poll(() => draftSavedAt(page), { timeout: 10_000 }).not.toBeNull();
    await page.reload();
    await signInAgain(page);

    step('typing while the offer is unanswered is saved');
    await shell.goToNewCandidate();
    await form.draftOffer().waitFor({ timeout: 60_000 });
    const offeredAt = await draftSavedAt(page);
    await page.getByLabel('Nom', { exact: true }).fill('Tapée-Sans-Répondre');
    await expect.poll(() => draftSavedAt(page), { timeout: 10_000 }).not.toBe(offeredAt);
    await page.reload();
    await signInAgain(page);
    await shell.goToNewCandidate();
    await form.draftOffer().waitFor({ timeout: 60_000 });
    await form.resumeDraft();
    expect(await page.getByLabel('Nom', { exact: true }).inputValue()).toBe('Tapée-Sans-Répondre');

    step('"Ouvrir ce dossier" carries the typed phone and notes into the existing file');
    await page.getByRole('button', { name: 'Abandonner la saisie' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Oui, effacer' }).click();
    await form.fillIdentity({ firstName: 'Rachida', lastName: 'Ben Slimane', birthDate: '07/06/1985' });
    await page.getByRole('textbox', { name: 'Téléphone', exact: true }).fill('0475 98 76 54');
    await page.getByRole('textbox', { name: 'Notes' }).fill('Cherche un stage en cuisine');
    await form.duplicateWarning().getByRole('link', { name: 'Ouvrir ce dossier' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Ouvrir le dossier de Rachida Benslimane avec ce qui a été saisi ?' });
    await dialog.waitFor();
    await page.screenshot({ path: screenshotPath('e2e-typing-01-carry-over') });
    await dialog.getByRole('button', { name: 'Ajouter au dossier et l’ouvrir' }).click();
    await page.getByRole('heading', { name: 'Rachida Benslimane', level: 1 }).waitFor({ timeout: 60_000 });
    await shell.syncAndWait();
    const record = await serverRecord(token, existingId);
    expect(record?.data).toMatchObject({ phone: '0475 98 76 54', notes: 'Cherche un stage en cuisine' });
    expect(await draftSavedAt(page)).toBeNull();
  });
});
