// Debian's Chromium through playwright-core (no browser download on these machines).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every e2e browser runs with (containers: no sandbox, no GPU, no background traffic). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function checkedChromiumPath(): string {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: run node scripts/ensure-chromium.mjs`);
  return CHROMIUM_PATH;
}

/**
 * Chromium's fake microphone (a beep) and camera (a moving test pattern), granted without a
 * prompt: for the specs that record a voice or take a photo, not the default of every spec.
 */
export const FAKE_MEDIA_ARGS: readonly string[] = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

export interface LaunchOptions {
  /** Give the pages the fake microphone and camera (FAKE_MEDIA_ARGS). */
  fakeMedia?: boolean;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const args = [...CHROMIUM_ARGS, ...(options.fakeMedia ? FAKE_MEDIA_ARGS : [])];
  return chromium.launch({ executablePath: checkedChromiumPath(), headless: true, args });
}

/**
 * A browser whose profile lives in `userDataDir` (profile `Default`), so a test can read what it
 * wrote to disk once the context is closed (closing flushes and releases the profile).
 */
export async function launchPersistentChromium(userDataDir: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    ...options,
    executablePath: checkedChromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}
