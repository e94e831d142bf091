// What the browser specs share to set up: progress lines, and tablets (browser contexts) with the
// viewport, locale and time zone of an adviser's tablet, each with its own storage (clientId).
import type { Browser, BrowserContext, BrowserContextOptions, ConsoleMessage, Page } from 'playwright-core';
import { AppShell } from '../pages/app-shell';

/** A landscape tablet, in Brussels, in French. */
export const TABLET_OPTIONS = { viewport: { width: 1180, height: 820 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' } as const;

/** Progress lines, so a timeout says where it stopped: `[e2e 12.3 s] login`. */
export function stepLogger(prefix = 'e2e'): (name: string) => void {
  const started = Date.now();
  return (name) => console.log(`[${prefix} ${((Date.now() - started) / 1000).toFixed(1)} s] ${name}`);
}

/** A console message's kind, as Playwright names it ('error', 'warning', …). */
export type ConsoleKind = ReturnType<ConsoleMessage['type']>;

/** What a spec may change of a tablet: a portrait screen, downloads accepted. */
export type TabletOptions = BrowserContextOptions;

export interface Tablet {
  name: string;
  context: BrowserContext;
  page: Page;
  shell: AppShell;
}

/** Opens tablets in the spec's browser (asked for when opening: it is launched in beforeAll) and closes them all; suite.ts holds one. */
export function tabletRack(
  browser: () => Browser,
  printed: readonly ConsoleKind[] = ['error'],
): { open(name: string, options?: TabletOptions): Promise<Tablet>; closeAll(): Promise<void> } {
  const opened: Tablet[] = [];
  return {
    async open(name, options = {}) {
      const context = await browser().newContext({ ...TABLET_OPTIONS, ...options });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (printed.includes(message.type())) console.log(`[${name} ${message.type()}] ${message.text()}`);
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
