// What the service workers did while a test waited on an update, for the test's failure message:
// a wait that ends without the new version then says whether the new worker was installed, waiting,
// activated or never controlled the page, instead of only "timed out" (docs/testing.md).
import type { Page } from 'playwright-core';

export interface WorkerWatch {
  /** The workers' state changes seen so far, and the page's registration as it is now. */
  describe(): Promise<string>;
}

export async function watchServiceWorkers(page: Page): Promise<WorkerWatch> {
  const changes: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) changes.push(`version ${version.versionId}: ${version.status}, ${version.runningStatus}, ${version.controlledClients?.length ?? 0} controlled`);
  });
  await cdp.send('ServiceWorker.enable');
  await page.evaluate(() => {
    navigator.serviceWorker.addEventListener('controllerchange', () => console.info('[worker-watch] controllerchange'));
  });
  page.on('console', (message) => {
    if (message.text().startsWith('[worker-watch]')) changes.push(message.text());
  });
  return {
    async describe() {
      const now = await page
        .evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          const state = (worker: ServiceWorker | null | undefined) => worker?.state ?? 'none';
          return `page ${location.pathname}; controller ${state(navigator.serviceWorker.controller)}; active ${state(registration?.active)}, waiting ${state(registration?.waiting)}, installing ${state(registration?.installing)}`;
        })
        .catch((error: unknown) => `page not readable: ${String(error)}`);
      return [...changes, now].join('\n');
    },
  };
}
