// Real Chromium enterprise policy for the policy specs: the 3rdparty policy file Chromium reads
// from /etc/chromium/policies/managed (machine-global: only the serial "policy" project uses it,
// and every spec removes it afterwards), a browser launched after the file is written, and waits
// on the effective configuration the background caches.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { launchBrowser, routeReplicas, extensionWorker } from '../../scripts/lib/browser.mjs';
import { HOSTS } from '../sites/server.mjs';
import { expect, type Sites } from './fixtures';

export const EXTENSION_ID = 'egjglbnfmocnkelafdenielcmankokij';
export const POLICY_DIR = '/etc/chromium/policies/managed';
export const POLICY_FILE = join(POLICY_DIR, 'motcua-test.json');
/** Outside the scanned directory, same file system: the rename into place is atomic. */
const TEMP_FILE = '/etc/chromium/policies/.motcua-test.json.tmp';

/** The extension API inside worker.evaluate() (runs in the service worker, not in Node). */
declare const chrome: any;

export function writePolicy(config: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  // Write-then-rename so Chromium's file watcher never reads half a file.
  writeFileSync(TEMP_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: config } } }));
  renameSync(TEMP_FILE, POLICY_FILE);
}

export function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
  rmSync(TEMP_FILE, { force: true });
}

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  page: Page;
}

/** Start Chromium (after the policy file is in place) with the replicas routed. */
export async function launchWithPolicy(sites: Sites, userDataDir = ''): Promise<Launched> {
  const context = await launchBrowser({ userDataDir });
  await routeReplicas(context, sites.urls);
  const worker = await extensionWorker(context);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, worker, page };
}

type Merged = { config: Record<string, any>; sources: Record<string, string>; problems: Array<{ key: string; message: string }>; locked: string[] };

/** Wait until the cached effective configuration satisfies `check` (it is evaluated in Node). */
export async function waitForConfig(worker: Worker, check: (m: Merged) => boolean, timeoutMs = 20_000): Promise<Merged> {
  let last: Merged | undefined;
  await expect
    .poll(
      async () => {
        last = (await worker.evaluate(async () => (await chrome.storage.local.get('effectiveConfig')).effectiveConfig)) as Merged | undefined;
        return !!last && check(last);
      },
      { timeout: timeoutMs, intervals: [250] },
    )
    .toBe(true);
  return last!;
}

/** Serve replica A under another hostname too (a province running the same platform elsewhere). */
export async function routeExtraHost(context: BrowserContext, host: string, local: string): Promise<void> {
  await context.route(`https://${host}/**`, async (route) => {
    const url = new URL(route.request().url());
    try {
      const response = await route.fetch({ url: local + url.pathname + url.search });
      if (!(response.headers()['content-type'] ?? '').includes('text/html')) return await route.fulfill({ response });
      // Off its real hostname the replica points the SPA at its loopback API (plain http, blocked
      // as mixed content here); point it at the real gateway name, which the tests route.
      const body = (await response.text()).replace(/(name="motcua-api-base" content=")[^"]*/, `$1https://${HOSTS.api}`);
      await route.fulfill({ response, body });
    } catch (err) {
      if (!String((err as Error)?.message).includes('closed')) throw err;
    }
  });
}

/**
 * The officer's one-time "Grant access" for an optional host, as Chromium records it in the
 * profile. Headless Chromium cannot show the permission prompt, so the grant is written into the
 * profile's Preferences between two launches — the state a click on the options page leaves.
 */
export function grantHostInProfile(userDataDir: string, origin: string): void {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions.settings[EXTENSION_ID];
  for (const key of ['active_permissions', 'granted_permissions']) {
    settings[key].explicit_host = [...new Set([...(settings[key].explicit_host ?? []), origin])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}
