// Policy → effective configuration, in the background's own code path (WXT's fake browser storage):
// every policy key reaches the config, a bad key keeps its last good value, a lock beats officer
// values, and profile overrides are validated. Keys whose feature belongs to other engineers
// (report, autofillEnabled, retentionDays) are proven here to reach the effective config.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { MergedConfig } from '@/utils/config';
import example from '@/utils/deploy/example-config.json';

async function service() {
  vi.resetModules(); // fresh module state = a fresh service worker
  return import('./config-service');
}

const cached = async () => (await fakeBrowser.storage.local.get('effectiveConfig')).effectiveConfig as MergedConfig;

describe('config service', () => {
  beforeEach(() => fakeBrowser.reset());

  it('every policy key of the example reaches the effective config with source "policy"', async () => {
    await fakeBrowser.storage.managed.set(example);
    const merged = await (await service()).refreshConfig();
    expect(merged.problems).toEqual([]);
    expect(merged.config).toEqual(example);
    for (const key of Object.keys(example)) expect(merged.sources[key as keyof typeof merged.sources]).toBe('policy');
    expect((await cached()).config.report).toEqual(example.report);
    expect(merged.config.autofillEnabled).toBe(true);
    await fakeBrowser.storage.managed.set({ autofillEnabled: false, retentionDays: 30, report: { endpoint: 'https://c.example/in', format: 'bulk' } });
    const next = await (await service()).refreshConfig();
    expect(next.config).toMatchObject({ autofillEnabled: false, retentionDays: 30, report: { endpoint: 'https://c.example/in', format: 'bulk' } });
  });

  it('a wrong type for one key keeps its last good value and the other keys', async () => {
    await fakeBrowser.storage.managed.set({ retentionDays: 90, unit: { name: 'Phường A', province: 'Tỉnh B' } });
    await (await service()).refreshConfig();
    await fakeBrowser.storage.managed.set({ retentionDays: 'chín mươi', unit: { name: 'Phường C', province: 'Tỉnh B' } });
    const merged = await (await service()).refreshConfig();
    expect(merged.config.retentionDays).toBe(90);
    expect(merged.sources.retentionDays).toBe('last-good');
    expect(merged.config.unit?.name).toBe('Phường C');
    expect(merged.problems).toEqual([expect.objectContaining({ key: 'retentionDays', from: 'policy' })]);
  });

  it('lockSettings: policy values win over officer values, and the keys are listed as locked', async () => {
    await fakeBrowser.storage.managed.set({ lockSettings: true, fieldAssignments: [{ account: 'hotich01', fields: ['Chứng thực'] }] });
    await fakeBrowser.storage.local.set({ options: { fieldAssignments: [{ account: 'hotich01', fields: ['Hộ tịch'] }], retentionDays: 20 } });
    const merged = await (await service()).refreshConfig();
    expect(merged.config.fieldAssignments[0]?.fields).toEqual(['Chứng thực']);
    expect(merged.locked).toEqual(expect.arrayContaining(['fieldAssignments', 'lockSettings']));
    expect(merged.config.retentionDays).toBe(20); // not set by policy: still the officer's
  });

  it('reports an invalid site profile override and an unusable match pattern', async () => {
    await fakeBrowser.storage.managed.set({
      systems: [{ id: 'x', kind: 'processing', matches: ['https://*/*', 'https://motcua.x.example/*'], profile: { values: { 'dossier.field': [{ css: '' }] } } }],
    });
    const merged = await (await service()).refreshConfig();
    const messages = merged.problems.map((p) => p.message).join('\n');
    expect(messages).toContain('systems[0].matches: https://*/*');
    expect(messages).toContain('systems[0].profile');
    expect(merged.problems.every((p) => p.key === 'systems' && p.from === 'policy')).toBe(true);
  });

  it('starts from the cache without waiting for the sources', async () => {
    const stale = { config: { ...example, retentionDays: 7 }, sources: {}, problems: [], locked: [] };
    await fakeBrowser.storage.local.set({ effectiveConfig: stale });
    await fakeBrowser.storage.managed.set({ retentionDays: 60 });
    const { effectiveConfig, onConfigChange } = await service();
    const changed = new Promise<MergedConfig>((resolve) => onConfigChange(resolve));
    expect((await effectiveConfig()).retentionDays).toBe(7); // cache first
    expect((await changed).config.retentionDays).toBe(60); // then the policy
  });
});
