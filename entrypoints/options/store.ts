// What the options page reads and writes: the effective configuration the background caches
// (storage.local `effectiveConfig`), the officer's own values (`options`), the catalog status and
// an imported catalog file. The background re-merges on every change; this page only follows.
import { browser } from 'wxt/browser';
import type { MergedConfig } from '@/utils/config';
import { IMPORTED_KEY, STATUS_KEY, type CatalogStatus, type ImportedCatalog } from '@/utils/service/catalog-service';
import { STATIC_MATCHES, isAllowedMatch, originOf } from '@/utils/service/policy-systems';
import type { HostView } from '@/components/options-hosts';

export const OPTIONS_KEY = 'options';
export const CACHE_KEY = 'effectiveConfig';

export interface PageData {
  merged?: MergedConfig;
  officer: Record<string, unknown>;
  catalog?: CatalogStatus;
  importedName?: string;
}

export async function readPageData(): Promise<PageData> {
  const got = await browser.storage.local.get([CACHE_KEY, OPTIONS_KEY, STATUS_KEY, IMPORTED_KEY]);
  const imported = got[IMPORTED_KEY] as ImportedCatalog | undefined;
  return {
    merged: got[CACHE_KEY] as MergedConfig | undefined,
    officer: (got[OPTIONS_KEY] as Record<string, unknown> | undefined) ?? {},
    catalog: got[STATUS_KEY] as CatalogStatus | undefined,
    importedName: imported?.fileName,
  };
}

export function watchPageData(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function saveOfficerOptions(options: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set({ [OPTIONS_KEY]: options });
}

export async function saveImportedCatalog(value: ImportedCatalog | undefined): Promise<void> {
  if (value) await browser.storage.local.set({ [IMPORTED_KEY]: value });
  else await browser.storage.local.remove(IMPORTED_KEY);
}

/** Hosts of configured systems beyond the manifest's two, with whether access is granted. */
export async function readHosts(merged: MergedConfig | undefined): Promise<HostView[]> {
  const byOrigin = new Map<string, string[]>();
  for (const system of merged?.config.systems ?? []) {
    for (const m of system.matches) {
      if (!isAllowedMatch(m) || STATIC_MATCHES.has(m)) continue;
      const origin = originOf(m);
      byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), system.id]);
    }
  }
  const hosts: HostView[] = [];
  for (const [origin, systems] of byOrigin) {
    hosts.push({ origin, systems: [...new Set(systems)], granted: await browser.permissions.contains({ origins: [origin] }) });
  }
  return hosts;
}

/** Must run inside the click handler: Chrome only shows the prompt for a user gesture. */
export function requestHost(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [origin] });
}
