// Shared steps of the check, guard, list, storage and popup specs: open a seed dossier and wait
// for its verdict, read what <motcua-assist> shows, and look at the replica's action log.
import type { APIRequestContext, BrowserContext, Page, Worker } from '@playwright/test';
import { expect, URLS, type Sites } from './fixtures';
import { PASSWORD } from './helpers';

/** The extension API inside worker.evaluate() (runs in the service worker, not in Node). */
declare const chrome: any;

/** The account assigned to each seed field (tests/sites/seed/README.md). */
export const ACCOUNT_OF_FIELD: Record<string, string> = {
  'Hộ tịch': 'hotich01',
  'Chứng thực': 'chungthuc01',
  'Thành lập và hoạt động của hộ kinh doanh': 'hkd01',
  'Đất đai': 'dat01',
};

export function scenario(sites: Sites, name: string): string[] {
  const ids = (sites.seed.scenarios as Record<string, string[]>)[name];
  if (!ids?.length) throw new Error(`seed has no scenario ${name}`);
  return ids;
}

export function dossierById(sites: Sites, id: string) {
  const d = sites.seed.dossiers.find((x: { id: string }) => x.id === id);
  if (!d) throw new Error(`seed has no dossier ${id}`);
  return d;
}

/** The account that is assigned to the dossier's field. */
export function accountFor(sites: Sites, id: string): string {
  const field = dossierById(sites, id).procedure.sector.name;
  const account = ACCOUNT_OF_FIELD[field];
  if (!account) throw new Error(`no seed account is assigned to ${field}`);
  return account;
}

export const detailPath = (id: string) => `/vi/dossier/search/${id}`;

const verdict = (page: Page) => page.locator('motcua-assist [data-testid="check-status"]:not([data-state="checking"])');

/** Open a dossier by URL (full load; the session stays) and wait for the check to finish. */
export async function openDossier(page: Page, id: string): Promise<string> {
  await page.goto(`${URLS.motcua}${detailPath(id)}`);
  await expect(page.locator(`app-dossier-detail[data-dossier-id="${id}"]`)).toBeVisible();
  return waitVerdict(page);
}

/** Wait until the check is no longer "checking"; returns the data-state. */
export async function waitVerdict(page: Page): Promise<string> {
  await expect(verdict(page)).toHaveCount(1);
  return (await verdict(page).getAttribute('data-state')) ?? '';
}

/** "rule/severity" of every finding in the panel (the guard dialog's copies excluded). */
export async function shownFindings(page: Page): Promise<string[]> {
  return page
    .locator('motcua-assist .finding[data-rule]')
    .evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset.rule}/${(e as HTMLElement).dataset.severity}`));
}

/** A finding element of the panel, as the stable hook describes it. */
export function finding(page: Page, rule: string, severity?: string) {
  const sev = severity ? `[data-severity="${severity}"]` : '';
  return page.locator(`motcua-assist .finding[data-rule="${rule}"]${sev}`);
}

/** Sign in on the replica API directly (for the action log), returning a bearer token. */
export async function apiToken(request: APIRequestContext, sites: Sites, username = 'hotich01'): Promise<string> {
  const res = await request.post(`${sites.urls.api}/auth/login`, { data: { username, password: PASSWORD } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { access_token: string }).access_token;
}

export interface ActionLog {
  count: number;
  actions: Array<{ action: string; ok: boolean; note?: string; fromStatus: number; toStatus: number }>;
}

export async function actionLog(request: APIRequestContext, sites: Sites, token: string, id: string): Promise<ActionLog> {
  const res = await request.get(`${sites.urls.api}/pa/dossier/${id}/actions`, { headers: { Authorization: `Bearer ${token}` } });
  expect(res.ok()).toBe(true);
  return (await res.json()) as ActionLog;
}

/** Put the replica back to its seed (statuses and logs); tests share one server per worker. */
export async function resetReplica(request: APIRequestContext, sites: Sites): Promise<void> {
  expect((await request.post(`${sites.urls.api}/__replica/reset`)).ok()).toBe(true);
}

/** The id of the tab showing `page` (matched by URL from the service worker). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const url = page.url();
  const id = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id, url);
  if (typeof id !== 'number') throw new Error(`no tab shows ${url}`);
  return id;
}

export interface StoredWarning {
  id: string;
  dossierCode: string;
  ruleId: string;
  severity: string;
  status: string;
  override?: { reason: string; account: string };
}

/** Every stored warning, read from the extension's IndexedDB in the service worker. */
export async function storedWarnings(worker: Worker): Promise<StoredWarning[]> {
  return worker.evaluate(
    () =>
      new Promise<StoredWarning[]>((resolve, reject) => {
        const open = indexedDB.open('motcua-assist');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains('warnings')) {
            database.close();
            return resolve([]);
          }
          const all = database.transaction('warnings').objectStore('warnings').getAll();
          all.onsuccess = () => {
            resolve(all.result as StoredWarning[]);
            database.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/**
 * The seed's unit and assignments as officer options, waiting until the background applied them.
 * Like helpers.setOptions, with a budget that allows for the managed-storage read at worker
 * start (about 2 s on a loaded machine) that every configuration refresh waits for.
 */
export async function configure(worker: Worker, sites: Sites, extra: Record<string, unknown> = {}): Promise<void> {
  const options = { unit: sites.seed.unit, fieldAssignments: sites.seed.fieldAssignments, ...extra };
  await worker.evaluate((opts) => chrome.storage.local.set({ options: opts }), options);
  await expect
    .poll(
      () =>
        worker.evaluate(async (keys) => {
          const cache = (await chrome.storage.local.get('effectiveConfig')).effectiveConfig as { sources?: Record<string, string> } | undefined;
          return keys.filter((k) => cache?.sources?.[k] !== 'officer');
        }, Object.keys(options)),
      { timeout: 15_000, message: 'officer options applied (a Chromium policy file may be overriding them)' },
    )
    .toEqual([]);
}

/** The toolbar badge text of a tab. */
export const badgeOf = (worker: Worker, tabId: number) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId) as Promise<string>;

/** The popup for a given tab, opened as a page (popup.html?tab=<id>), once it has loaded. */
export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('[data-testid="popup"]')).toBeVisible();
  await expect(popup.locator('[data-testid="popup-loading"]')).toHaveCount(0);
  return popup;
}
