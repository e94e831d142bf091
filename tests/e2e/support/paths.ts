import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../../..', import.meta.url).pathname;
export const RESULTS_DIR = join(ROOT, 'test-results');

/** test-results/<name>.png (gitignored), for the lead to look at. */
export function screenshotPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, `${name}.png`);
}
