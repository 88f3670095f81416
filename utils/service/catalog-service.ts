// The procedure catalog in the background. In order of preference: the catalog downloaded from
// `catalogUrl` (validated as a whole, cached, refreshed daily with conditional requests), the file
// an officer imported on the options page, the bundled catalog. A failed or invalid download keeps
// the previous catalog and records why (storage.local `catalogStatus`, shown by the options page).
import { browser } from 'wxt/browser';
import { bundledCatalog, BUNDLED_CATALOG_VERSION, createCatalogIndex, importCatalogJson, formatImportError, type Catalog, type CatalogIndex } from '@/utils/catalog';
import type { Config, MergedConfig } from '@/utils/config';

export const DOWNLOADED_KEY = 'catalogDownloaded';
export const IMPORTED_KEY = 'catalogImported';
export const STATUS_KEY = 'catalogStatus';
export const REFRESH_ALARM = 'catalog-refresh';
const DAY_MINUTES = 24 * 60;

export interface DownloadedCatalog { url: string; catalog: Catalog; etag?: string; lastModified?: string; fetchedAt: number }
export interface ImportedCatalog { catalog: Catalog; fileName: string; importedAt: number }
export interface CatalogStatus {
  source: 'bundled' | 'imported' | 'downloaded';
  version: string;
  procedures: number;
  url?: string;
  fetchedAt?: number;
  checkedAt?: number;
  lastError?: { at: number; message: string };
}

let index: CatalogIndex | undefined;

export function catalogIndex(): CatalogIndex {
  index ??= createCatalogIndex(bundledCatalog());
  return index;
}

/** Replace the catalog in use (an imported or downloaded one that validated as a whole). */
export function useCatalogIndex(next: CatalogIndex): void {
  index = next;
}

type Stored = { downloaded?: DownloadedCatalog; imported?: ImportedCatalog; status?: CatalogStatus };

async function readStored(): Promise<Stored> {
  const got = await browser.storage.local.get([DOWNLOADED_KEY, IMPORTED_KEY, STATUS_KEY]);
  return { downloaded: got[DOWNLOADED_KEY] as DownloadedCatalog | undefined, imported: got[IMPORTED_KEY] as ImportedCatalog | undefined, status: got[STATUS_KEY] as CatalogStatus | undefined };
}

/** Which catalog to use, given what is stored and the configured URL (pure). */
export function chooseCatalog(stored: Stored, catalogUrl: string | undefined): { catalog: Catalog; status: CatalogStatus } {
  const keep = { lastError: stored.status?.lastError, checkedAt: stored.status?.checkedAt };
  const d = stored.downloaded;
  if (catalogUrl && d && d.url === catalogUrl) {
    return { catalog: d.catalog, status: { source: 'downloaded', version: d.catalog.version, procedures: d.catalog.procedures.length, url: d.url, fetchedAt: d.fetchedAt, ...keep } };
  }
  const base = catalogUrl ? { url: catalogUrl, ...keep } : {};
  if (stored.imported) {
    const c = stored.imported.catalog;
    return { catalog: c, status: { source: 'imported', version: c.version, procedures: c.procedures.length, fetchedAt: stored.imported.importedAt, ...base } };
  }
  const c = bundledCatalog();
  return { catalog: c, status: { source: 'bundled', version: BUNDLED_CATALOG_VERSION, procedures: c.procedures.length, ...base } };
}

/** Load the preferred stored catalog into memory and publish its status. */
export async function loadCatalog(config: Pick<Config, 'catalogUrl'>): Promise<CatalogStatus> {
  const { catalog, status } = chooseCatalog(await readStored(), config.catalogUrl);
  useCatalogIndex(createCatalogIndex(catalog));
  await browser.storage.local.set({ [STATUS_KEY]: status });
  return status;
}

export type DownloadOutcome =
  | { kind: 'updated'; downloaded: DownloadedCatalog }
  | { kind: 'not-modified' }
  | { kind: 'failed'; message: string };

/** One conditional GET of the catalog, validated as a whole. Pure apart from `fetchImpl`. */
export async function downloadCatalog(url: string, previous: DownloadedCatalog | undefined, fetchImpl: typeof fetch, now: number): Promise<DownloadOutcome> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const same = previous?.url === url ? previous : undefined;
  if (same?.etag) headers['if-none-match'] = same.etag;
  if (same?.lastModified) headers['if-modified-since'] = same.lastModified;
  let response: Response;
  try {
    response = await fetchImpl(url, { headers, cache: 'no-store', credentials: 'omit', redirect: 'follow' });
  } catch (err) {
    return { kind: 'failed', message: `không tải được / download failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (response.status === 304 && same) return { kind: 'not-modified' };
  if (!response.ok) return { kind: 'failed', message: `HTTP ${response.status}` };
  const result = importCatalogJson(await response.text());
  if (!result.ok) {
    const shown = result.errors.slice(0, 5).map(formatImportError).join('; ');
    const more = result.errors.length > 5 ? ` (+${result.errors.length - 5})` : '';
    return { kind: 'failed', message: `danh mục không hợp lệ / invalid catalog: ${shown}${more}` };
  }
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  return { kind: 'updated', downloaded: { url, catalog: result.catalog, etag, lastModified, fetchedAt: now } };
}

/** Refresh from `catalogUrl` (if any), store the outcome, and load the catalog to use. */
export async function refreshCatalog(config: Pick<Config, 'catalogUrl'>, fetchImpl: typeof fetch = fetch, now = Date.now()): Promise<CatalogStatus> {
  const url = config.catalogUrl;
  if (!url) {
    await browser.storage.local.remove([DOWNLOADED_KEY, STATUS_KEY]);
    return loadCatalog(config);
  }
  const stored = await readStored();
  const outcome = await downloadCatalog(url, stored.downloaded, fetchImpl, now);
  const status = { ...stored.status, checkedAt: now } as CatalogStatus;
  if (outcome.kind === 'updated') {
    delete status.lastError;
    await browser.storage.local.set({ [DOWNLOADED_KEY]: outcome.downloaded, [STATUS_KEY]: status });
  } else if (outcome.kind === 'failed') {
    status.lastError = { at: now, message: outcome.message };
    await browser.storage.local.set({ [STATUS_KEY]: status });
  } else {
    delete status.lastError;
    await browser.storage.local.set({ [STATUS_KEY]: status });
  }
  return loadCatalog(config);
}

/** A download is due when the URL changed or the last check is a day old (the worker restarts often). */
export function isRefreshDue(status: CatalogStatus | undefined, catalogUrl: string | undefined, now: number): boolean {
  if (!catalogUrl) return status?.source === 'downloaded' || status?.url !== undefined;
  if (status?.url !== catalogUrl || status.checkedAt === undefined) return true;
  return now - status.checkedAt >= DAY_MINUTES * 60_000;
}

/** Start-up: cached catalog at once, then a refresh if due; daily alarm; re-run when the URL or an import changes. */
export function startCatalogService(current: () => Promise<Config>, onChange: (fn: (m: MergedConfig) => void) => void): void {
  let lastUrl: string | undefined;
  const refresh = async (config?: Config) => {
    const c = config ?? (await current());
    lastUrl = c.catalogUrl;
    await refreshCatalog(c);
  };
  const start = async () => {
    const config = await current();
    lastUrl = config.catalogUrl;
    const status = await loadCatalog(config);
    if (isRefreshDue(status, config.catalogUrl, Date.now())) await refresh(config);
  };
  start().catch((err: unknown) => console.warn('[motcua-assist] catalog:', err instanceof Error ? err.message : err));
  void browser.alarms.get(REFRESH_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(REFRESH_ALARM, { periodInMinutes: DAY_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refresh();
  });
  onChange((merged) => {
    if (merged.config.catalogUrl !== lastUrl) void refresh(merged.config);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && IMPORTED_KEY in changes) void current().then(loadCatalog);
  });
}
