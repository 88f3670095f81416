// The effective configuration in the background: policy (managed storage) > officer options
// (storage.local) > defaults, validated key by key. Read from the cache first so nothing waits at
// start-up, then from the sources; re-applied when policy or options change.
import { browser } from 'wxt/browser';
import { mergeConfig, defaultConfig, type MergedConfig, type Config } from '@/utils/config';
import { systemProblems, syncContentScripts } from './policy-systems';
import { startCatalogService } from './catalog-service';

const CACHE_KEY = 'effectiveConfig';
const OPTIONS_KEY = 'options';

let current: MergedConfig | undefined;
const listeners = new Set<(merged: MergedConfig) => void>();

async function readPolicy(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get()) as Record<string, unknown>;
  } catch {
    return {}; // no managed storage on this browser or install: nothing set by policy
  }
}

let refreshing: Promise<unknown> = Promise.resolve();

/**
 * Re-read every source and store the result (the cache doubles as "last good"). Refreshes run one
 * after another: two overlapping ones (start-up and an options change) could otherwise finish out
 * of order and leave the older sources' result in memory and in the cache.
 */
export function refreshConfig(): Promise<MergedConfig> {
  const run = refreshing.then(refreshNow, refreshNow);
  refreshing = run.catch(() => undefined);
  return run;
}

async function refreshNow(): Promise<MergedConfig> {
  const [policy, local] = await Promise.all([readPolicy(), browser.storage.local.get([OPTIONS_KEY, CACHE_KEY])]);
  const cached = local[CACHE_KEY] as MergedConfig | undefined;
  const merged = mergeConfig({
    policy,
    options: local[OPTIONS_KEY] as Record<string, unknown> | undefined,
    lastGood: cached?.config ?? null,
  });
  // Profiles and match patterns are validated here too, so the options page lists them with the rest.
  merged.problems.push(...systemProblems(merged));
  current = merged;
  await browser.storage.local.set({ [CACHE_KEY]: merged });
  for (const listener of listeners) listener(merged);
  return merged;
}

/** The effective configuration: memory, else cache, else computed now. */
export async function effectiveConfig(): Promise<Config> {
  if (current) return current.config;
  const cached = (await browser.storage.local.get(CACHE_KEY))[CACHE_KEY] as MergedConfig | undefined;
  if (cached) {
    current = cached;
    void refreshConfig(); // catch up with policy changes made while we slept
    return cached.config;
  }
  return (await refreshConfig()).config ?? defaultConfig;
}

export function onConfigChange(listener: (merged: MergedConfig) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Policy changes arrive as storage.onChanged in area "managed"; officer options in "local". */
export function watchConfigSources(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && OPTIONS_KEY in changes)) void refreshConfig();
  });
}

/**
 * Everything that follows the effective configuration at run time: content scripts for the
 * systems policy adds (re-synced when the configuration or the granted hosts change) and the
 * catalog from `catalogUrl`. Called once by the background, after watchConfigSources().
 */
export function startDeployment(): void {
  const sync = () => void effectiveConfig().then(syncContentScripts).catch(() => undefined);
  onConfigChange((merged) => void syncContentScripts(merged.config).catch(() => undefined));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
  startCatalogService(effectiveConfig, (fn) => void onConfigChange(fn));
}
