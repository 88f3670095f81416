// Systems configured by policy (`systems[]`): which hosts get which content script, and the site
// profile overrides IT sends. The manifest only carries the two default hosts (least privilege);
// other hosts get their content script registered at run time, once the officer granted the
// optional host permission (options page). Pure helpers first, browser edges at the bottom.
import { browser } from 'wxt/browser';
import type { Config, ConfigProblem, MergedConfig } from '@/utils/config';
import { mergeProfile, type SiteProfile } from '@/utils/sites/profile-schema';
import { MOTCUA_PROFILE } from '@/utils/sites/motcua/profile';
import { HKDONLINE_PROFILE } from '@/utils/sites/hkdonline/profile';

type System = Config['systems'][number];
type Kind = System['kind'];

/** The content script file WXT builds for each kind of system, and when it must run. */
export const CONTENT_SCRIPTS: Readonly<Record<Kind, { js: string; runAt: 'document_start' | 'document_idle' }>> = {
  processing: { js: 'content-scripts/motcua.js', runAt: 'document_start' },
  'household-business': { js: 'content-scripts/hkdonline.js', runAt: 'document_idle' },
};

/** Hosts the manifest already covers with static content scripts (wxt.config.ts, entrypoints). */
export const STATIC_MATCHES: ReadonlySet<string> = new Set(['https://motcua.tphcm.gov.vn/*', 'https://hokinhdoanh.dkkd.gov.vn/HkdOnline/*']);

const BUILT_IN_PROFILES: Readonly<Record<Kind, SiteProfile>> = { processing: MOTCUA_PROFILE, 'household-business': HKDONLINE_PROFILE };

/** Registered script ids carry this prefix so a sync never touches scripts of other features. */
export const SCRIPT_ID_PREFIX = 'policy-system-';

/** https only, one concrete host (or *.domain): a policy may never widen access to every site. */
const MATCH_PATTERN = /^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?\/.*$/i;

export function isAllowedMatch(pattern: string): boolean {
  return MATCH_PATTERN.test(pattern);
}

/** The origin pattern to ask permission for: "https://host/*" (permissions work per origin). */
export function originOf(pattern: string): string {
  const m = /^(https:\/\/[^/]+)\//.exec(pattern);
  return m ? `${m[1]}/*` : pattern;
}

/** Problems of `systems` beyond its zod schema: unusable match patterns and invalid profiles. */
export function systemProblems(merged: Pick<MergedConfig, 'config' | 'sources'>): ConfigProblem[] {
  const from = merged.sources.systems === 'officer' ? 'officer' : 'policy';
  const problems: ConfigProblem[] = [];
  merged.config.systems.forEach((system, i) => {
    for (const pattern of system.matches) {
      if (!isAllowedMatch(pattern)) {
        problems.push({ key: 'systems', from, message: `systems[${i}].matches: ${pattern}: chỉ nhận https://tên-miền/đường-dẫn / only https://host/path`, usingInstead: 'bỏ qua mẫu này / pattern ignored' });
      }
    }
    const { errors } = mergeProfile(BUILT_IN_PROFILES[system.kind], system.profile);
    for (const error of errors) {
      problems.push({ key: 'systems', from, message: `systems[${i}].profile: ${error}`, usingInstead: 'hồ sơ trang dựng sẵn / built-in site profile' });
    }
  });
  return problems;
}

/** The effective site profile of a system: the built-in one with the policy override applied. */
export function effectiveProfile(system: System): SiteProfile {
  return mergeProfile(BUILT_IN_PROFILES[system.kind], system.profile).profile;
}

/** The configured system a URL belongs to (first match wins), for the content scripts. */
export function systemForUrl(config: Config, url: string): System | undefined {
  return config.systems.find((s) => s.matches.some((m) => isAllowedMatch(m) && matchPattern(m, url)));
}

export function matchPattern(pattern: string, url: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(url) || new RegExp(`^${escaped}$`).test(`${url}/`);
}

export interface ScriptPlan {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_start' | 'document_idle';
}

/** Scripts to register: every usable pattern not already static, limited to granted origins. */
export function planScripts(config: Config, granted: (origin: string) => boolean): ScriptPlan[] {
  const plans: ScriptPlan[] = [];
  for (const system of config.systems) {
    const matches = system.matches.filter((m) => isAllowedMatch(m) && !STATIC_MATCHES.has(m) && granted(originOf(m)));
    if (!matches.length) continue;
    const script = CONTENT_SCRIPTS[system.kind];
    plans.push({ id: `${SCRIPT_ID_PREFIX}${system.id}`, matches, js: [script.js], runAt: script.runAt });
  }
  return plans;
}

/** Origins configured systems need that the officer has not granted yet (options page). */
export function neededOrigins(config: Config): string[] {
  const origins = config.systems.flatMap((s) => s.matches.filter((m) => isAllowedMatch(m) && !STATIC_MATCHES.has(m)).map(originOf));
  return [...new Set(origins)];
}

// ---- browser edges ----

async function grantedSet(origins: string[]): Promise<Set<string>> {
  const granted = new Set<string>();
  for (const origin of origins) {
    if (await browser.permissions.contains({ origins: [origin] })) granted.add(origin);
  }
  return granted;
}

/** Make the registered content scripts exactly what the configuration and the grants call for. */
async function syncNow(config: Config): Promise<ScriptPlan[]> {
  const granted = await grantedSet(neededOrigins(config));
  const plans = planScripts(config, (o) => granted.has(o));
  const existing = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(SCRIPT_ID_PREFIX));
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (plans.length) {
    await browser.scripting.registerContentScripts(plans.map((p) => ({ ...p, persistAcrossSessions: true, allFrames: false })));
  }
  return plans;
}

let queue: Promise<unknown> = Promise.resolve();

/** Serialised: two overlapping syncs would try to register the same script id twice. */
export function syncContentScripts(config: Config): Promise<ScriptPlan[]> {
  const run = queue.then(() => syncNow(config));
  queue = run.catch((err: unknown) => console.warn('[motcua-assist] content script sync failed:', err instanceof Error ? err.message : err));
  return run;
}
