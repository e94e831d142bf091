// What the browser specs share to set up: progress lines, and tablets (browser contexts) with the
// viewport, locale and time zone of an adviser's tablet, each with its own storage (clientId).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AppShell } from '../pages/app-shell';

/** A landscape tablet, in Brussels, in French. */
export const TABLET_OPTIONS = { viewport: { width: 1180, height: 820 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' } as const;

/** Progress lines, so a timeout says where it stopped: `[e2e 12.3 s] login`. */
export function stepLogger(prefix = 'e2e'): (name: string) => void {
  const started = Date.now();
  return (name) => console.log(`[${prefix} ${((Date.now() - started) / 1000).toFixed(1)} s] ${name}`);
}

export interface Tablet {
  name: string;
  context: BrowserContext;
  page: Page;
  shell: AppShell;
}

/** Opens tablets in the spec's browser (asked for when opening: it is launched in beforeAll) and closes them all. */
export function tabletRack(browser: () => Browser): { open(name: string): Promise<Tablet>; closeAll(): Promise<void> } {
  const opened: Tablet[] = [];
  return {
    async open(name) {
      const context = await browser().newContext(TABLET_OPTIONS);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') console.log(`[${name} ${message.type()}] ${message.text()}`);
      });
      const tablet = { name, context, page, shell: new AppShell(page) };
      opened.push(tablet);
      return tablet;
    },
    async closeAll() {
      for (const tablet of opened.splice(0)) await tablet.context.close().catch(() => undefined);
    },
  };
}
