/**
 * Effective configuration = policy (managed storage) > officer options (storage.local) > defaults,
 * validated key by key: an invalid key keeps its last good value (else the next source) and
 * yields a readable problem, and never drops the other keys. Pure: callers pass the raw objects.
 */
import { CONFIG_KEYS, KEY_SCHEMAS, defaultConfig, type Config, type ConfigKey } from './schema';
import { describeIssue, formatPath } from './problems';

export type ConfigSource = 'policy' | 'officer' | 'default' | 'last-good';

export interface ConfigProblem {
  key: string;
  /** Which source carried the bad value. */
  from: 'policy' | 'officer';
  message: string;
  /** What is used instead, readable. */
  usingInstead: string;
}

export interface MergedConfig {
  config: Config;
  sources: Partial<Record<ConfigKey, ConfigSource>>;
  problems: ConfigProblem[];
  /** Keys the officer may not change (lockSettings + set by policy). */
  locked: ConfigKey[];
}

/** lockSettings is meaningful only from policy: an officer cannot lock (or unlock) themselves. */
const POLICY_ONLY: ReadonlySet<ConfigKey> = new Set(['lockSettings']);

type Raw = Record<string, unknown> | null | undefined;

function describeValue(v: unknown): string {
  if (v === undefined) return 'không đặt / unset';
  const s = JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function validKey(key: ConfigKey, value: unknown): { ok: true; value: unknown } | { ok: false; messages: string[] } {
  const r = KEY_SCHEMAS[key].safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, messages: r.error.issues.map((i) => `${formatPath(key, i.path)}: ${describeIssue(i)}`) };
}

export function mergeConfig(input: { policy?: Raw; options?: Raw; lastGood?: Partial<Config> | null }): MergedConfig {
  const policy = isObject(input.policy) ? input.policy : {};
  const options = isObject(input.options) ? input.options : {};
  const config: Record<string, unknown> = {};
  const sources: MergedConfig['sources'] = {};
  const problems: ConfigProblem[] = [];

  for (const key of CONFIG_KEYS) {
    const bad: Array<{ from: 'policy' | 'officer'; messages: string[] }> = [];
    let chosen: { value: unknown; source: ConfigSource } | undefined;
    const layers: Array<['policy' | 'officer', Record<string, unknown>]> = [['policy', policy]];
    if (!POLICY_ONLY.has(key)) layers.push(['officer', options]);
    for (const [from, layer] of layers) {
      if (layer[key] === undefined) continue;
      const v = validKey(key, layer[key]);
      if (v.ok) { chosen = { value: v.value, source: from }; break; }
      bad.push({ from, messages: v.messages });
      // A broken value from a source keeps that key's last good value rather than falling through.
      const last = input.lastGood?.[key];
      if (last !== undefined && validKey(key, last).ok) { chosen = { value: last, source: 'last-good' }; break; }
    }
    if (POLICY_ONLY.has(key) && options[key] !== undefined && options[key] !== policy[key]) {
      problems.push({ key, from: 'officer', message: `${key}: chỉ đặt được bằng chính sách / can only be set by policy`, usingInstead: 'bỏ qua / ignored' });
    }
    chosen ??= { value: defaultConfig[key], source: 'default' };
    if (chosen.value !== undefined) config[key] = chosen.value;
    if (chosen.value !== undefined || chosen.source !== 'default') sources[key] = chosen.source;
    for (const b of bad) {
      for (const message of b.messages) {
        problems.push({ key, from: b.from, message, usingInstead: `${label(chosen.source)}: ${describeValue(chosen.value)}` });
      }
    }
  }
  for (const [from, layer] of [['policy', policy], ['officer', options]] as const) {
    for (const k of Object.keys(layer)) {
      if (!(CONFIG_KEYS as string[]).includes(k)) problems.push({ key: k, from, message: `${k}: khóa không xác định / unknown key`, usingInstead: 'bỏ qua / ignored' });
    }
  }
  const lock = config.lockSettings === true;
  const locked = lock ? CONFIG_KEYS.filter((k) => sources[k] === 'policy') : [];
  return { config: config as Config, sources, problems, locked };
}

function label(source: ConfigSource): string {
  return {
    policy: 'giá trị chính sách / policy value',
    officer: 'giá trị của cán bộ / officer value',
    default: 'mặc định / default',
    'last-good': 'giá trị hợp lệ gần nhất / last good value',
  }[source];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
