import { describe, expect, it } from 'vitest';
import { mergeConfig } from './merge';
import { defaultConfig } from './schema';

describe('mergeConfig precedence', () => {
  it('defaults when nothing is set', () => {
    const m = mergeConfig({});
    expect(m.config).toEqual(defaultConfig);
    expect(m.problems).toEqual([]);
    expect(m.sources.retentionDays).toBe('default');
    expect(m.sources.unit).toBeUndefined();
  });
  it('policy > officer > default, per key', () => {
    const m = mergeConfig({
      policy: { retentionDays: 90, unit: { name: 'Phường Thủ Đức', province: 'Thành phố Hồ Chí Minh' } },
      options: { retentionDays: 30, autofillEnabled: false },
    });
    expect(m.config.retentionDays).toBe(90);
    expect(m.config.autofillEnabled).toBe(false);
    expect(m.config.unit?.name).toBe('Phường Thủ Đức');
    expect(m.sources).toMatchObject({ retentionDays: 'policy', autofillEnabled: 'officer', unit: 'policy', systems: 'default' });
  });
});

describe('mergeConfig on invalid input', () => {
  it('keeps the last good value of a bad key, keeps the other keys, and explains', () => {
    const lastGood = { ...defaultConfig, fieldAssignments: [{ account: 'an.nv', fields: ['Hộ tịch'] }] };
    const m = mergeConfig({
      policy: {
        fieldAssignments: [{ account: 'an.nv', fields: ['Hộ tịch'] }, { account: 'b', fields: ['x'] }, { account: 'c', fields: 'Chứng thực' }],
        retentionDays: 60,
      },
      lastGood,
    });
    expect(m.config.fieldAssignments).toEqual(lastGood.fieldAssignments);
    expect(m.sources.fieldAssignments).toBe('last-good');
    expect(m.config.retentionDays).toBe(60);
    expect(m.problems).toEqual([
      {
        key: 'fieldAssignments',
        from: 'policy',
        message: 'fieldAssignments[2].fields: phải là danh sách / must be a list',
        usingInstead: 'giá trị hợp lệ gần nhất / last good value: [{"account":"an.nv","fields":["Hộ tịch"]}]',
      },
    ]);
  });
  it('without a last good value, a bad policy key falls back to the officer value, then the default', () => {
    const m = mergeConfig({ policy: { retentionDays: 'ba mươi', autofillEnabled: 'yes' }, options: { retentionDays: 45 } });
    expect(m.config.retentionDays).toBe(45);
    expect(m.config.autofillEnabled).toBe(true);
    // Problems come in config-key order.
    expect(m.problems.map((p) => [p.key, p.message])).toEqual([
      ['autofillEnabled', 'autofillEnabled: phải là true/false / must be true/false'],
      ['retentionDays', 'retentionDays: phải là số / must be a number'],
    ]);
  });
  it('validates rule ids, severities, URLs and ranges', () => {
    const m = mergeConfig({
      policy: {
        rules: { 'routing/field-not-assigned': { severity: 'warning' }, 'routing/typo': { enabled: false } },
        catalogUrl: 'http://example.gov.vn/catalog.json',
        retentionDays: 0,
        report: { endpoint: 'https://collector.example/ingest', format: 'csv' },
      },
    });
    expect(m.config.rules).toEqual({});
    expect(m.config.catalogUrl).toBeUndefined();
    expect(m.config.retentionDays).toBe(180);
    expect(m.config.report).toBeUndefined();
    const byKey = Object.fromEntries(m.problems.map((p) => [p.key, p.message]));
    expect(byKey.rules).toBe('rules: khóa không được hỗ trợ / unknown keys: routing/typo');
    expect(byKey.catalogUrl).toMatch(/https/);
    expect(byKey.retentionDays).toBe('retentionDays: phải ≥ 1 / must be ≥ 1');
    expect(byKey.report).toMatch(/^report\.format: .*"ndjson", "bulk"/);
  });
  it('accepts loopback http for the collector (tests), not other http hosts', () => {
    expect(mergeConfig({ policy: { report: { endpoint: 'http://127.0.0.1:8787/ingest', format: 'ndjson' } } }).config.report?.endpoint).toBe('http://127.0.0.1:8787/ingest');
  });
  it('reports unknown keys and survives junk sources', () => {
    const m = mergeConfig({ policy: { fieldAsignments: [] } as never, options: 'garbage' as never });
    expect(m.problems).toEqual([{ key: 'fieldAsignments', from: 'policy', message: 'fieldAsignments: khóa không xác định / unknown key', usingInstead: 'bỏ qua / ignored' }]);
    expect(m.config).toEqual(defaultConfig);
  });
});

describe('lockSettings', () => {
  it('locks the keys policy set, only when policy says so', () => {
    expect(mergeConfig({ policy: { lockSettings: true, retentionDays: 90 } }).locked.sort()).toEqual(['lockSettings', 'retentionDays']);
    expect(mergeConfig({ policy: { retentionDays: 90 } }).locked).toEqual([]);
  });
  it('an officer cannot lock or unlock', () => {
    const m = mergeConfig({ policy: { lockSettings: true }, options: { lockSettings: false } });
    expect(m.config.lockSettings).toBe(true);
    expect(m.problems[0]).toMatchObject({ key: 'lockSettings', from: 'officer' });
    expect(mergeConfig({ options: { lockSettings: true } }).config.lockSettings).toBe(false);
  });
});
