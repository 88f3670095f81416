// Playwright fixtures: one replica server per worker, a fresh Chromium profile with the built
// extension per test, and the real hostnames routed to the replicas.
import { test as base, expect, type BrowserContext, type Worker, type Page } from '@playwright/test';
import { startSites } from '../sites/server.mjs';
import { launchBrowser, routeReplicas, extensionWorker, extensionIdOf } from '../../scripts/lib/browser.mjs';

export type Sites = Awaited<ReturnType<typeof startSites>>;

export const URLS = {
  motcua: 'https://motcua.tphcm.gov.vn',
  hkd: 'https://hokinhdoanh.dkkd.gov.vn/HkdOnline',
} as const;

type TestFixtures = { context: BrowserContext; worker: Worker; extensionId: string; page: Page };
type WorkerFixtures = { sites: Sites };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  sites: [
    async ({}, use) => {
      const sites = await startSites({ motcua: { delayMs: 150 } });
      await use(sites);
      await sites.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ sites }, use) => {
    const context = await launchBrowser();
    await routeReplicas(context, sites.urls);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => use(await extensionWorker(context)),
  extensionId: async ({ worker }, use) => use(extensionIdOf(worker)),
  page: async ({ context }, use) => use(context.pages()[0] ?? (await context.newPage())),
});

export { expect };

/** The extension's in-page element and its open shadow root's content. */
export function assist(page: Page) {
  return page.locator('motcua-assist');
}
