#!/usr/bin/env node
// Draws the app icon as SVG and renders every PNG size the manifest and index.html name, with
// Debian's headless Chromium (no network, no image package). The PNGs are committed in
// public/icons/, so building the app needs neither this script nor Chromium.
//   node scripts/pwa/icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('../..', import.meta.url).pathname;
const outDir = join(root, 'public/icons');
const BRAND = '#1d4f91';

/** The mark: a white "V" ticked like a validated step, on the brand blue. Paths only (no font). */
function markPaths() {
  return `
    <path d="M150 150h70l36 110 36-110h70L300 350h-88z" fill="#fff"/>
    <path d="M232 392l42 42 92-92" fill="none" stroke="#ffbf47" stroke-width="30" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/** `any` icons: a rounded square; maskable icons: full bleed, the mark inside the 80 % safe circle. */
function iconSvg({ maskable }) {
  const background = maskable
    ? `<rect width="512" height="512" fill="${BRAND}"/>`
    : `<rect x="16" y="16" width="480" height="480" rx="96" fill="${BRAND}"/>`;
  // The maskable safe zone is a circle of radius 205 around the centre: shrink the mark into it.
  const mark = maskable ? `<g transform="translate(256 256) scale(0.72) translate(-256 -290)">${markPaths()}</g>` : `<g transform="translate(0 -34)">${markPaths()}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${background}${mark}</svg>`;
}

export const ICONS = [
  ...[48, 72, 96, 128, 144, 192, 256, 384, 512].map((size) => ({ file: `icon-${size}.png`, size, maskable: false })),
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
  { file: 'icon-maskable-192.png', size: 192, maskable: true },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

async function main() {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'icon.svg'), iconSvg({ maskable: false }));
  writeFileSync(join(outDir, 'icon-maskable.svg'), iconSvg({ maskable: true }));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    for (const icon of ICONS) {
      await page.setViewportSize({ width: icon.size, height: icon.size });
      const svg = iconSvg({ maskable: icon.maskable }).replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
      await page.screenshot({ path: join(outDir, icon.file), omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
      console.log(`public/icons/${icon.file}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
