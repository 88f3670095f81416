// Every user-facing string exists in both locales: the two files carry the same keys with the same
// substitutions, and every key the code names literally (t('…'), getMessage('…'), '@…' rule args,
// `… as MessageKey`, __MSG_…__ in the manifest) is present in both. A missing key fails here.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '@/utils/config/rule-ids';

const root = fileURLToPath(new URL('../../', import.meta.url));
type Messages = Record<string, { message: string; description?: string }>;
const locale = (lang: string): Messages =>
  JSON.parse(readFileSync(join(root, `public/_locales/${lang}/messages.json`), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(join(root, rel)).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });
}

const KEY_PATTERNS = [
  /\bt\(\s*['"]([A-Za-z0-9_]+)['"]/g,
  /getMessage\(\s*['"]([A-Za-z0-9_]+)['"]/g,
  // Rule args that are keys carry an '@' and an underscore ('@timestamp' is an ECS field, not a key).
  /['"]@([A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+)['"]/g,
  /['"]([A-Za-z0-9_]+)['"]\s+as\s+MessageKey/g,
  /__MSG_([A-Za-z0-9_]+)__/g,
];

/** key → files that name it literally. */
export function literalKeys(files: string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const pattern of KEY_PATTERNS) {
      for (const m of text.matchAll(pattern)) found.set(m[1]!, [...(found.get(m[1]!) ?? []), file]);
    }
  }
  return found;
}

const substitutions = (s: string) => [...new Set(s.match(/\$\d/g) ?? [])].sort().join();

describe('locales', () => {
  const vi = locale('vi');
  const en = locale('en');

  it('vi and en carry exactly the same keys', () => {
    expect(Object.keys(vi).filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in vi))).toEqual([]);
  });

  it('no message is empty and every key is a valid Chrome message name', () => {
    for (const [lang, messages] of [['vi', vi], ['en', en]] as const) {
      const empty = Object.entries(messages).filter(([, v]) => !v?.message?.trim()).map(([k]) => `${lang}:${k}`);
      expect(empty).toEqual([]);
      expect(Object.keys(messages).filter((k) => !/^[A-Za-z0-9_]+$/.test(k))).toEqual([]);
    }
  });

  it('both languages use the same $n substitutions', () => {
    const differ = Object.keys(vi).filter((k) => en[k] && substitutions(vi[k]!.message) !== substitutions(en[k]!.message));
    expect(differ).toEqual([]);
  });

  it('every key named in the code exists in both locales', () => {
    const files = [...sourceFiles('entrypoints'), ...sourceFiles('components'), ...sourceFiles('utils'), 'wxt.config.ts'];
    const keys = literalKeys(files);
    expect(keys.size).toBeGreaterThan(100); // the scan itself works
    const missing = [...keys].filter(([k]) => !vi[k] || !en[k]).map(([k, where]) => `${k} (${where[0]})`);
    expect(missing).toEqual([]);
  });

  it('the dashboard has a display name for every rule id in both languages', () => {
    const keyOf = (id: string) => `dash_rule_${id.replace(/[^A-Za-z0-9]+/g, '_')}`;
    expect(RULE_IDS.filter((id) => !vi[keyOf(id)] || !en[keyOf(id)])).toEqual([]);
  });

  it('Vietnamese text is not left in English', () => {
    // A long message identical in both files means one of them was not translated.
    const same = Object.keys(vi).filter((k) => en[k] && vi[k]!.message.length > 12 && vi[k]!.message === en[k]!.message);
    expect(same).toEqual([]);
  });
});
