// Opens an address of the app. A full page load drops the data key, which lives only in the page's
// memory (docs/key-handling.md): once the app is open, addresses are reached the way a link does
// (history.pushState and a popstate the router follows), and only a page not yet on the app loads.
import type { Page } from 'playwright-core';

export async function openInApp(page: Page, baseUrl: string, path: string): Promise<void> {
  const onApp = page.url().startsWith(baseUrl) && (await page.evaluate(() => (document.getElementById('root')?.childElementCount ?? 0) > 0));
  if (!onApp) {
    await page.goto(`${baseUrl}${path}`);
    return;
  }
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
}
