// Before a test takes a tablet offline: the service worker must have precached every chunk and
// control the page, or a screen not visited yet cannot load without network.
import type { Page } from 'playwright-core';
import { signInAgain } from '../pages/login-page';

export async function untilServiceWorkerControls(page: Page): Promise<void> {
  const controls = () =>
    page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    });
  if (await controls()) return;
  // The first visit installs the worker; it controls the page from the next load, which drops
  // the in-memory key: the adviser signs in again.
  await page.reload();
  await signInAgain(page);
  if (!(await controls())) throw new Error('the service worker does not control the page');
}
