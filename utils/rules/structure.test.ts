// Keeps the registry, the rule files, their tests, the DESIGN vocabulary and both locales in step.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY, RULE_IDS } from '@/utils/config/rule-ids';
import { defaultConfig } from '@/utils/config/schema';
import { RULES, getRule } from './registry';
import { allRuleMessageKeys } from './messages';
import type { Rule } from './define-rule';
import type { RulesConfig } from './rules-config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const locale = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(here(`../../public/_locales/${lang}/messages.json`), 'utf8'));

// Compile-time: the full effective config is usable wherever the rules expect their subset.
const _configFits: RulesConfig = defaultConfig;
void _configFits;

describe('rule registry', () => {
  it.each(RULE_IDS)('%s has a file, a test, a registration and its DESIGN severity', async (id) => {
    expect(existsSync(here(`./${id}.ts`))).toBe(true);
    expect(existsSync(here(`./${id}.test.ts`))).toBe(true);
    const mod = (await import(`./${id}.ts`)) as { default: Rule };
    expect(mod.default.id).toBe(id);
    expect(getRule(id)).toBe(mod.default);
    expect(mod.default.defaultSeverity).toBe(DEFAULT_SEVERITY[id]);
  });
  it('registers nothing outside the DESIGN vocabulary, and nothing twice', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...RULE_IDS].sort());
  });
});

describe('rule messages', () => {
  const vi = locale('vi');
  const en = locale('en');
  const keys = allRuleMessageKeys();
  it('every key a rule may emit exists in both locales', () => {
    expect(keys.filter((k) => !vi[k])).toEqual([]);
    expect(keys.filter((k) => !en[k])).toEqual([]);
  });
  it('no rule_ key is left in a locale without a rule', () => {
    expect(Object.keys(vi).filter((k) => k.startsWith('rule_') && !keys.includes(k))).toEqual([]);
    expect(Object.keys(en).filter((k) => k.startsWith('rule_') && !keys.includes(k))).toEqual([]);
  });
  it('Vietnamese and English use the same substitutions', () => {
    const subs = (s: string) => [...new Set(s.match(/\$\d/g) ?? [])].sort().join();
    expect(keys.filter((k) => subs(vi[k]!.message) !== subs(en[k]!.message))).toEqual([]);
  });
});
