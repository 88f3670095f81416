// Small actions a person does on the host systems, shared by the end-to-end specs.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { URLS, type Sites } from './fixtures';

export const PASSWORD = '123456';

/** The extension API inside worker.evaluate() (runs in the service worker, not in Node). */
declare const chrome: any;

/** Sign in on the processing system (replica A) and land on `path` (default: the list). */
export async function signInMotcua(page: Page, username: string, path = '/vi/dossier/processing') {
  await page.goto(`${URLS.motcua}/vi/login?returnUrl=${encodeURIComponent(path)}`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', PASSWORD);
  await page.click('button.login-button');
  await page.waitForURL((url) => url.pathname === path.split('?')[0]);
}

/** Sign in on HkdOnline (replica B). */
export async function signInHkd(page: Page, username = 'hkd01') {
  await page.goto(`${URLS.hkd}/`);
  await page.fill('input[name="ctl00$C$txtUserName"]', username);
  await page.fill('input[name="ctl00$C$txtPassword"]', PASSWORD);
  await Promise.all([page.waitForLoadState('load'), page.click('[name="ctl00$C$btnLogin"]')]);
}

/** Text inside the extension's shadow root (Playwright pierces open shadow roots). */
export function inAssist(page: Page, selector: string) {
  return page.locator(`motcua-assist ${selector}`);
}

/** Officer options as the options page would save them (storage.local "options"). */
export async function setOptions(worker: Worker, options: Record<string, unknown>) {
  await worker.evaluate(async (opts) => {
    await chrome.storage.local.set({ options: opts });
  }, options);
  // The background re-merges on storage change; wait until the effective config shows it.
  await worker.evaluate(async (keys) => {
    for (let i = 0; i < 300; i++) {
      const cache = (await chrome.storage.local.get('effectiveConfig')).effectiveConfig as { sources?: Record<string, string> } | undefined;
      if (keys.every((k) => cache?.sources?.[k] === 'officer')) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('options not applied');
  }, Object.keys(options));
}

/** The seed's unit and field assignments, as IT would configure them. */
export function seedOptions(sites: Sites) {
  return { unit: sites.seed.unit, fieldAssignments: sites.seed.fieldAssignments };
}

/**
 * A worker stop that can be fired at an exact moment, the way Chromium stops an idle worker: the
 * DevTools session on an extension page is opened beforehand, so `stop()` costs one protocol round
 * trip; `running()` resolves when something woke the worker again.
 */
export async function armWorkerStop(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const cdp = await context.newCDPSession(page);
  let status = { id: '', state: '' };
  const waiters: Array<() => void> = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const v = versions.find((x) => x.scriptURL === `chrome-extension://${extensionId}/background.js`);
    if (v) status = { id: v.versionId, state: v.runningStatus };
    waiters.splice(0).forEach((w) => w());
  });
  const until = async (state: string) => {
    while (status.state !== state) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  await cdp.send('ServiceWorker.enable');
  await until('running');
  return {
    page,
    running: () => until('running'),
    stop: async () => {
      await until('running'); // a new version id once it was woken again
      await cdp.send('ServiceWorker.stopWorker', { versionId: status.id });
      await until('stopped');
    },
  };
}

/** Stop the extension's service worker now; resolves when it is stopped. */
export async function stopExtensionWorker(context: BrowserContext, extensionId: string) {
  const armed = await armWorkerStop(context, extensionId);
  await armed.stop();
  return { running: armed.running, close: () => armed.page.close() };
}
