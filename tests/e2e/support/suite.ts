// The set-up every browser spec repeats, once: the test server, Chromium, tablets (browser contexts
// with an adviser's tablet options) and their closing, registered as the spec file's own hooks.
// See docs/testing.md, "The browser suite helper".
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { LoginPage } from '../pages/login-page';
import { launchChromium, type LaunchOptions } from './browser';
import { startTestServer, type TestServer } from './server';
import { tabletRack, type ConsoleKind, type Tablet, type TabletOptions } from './tablets';

export interface ServerSuiteOptions {
  /** Serve this folder instead of the build, asked for in beforeAll (update.spec.ts deploys into it). */
  staticDir?: () => string;
}

export interface ServerSuite {
  /** The spec's server, started in beforeAll, stopped and removed in afterAll. */
  readonly server: TestServer;
}

export interface BrowserSuiteOptions extends ServerSuiteOptions, LaunchOptions {
  /** Which of a page's console messages are printed (default: errors). */
  console?: readonly ConsoleKind[];
}

export interface BrowserSuite extends ServerSuite {
  /** The spec's Chromium, launched in beforeAll, closed in afterAll. */
  readonly browser: Browser;
  /** A new tablet (TABLET_OPTIONS, overridden by `options`): its console printed under `name`, closed with the suite. */
  openTablet(name?: string, options?: TabletOptions): Promise<Tablet>;
  /** Closes every tablet opened so far (their storage goes with them). */
  closeTablets(): Promise<void>;
  /** Logs the tablet in online and waits for home and its first sync. */
  logIn(tablet: Tablet, credentials: { email: string; password: string }): Promise<void>;
}

/** Set before the spec's tests run; a spec reading it at collection time gets a clear error. */
function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the suite's ${what} is there once beforeAll has run`);
  return value;
}

/** Only the server, for the specs that launch their own browser on a profile on disk. */
export function useTestServer(options: ServerSuiteOptions = {}): ServerSuite {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(options.staticDir ? { staticDir: options.staticDir() } : {});
  });
  afterAll(async () => {
    await server?.dispose();
  });
  return {
    get server() {
      return ready(server, 'server');
    },
  };
}

/**
 * The server and a browser for a spec file. Hooks registered here run before the spec's own
 * beforeAll, and (Vitest runs after-hooks as a stack) after its own afterAll.
 */
export function useBrowserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  const serverSuite = useTestServer(options);
  let browser: Browser | undefined;
  const tablets = tabletRack(() => ready(browser, 'browser'), options.console);
  beforeAll(async () => {
    browser = await launchChromium(options);
  });
  afterAll(async () => {
    await tablets.closeAll();
    await browser?.close();
  });
  return {
    get server() {
      return serverSuite.server;
    },
    get browser() {
      return ready(browser, 'browser');
    },
    openTablet: (name = 'browser', tabletOptions) => tablets.open(name, tabletOptions),
    closeTablets: () => tablets.closeAll(),
    async logIn(tablet, credentials) {
      const login = new LoginPage(tablet.page);
      await login.open(serverSuite.server.url);
      await login.logIn(credentials.email, credentials.password);
      await tablet.shell.waitForHome();
      await tablet.shell.waitForSynced(120_000);
    },
  };
}
