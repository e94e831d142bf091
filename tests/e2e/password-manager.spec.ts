// On a shared tablet the browser must not keep the advisers' addresses (issue 19). Chromium's
// password manager ignores autocomplete="off" and records the username of a login it recognises in
// the profile's "Login Data" (a SQLite file): logged-in addresses then sit in clear on the disk.
// The attack: log in, let the app move on to its home screen, close Chromium, and search every file
// of the profile for the address. Two controls prove the search can see it: a marker the page
// writes on purpose is found, and a plain HTML login form in a second profile does leave its address
// in that profile's "Login Data" (so this Chromium, run this way, does record logins).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_ADVISER } from './support/api';
import { launchPersistentChromium } from './support/browser';
import { needlesFor } from './support/clear-text-needles';
import { scanDirectory } from './support/disk-scan';
import { useTestServer } from './support/suite';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';
import { TABLET_OPTIONS, stepLogger } from './support/tablets';

const CONTROL_MARKER = 'e2e-control-marker-7f3a91';
const CONTROL_EMAIL = 'controle.formulaire@example.org';
const CONTROL_FORM = `<!doctype html><html lang="fr"><head><title>Contrôle</title></head><body>
<form id="control" method="post" action="/control-login/done">
<label>Adresse <input type="email" name="email" autocomplete="off"></label>
<label>Mot de passe <input type="password" name="password" autocomplete="off"></label>
<button type="submit">Entrer</button></form></body></html>`;

const suite = useTestServer();
const profiles: string[] = [];
let context: BrowserContext | undefined;
const step = stepLogger();
const firstPage = async (opened: BrowserContext): Promise<Page> => opened.pages()[0] ?? (await opened.newPage());
const newProfile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vdc-e2e-pwm-'));
  profiles.push(dir);
  return dir;
};
const filesHolding = (dir: string, label: string, text: string) =>
  scanDirectory(dir, needlesFor(label, [text])).hits.map((hit) => `${hit.file} (${hit.encoding})`);


afterAll(async () => {
  await context?.close();
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

describe('the browser’s password manager on a shared tablet', () => {
  it('control: a plain HTML login form does leave its address in the profile', async () => {
    const dir = newProfile();
    context = await launchPersistentChromium(dir, TABLET_OPTIONS);
    const page = await firstPage(context);
    await page.route(`${suite.server.url}/control-login**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: route.request().method() === 'POST' ? '<!doctype html><title>ok</title><p>ok</p>' : CONTROL_FORM }),
    );
    await page.goto(`${suite.server.url}/control-login`);
    await page.getByLabel('Adresse').fill(CONTROL_EMAIL);
    await page.getByLabel('Mot de passe').fill('un-mot-de-passe-de-controle');
    await Promise.all([page.waitForURL(`${suite.server.url}/control-login/done`), page.getByRole('button', { name: 'Entrer' }).click()]);
    await page.getByText('ok').waitFor();
    await context.close();
    context = undefined;
    expect(filesHolding(dir, 'control email', CONTROL_EMAIL).some((hit) => hit.startsWith('Default/Login Data')), 'Chromium records a plain form login').toBe(true);
  });

  it('keeps no adviser’s address anywhere in the profile after a login', async () => {
    const dir = newProfile();
    step('she logs in and the app moves on to its home screen');
    context = await launchPersistentChromium(dir, TABLET_OPTIONS);
    const page = await firstPage(context);
    await new LoginPage(page).open(suite.server.url);
    await new LoginPage(page).logIn(DEMO_ADVISER.email, DEMO_ADVISER.password);
    await new AppShell(page).waitForHome();
    await new AppShell(page).waitForSynced();
    await new AppShell(page).goToCandidates();
    await page.evaluate((marker) => localStorage.setItem('e2e-control', marker), CONTROL_MARKER);
    await context.close();
    context = undefined;

    step('every file of the closed profile is searched');
    expect(filesHolding(dir, 'control', CONTROL_MARKER).length, 'the scan finds a marker written on purpose').toBeGreaterThan(0);
    expect(filesHolding(dir, 'email', DEMO_ADVISER.email), 'the adviser’s address in the profile').toEqual([]);
  });
});
