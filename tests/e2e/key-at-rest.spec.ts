// No usable key on the tablet's disk (issue 19, docs/key-handling.md). A working session — login,
// PIN set, edits, sync, reloads reopened by the PIN and by the password, the PIN refused offline,
// five wrong PINs, logout, a second adviser on the same profile — then Chromium is closed and every
// 32-byte window of every file of the profile is tried as an AES-GCM key against stored rows the
// test read from the origin: none decrypts. Positive control: a CryptoKey written on purpose to a
// control database (as the app once kept its key) is found by the same scan.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADVISER } from './support/api';
import { launchPersistentChromium } from './support/browser';
import { scanForKeys, type KnownCiphertext } from './support/key-scan';
import { useTestServer } from './support/suite';
import { AppShell } from './pages/app-shell';
import { CandidateFormPage } from './pages/candidate-form-page';
import { LoginPage } from './pages/login-page';
import { UnlockPage } from './pages/unlock';
import { TABLET_OPTIONS, stepLogger } from './support/tablets';

const SECOND_ADVISER = { email: 'conseiller.etterbeek@demo.vdc.brussels', password: DEMO_ADVISER.password };
const PIN = '2468';
const CONTROL_DB = 'e2e-key-control';

const suite = useTestServer();
let profileDir: string;
let context: BrowserContext;
let page: Page;
let contextClosed = false;
const step = stepLogger();

beforeAll(async () => {
  profileDir = mkdtempSync(join(tmpdir(), 'vdc-e2e-keys-'));
  context = await launchPersistentChromium(profileDir, TABLET_OPTIONS);
  page = context.pages()[0] ?? (await context.newPage());
});

afterAll(async () => {
  if (!contextClosed) await context?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

/** Rows of every adviser database on the tablet, as stored (iv and ciphertext): two per database. */
async function storedCiphertexts(): Promise<KnownCiphertext[]> {
  const rows = await page.evaluate(async () => {
    const open = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
    const found: { label: string; iv: number[]; ct: number[] }[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name?.startsWith('vdc-user-')) continue;
      const db = await open(name);
      let taken = 0;
      for (const store of ['session', 'candidates', 'outbox', ...db.objectStoreNames]) {
        if (taken >= 2 || !db.objectStoreNames.contains(store)) continue;
        const values = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll(undefined, 50);
          request.onsuccess = () => resolve(request.result as unknown[]);
        });
        const withPayload = values.find((value) => (value as { enc?: unknown }).enc) as { enc: { iv: Uint8Array; ct: ArrayBuffer } } | undefined;
        if (!withPayload) continue;
        found.push({ label: `${name}/${store}`, iv: [...withPayload.enc.iv], ct: [...new Uint8Array(withPayload.enc.ct)] });
        taken += 1;
      }
      db.close();
    }
    return found;
  });
  return rows.map((row) => ({ label: row.label, iv: Uint8Array.from(row.iv), ct: Uint8Array.from(row.ct) }));
}

/** The positive control: a non-extractable CryptoKey stored in IndexedDB, and a row it encrypted. */
async function writeControlKey(): Promise<KnownCiphertext> {
  const row = await page.evaluate(async (dbName) => {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify({ control: 'kept key' })));
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(dbName, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('keys');
      request.onsuccess = () => {
        const transaction = request.result.transaction('keys', 'readwrite');
        transaction.objectStore('keys').put(key, 'current');
        transaction.oncomplete = () => {
          request.result.close();
          resolve();
        };
        transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
      };
    });
    return { iv: [...iv], ct: [...new Uint8Array(ct)] };
  }, CONTROL_DB);
  return { label: 'control', iv: Uint8Array.from(row.iv), ct: Uint8Array.from(row.ct) };
}

describe('the data key at rest', () => {
  let known: KnownCiphertext[] = [];
  let control: KnownCiphertext | undefined;

  it('a working session reopens by the PIN online and by the password, refuses the PIN offline and after 5 wrong ones', async () => {
    const shell = new AppShell(page);
    const login = new LoginPage(page);
    const unlock = new UnlockPage(page);
    const form = new CandidateFormPage(page);

    step('password login, first sync, PIN set and enrolled with the server');
    await login.open(suite.server.url);
    await login.logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await unlock.setPin(PIN);

    step('an edit, synced');
    await shell.goToNewCandidate();
    await form.fillIdentity({ firstName: 'Clé', lastName: 'Absente', birthDate: '1990-02-03' });
    await form.save();
    await page.getByText('Le candidat a été enregistré sur la tablette.').waitFor();
    await shell.syncNow();
    await shell.waitForSynced();

    step('reload: the PIN reopens, with the server');
    await page.reload();
    await unlock.pinSection.waitFor();
    await unlock.typePin(PIN);
    await shell.waitForHome();

    step('reload: the password reopens too');
    await page.reload();
    await unlock.pinSection.waitFor();
    await login.logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();

    step('offline: the PIN says it needs the server; the password opens');
    await suite.server.stop();
    await page.reload();
    await unlock.pinSection.waitFor();
    await unlock.typePin(PIN);
    await page.getByText('Pas de réseau : le code PIN a besoin du serveur.', { exact: false }).waitFor();
    await login.logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();
    await suite.server.start();

    step('five wrong PINs: the PIN no longer opens, the password does');
    await page.reload();
    await unlock.pinSection.waitFor();
    for (let remaining = 4; remaining >= 1; remaining -= 1) {
      await unlock.typePin('1111');
      await page.getByText(`Code incorrect. Encore ${remaining} essai`, { exact: false }).waitFor();
    }
    await unlock.typePin('1111');
    await page.getByText('Trop de codes incorrects', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Ouvrir avec mon code PIN' }).count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    expect(await unlock.pinSection.count(), 'no PIN offered after the lockout').toBe(0);
    await login.logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await shell.waitForHome();

    step('logout, then a second adviser on the same profile');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    expect(await unlock.pinSection.count(), 'no PIN offered after a logout').toBe(0);
    await login.logIn(SECOND_ADVISER.email, SECOND_ADVISER.password);
    await shell.waitForHome();
    await shell.waitForSynced();

    known = await storedCiphertexts();
    expect(known.filter((row) => row.label.startsWith('vdc-user-')).length, 'rows of both advisers').toBeGreaterThanOrEqual(4);
    control = await writeControlKey();
  });

  it('leaves no 32-byte window in the profile that decrypts a stored row; the control key is found', async () => {
    expect(control, 'the working session ran').toBeDefined();
    await context.close();
    contextClosed = true;
    const report = scanForKeys(profileDir, [...known, control!]);
    console.log(`[e2e] key scan: ${report.files} files, ${report.bytes} bytes, rows ${known.map((row) => row.label).join(', ')}`);
    expect(report.hits.filter((hit) => hit.label !== 'control').map((hit) => `${hit.label} in ${hit.file} @${hit.offset}`)).toEqual([]);
    expect(report.hits.filter((hit) => hit.label === 'control').map((hit) => hit.plaintext)).toContain('{"control":"kept key"}');
  }, 600_000); // the scan reads every byte of the profile: its duration follows the profile's size
});
