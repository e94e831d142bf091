#!/usr/bin/env node
// Takes the manifest's screenshots (install dialog) from the running app with its fictional demo
// data: the candidate list on a landscape tablet (wide) and the home screen on a phone (narrow).
// Committed in public/icons/; run again after a visible change of those screens.
//   npm start            (or any server with the demo data)
//   node scripts/pwa/screenshots.mjs [http://localhost:8080]
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('../..', import.meta.url).pathname;
const baseUrl = process.argv[2] ?? 'http://localhost:8080';
const DEMO = { email: 'conseillere@demo.vdc.brussels', password: 'demo-vdc-2026' };

async function signedInPage(browser, viewport) {
  const context = await browser.newContext({ viewport, locale: 'fr-BE', timezoneId: 'Europe/Brussels', deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Adresse e-mail').fill(DEMO.email);
  await page.getByLabel('Mot de passe').fill(DEMO.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: /^Bonjour/ }).waitFor({ timeout: 120_000 });
  await page.getByText(/Synchronisé à \d\d:\d\d/).first().waitFor({ timeout: 120_000 });
  return page;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const wide = await signedInPage(browser, { width: 1280, height: 800 });
  await wide.goto(`${baseUrl}/candidats`);
  await wide.getByRole('heading', { name: 'Candidats', level: 1 }).waitFor();
  await wide.screenshot({ path: join(root, 'public/icons/screenshot-wide.png') });
  console.log('public/icons/screenshot-wide.png');

  const narrow = await signedInPage(browser, { width: 540, height: 960 });
  await narrow.screenshot({ path: join(root, 'public/icons/screenshot-narrow.png') });
  console.log('public/icons/screenshot-narrow.png');
} finally {
  await browser.close();
}
