// One way to start Chromium with the built extension and the replicas under the real hostnames.
// Shared by the end-to-end tests, the demo and the benchmarks so all three measure the same thing.
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { findBrowser } from '../find-browser.mjs';
import { HOSTS } from '../../tests/sites/server.mjs';

/** The built extension; MOTCUA_EXTENSION_DIR points at another copy (e.g. a build kept aside). */
export const EXTENSION_DIR = resolve(process.env.MOTCUA_EXTENSION_DIR ?? '.output/chrome-mv3');

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--lang=vi',
];

/** Launch a persistent context (fresh profile when userDataDir is '') with or without the extension. */
export async function launchBrowser({ extension = true, userDataDir = '', headless = true, extensionDir = EXTENSION_DIR } = {}) {
  if (extension && !existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built (${extensionDir}/manifest.json missing): run \`npm run build\`.`);
  }
  const executablePath = await findBrowser();
  const args = extension
    ? [...BASE_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : BASE_ARGS;
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    args,
    locale: 'vi-VN',
    // Chromium on Linux takes its UI language (and so the extension's i18n) from LANGUAGE.
    env: { ...process.env, LANGUAGE: 'vi', LANG: 'vi_VN.UTF-8' },
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 900 },
  });
}

/**
 * Serve the replicas under the real hostnames: every request to them goes to the local servers.
 * Playwright does not route the follow-up request of a redirect it fulfilled, so a document
 * redirect becomes a tiny page that navigates with location.replace() (a fresh, routed request),
 * keeping Set-Cookie; sub-resource redirects are followed locally.
 */
export async function routeReplicas(context, urls) {
  const targets = { [HOSTS.motcua]: urls.motcua, [HOSTS.api]: urls.api, [HOSTS.hkd]: urls.hkd };
  for (const [host, local] of Object.entries(targets)) {
    await context.route(`https://${host}/**`, async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const isDocument = request.resourceType() === 'document';
      try {
        const response = await route.fetch({ url: local + url.pathname + url.search, maxRedirects: isDocument ? 0 : 20 });
        const location = response.headers()['location'];
        if (isDocument && response.status() >= 300 && response.status() < 400 && location) {
          const target = new URL(location, url).href.replace(local, `https://${host}`);
          const headers = { ...response.headers(), 'content-type': 'text/html; charset=utf-8' };
          delete headers['location'];
          delete headers['content-length'];
          const body = `<!doctype html><script>location.replace(${JSON.stringify(target)})</script>`;
          await route.fulfill({ status: 200, headers, body });
          return;
        }
        await route.fulfill({ response });
      } catch (err) {
        // The page or context closed, or the page aborted the request (a fetch cancelled by
        // navigation or an AbortController), while it was in flight; nothing to answer.
        if (/closed|disposed/.test(String(err?.message))) return;
        // The local replica dropped the connection: the browser sees a network failure, as it
        // would from the real system; a route handler must never throw.
        await route.abort('connectionreset').catch(() => undefined);
      }
    });
  }
}

/** The extension's service worker (waits for it on a fresh profile). */
export async function extensionWorker(context) {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

export function extensionIdOf(worker) {
  return new URL(worker.url()).host;
}
