// The set-up both import browser tests share (import.spec.ts, import-files.spec.ts): the test
// server, Chromium at a 1180 px tablet's size in French, the coordinator who imports, and the
// server's records read back page by page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { API_PATHS, pullResponseSchema, type WireRecord } from '../../../src/domain/wire';
import { launchChromium } from './browser';
import { startTestServer, type TestServer } from './server';

export const IMPORT_COORDINATOR = { email: 'coordination@demo.vdc.brussels', password: 'demo-vdc-2026' };

export interface ImportSession {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openImportSession(options: { acceptDownloads?: boolean } = {}): Promise<ImportSession> {
  const server = await startTestServer();
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels', acceptDownloads: options.acceptDownloads ?? false });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') console.log(`[browser error] ${message.text()}`);
  });
  return {
    server,
    browser,
    context,
    page,
    async close() {
      await browser.close();
      await server.dispose();
    },
  };
}

/** Every record the token may pull from the server, all pages. */
export async function allServerRecords(serverUrl: string, token: string): Promise<WireRecord[]> {
  const records: WireRecord[] = [];
  let cursor = 0;
  for (;;) {
    const response = await fetch(`${serverUrl}${API_PATHS.pull}?cursor=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
    const pulled = pullResponseSchema.parse(await response.json());
    records.push(...pulled.changes);
    if (!pulled.hasMore) return records;
    cursor = pulled.cursor;
  }
}
