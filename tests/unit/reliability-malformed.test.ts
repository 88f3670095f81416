// Bad files and config: malformed policies, catalogs, import bundles and site profiles. Each is
// rejected with a message naming what is wrong, the previous good state is kept and nothing is
// lost. The matrix is listed in docs/RELIABILITY.md ("Malformed input").
import { describe, expect, it } from 'vitest';
import { mergeConfig } from '@/utils/config/merge';
import { defaultConfig, type Config } from '@/utils/config/schema';
import { importCatalogCsv, importCatalogJson, formatImportError } from '@/utils/catalog/import';
import { makeBundle, parseBundle } from '@/utils/review/bundle';
import { makeWarnings } from '@/utils/review/synthetic';
import { mergeProfile } from '@/utils/sites/profile-schema';
import { MOTCUA_PROFILE } from '@/utils/sites/motcua/profile';
import { AssistDatabase } from '@/utils/db/database';
import { mergeRecords } from '@/utils/review/merge';

const LAST_GOOD: Partial<Config> = {
  retentionDays: 90,
  unit: { name: 'Phường Thủ Đức', province: 'Thành phố Hồ Chí Minh' },
  fieldAssignments: [{ account: 'hotich01', fields: ['Hộ tịch'] }],
};

// [case, bad policy key/value, what the message must name]
const POLICIES: [string, string, unknown, RegExp][] = [
  ['negative retention', 'retentionDays', -5, /retentionDays.*(≥|1)/],
  ['retention as text', 'retentionDays', '180', /retentionDays.*(số|number)/],
  ['fractional retention', 'retentionDays', 1.5, /retentionDays/],
  ['assignments not a list', 'fieldAssignments', 'hotich01:Hộ tịch', /fieldAssignments.*(danh sách|list)/],
  ['assignment without account', 'fieldAssignments', [{ fields: ['Hộ tịch'] }], /fieldAssignments\[0\]\.account/],
  ['assignment fields as text', 'fieldAssignments', [{ account: 'a', fields: 'Hộ tịch' }], /fieldAssignments\[0\]\.fields/],
  ['unknown rule id', 'rules', { 'routing/no-such-rule': { enabled: false } }, /rules/],
  ['unknown severity', 'rules', { 'dossier/duplicate': { severity: 'fatal' } }, /rules.*severity/],
  ['unit without name', 'unit', { province: 'Thành phố Hồ Chí Minh' }, /unit\.name/],
  ['catalog over http', 'catalogUrl', 'http://catalog.example/c.json', /catalogUrl/],
  ['catalog not a URL', 'catalogUrl', 'not a url', /catalogUrl/],
  ['report format unknown', 'report', { endpoint: 'https://c.example/in', format: 'xml' }, /report\.format/],
  ['report endpoint not https', 'report', { endpoint: 'ftp://c.example/in', format: 'ndjson' }, /report\.endpoint/],
  ['system of unknown kind', 'systems', [{ id: 'x', kind: 'mail', matches: ['https://x.example/*'] }], /systems\[0\]\.kind/],
  ['autofill as text', 'autofillEnabled', 'yes', /autofillEnabled/],
  ['unknown key', 'retentionDay', 30, /retentionDay.*(không xác định|unknown)/],
];

describe('malformed policy: named, rejected, last good kept, other keys untouched', () => {
  it.each(POLICIES)('%s', (_name, key, value, names) => {
    const policy = { autofillEnabled: false, [key]: value };
    const merged = mergeConfig({ policy, options: {}, lastGood: LAST_GOOD });
    const problems = merged.problems.filter((p) => p.key === key);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join('\n')).toMatch(names);
    expect(problems.every((p) => p.from === 'policy' && p.usingInstead.length > 0)).toBe(true);
    if (key in defaultConfig || key in LAST_GOOD) {
      const expected = (LAST_GOOD as Record<string, unknown>)[key] ?? (defaultConfig as Record<string, unknown>)[key];
      expect((merged.config as Record<string, unknown>)[key]).toEqual(expected);
    }
    if (key !== 'autofillEnabled') expect(merged.config.autofillEnabled).toBe(false); // the good key still applies
  });

  it('a policy that is not an object at all gives the last good or default config, no crash', () => {
    for (const policy of ['{', 42, [1, 2], null, 'retentionDays=30']) {
      const merged = mergeConfig({ policy: policy as never, options: { retentionDays: 45 }, lastGood: LAST_GOOD });
      expect(merged.config.retentionDays).toBe(45);
    }
  });
});

const procedure = { code: '1.001193', name: 'Đăng ký khai sinh', field: { name: 'Hộ tịch' }, components: [{ name: 'Tờ khai đăng ký khai sinh', required: true }] };
const CATALOGS: [string, () => ReturnType<typeof importCatalogJson>, RegExp][] = [
  ['not JSON', () => importCatalogJson('{"version": "1", "procedures": ['), /JSON/],
  ['empty file', () => importCatalogJson(''), /JSON/],
  ['procedures not a list', () => importCatalogJson(JSON.stringify({ version: '1', procedures: 'x' })), /procedures/],
  ['procedure without code', () => importCatalogJson(JSON.stringify([{ ...procedure, code: undefined }])), /Dòng 1.*code/],
  ['component without name', () => importCatalogJson(JSON.stringify([procedure, { ...procedure, code: '1.000001', components: [{ required: true }] }])), /Dòng 2.*components/],
  ['CSV empty', () => importCatalogCsv(''), /rỗng|empty/],
  ['CSV without the needed columns', () => importCatalogCsv('a;b\n1;2'), /Dòng 1/],
];

describe('malformed catalog: every error placed (row, column), nothing imported', () => {
  it.each(CATALOGS)('%s', (_name, run, names) => {
    const result = run();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.map(formatImportError).join('\n')).toMatch(names);
    expect(result).not.toHaveProperty('catalog');
  });
});

async function goodBundleText(): Promise<string> {
  return JSON.stringify(await makeBundle(makeWarnings(5), { unit: 'Phường Thủ Đức', exportedAt: Date.UTC(2026, 0, 20), includePersonal: false }));
}

const BUNDLES: [string, (text: string) => string, string][] = [
  ['not JSON', (t) => t.slice(0, t.length / 2), 'json'],
  ['future schema version', (t) => JSON.stringify({ ...JSON.parse(t), schemaVersion: 99 }), 'version'],
  ['record without id', (t) => { const b = JSON.parse(t); delete b.records[0].id; return JSON.stringify(b); }, 'schema'],
  ['extra field smuggled into a record', (t) => { const b = JSON.parse(t); b.records[0].script = '<img onerror=1>'; return JSON.stringify(b); }, 'schema'],
  ['count does not match', (t) => JSON.stringify({ ...JSON.parse(t), count: 6 }), 'count'],
  ['the same record twice', (t) => { const b = JSON.parse(t); b.records[1] = b.records[0]; return JSON.stringify(b); }, 'duplicate-id'],
  ['a value changed after export', (t) => { const b = JSON.parse(t); b.records[0].status = b.records[0].status === 'open' ? 'resolved' : 'open'; return JSON.stringify(b); }, 'checksum'],
];

describe('malformed import bundle: rejected as a whole with the reason, the store unchanged', () => {
  it.each(BUNDLES)('%s', async (_name, spoil, reason) => {
    const parsed = await parseBundle(spoil(await goodBundleText()));
    expect(parsed).toMatchObject({ ok: false, reason });
  });

  it('a valid bundle after a rejected one merges; the rejected one wrote nothing', async () => {
    const database = new AssistDatabase('reliability-malformed');
    const before = makeWarnings(3, { seed: 7 });
    await database.warnings.bulkPut(before);
    const bad = await parseBundle((await goodBundleText()).replace('"checksum"', '"checksum_"'));
    expect(bad.ok).toBe(false);
    expect(await database.warnings.count()).toBe(3);
    const good = await parseBundle(await goodBundleText());
    if (!good.ok) throw new Error(good.detail);
    expect(await mergeRecords(database, good.bundle.records, Date.now(), 'test')).toMatchObject({ added: 5 });
    expect(await database.warnings.count()).toBe(8);
    expect(await database.warnings.bulkGet(before.map((r) => r.id))).toEqual(before); // nothing lost
  });
});

const PROFILES: [string, unknown, RegExp][] = [
  ['unknown top-level key', { selectors: {} }, /selectors|Unrecognized|không/i],
  ['source of unknown kind', { values: { 'dossier.field': [{ xpath: '//td' }] } }, /values\.dossier\.field\.0/],
  ['empty label list', { values: { 'dossier.field': [{ label: [] }] } }, /values\.dossier\.field\.0/],
  ['invalid URL pattern', { pageKinds: [{ kind: 'dossier-detail', urlPattern: '(unclosed' }] }, /urlPattern/],
  ['version not a number', { version: 'two' }, /version/],
  ['not an object', 'values=...', /gốc|expected/i],
];

describe('malformed site profile override: rejected as a whole, built-in profile kept', () => {
  it.each(PROFILES)('%s', (_name, override, names) => {
    const { profile, errors } = mergeProfile(MOTCUA_PROFILE, override);
    expect(profile).toBe(MOTCUA_PROFILE);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(names);
  });
});
