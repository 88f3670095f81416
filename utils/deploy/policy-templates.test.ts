// The policy templates: generated from one example configuration that the zod schema accepts,
// each carrying the force-install entry and the same configuration, and the committed copies in
// templates/ are what the generator produces (run `node scripts/policy-templates.mjs` to refresh).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema, mergeConfig } from '@/utils/config';
import { generatePolicyTemplates, loadExampleConfig, extensionId, PLACEHOLDER_UPDATE_URL } from './policy-templates.mjs';

const ID = 'egjglbnfmocnkelafdenielcmankokij';
const config = loadExampleConfig();
const URL = 'https://it.phuong.example/ext/update.xml';
const files = new Map(generatePolicyTemplates({ updateUrl: URL }).map((f) => [f.path, f.data]));
const text = (path: string) => {
  const data = files.get(path)!;
  return Buffer.isBuffer(data) ? data.subarray(2).toString('utf16le') : String(data);
};

describe('policy templates', () => {
  it('start from an example configuration the schema accepts as a whole, with every key', () => {
    expect(configSchema.safeParse(config).success).toBe(true);
    const merged = mergeConfig({ policy: config });
    expect(merged.problems).toEqual([]);
    expect(Object.values(merged.sources).every((s) => s === 'policy')).toBe(true);
    expect(Object.keys(config).sort()).toEqual(Object.keys(configSchema.shape).sort());
  });

  it('use the extension id of the committed public key', () => {
    expect(extensionId()).toBe(ID);
  });

  it('Linux JSON: force-install with the update URL and the 3rdparty configuration', () => {
    for (const browser of ['chrome', 'chromium', 'edge']) {
      const policy = JSON.parse(text(`linux/${browser}/motcua-assist.json`));
      expect(policy.ExtensionSettings[ID]).toMatchObject({ installation_mode: 'force_installed', update_url: URL });
      expect(policy['3rdparty'].extensions[ID]).toEqual(config);
    }
  });

  it('Windows .reg: UTF-16LE with BOM, ExtensionSettings and every key under 3rdparty for Chrome and Edge', () => {
    for (const [path, vendor] of [['windows/chrome.reg', 'Google\\Chrome'], ['windows/edge.reg', 'Microsoft\\Edge']] as const) {
      const data = files.get(path) as Buffer;
      expect([...data.subarray(0, 2)]).toEqual([0xff, 0xfe]);
      const reg = text(path);
      expect(reg.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
      expect(reg).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}\\3rdparty\\extensions\\${ID}\\policy]`);
      const settings = /"ExtensionSettings"="(.*)"\r\n/.exec(reg)![1]!.replace(/\\"/g, '"').replace(/\\\\/g, '\\');
      expect(JSON.parse(settings)[ID]).toMatchObject({ installation_mode: 'force_installed', update_url: URL });
      const values = Object.fromEntries(
        [...reg.matchAll(/^"([A-Za-z]+)"=(.*)$/gm)].filter((m) => m[1] !== 'ExtensionSettings').map((m) => [m[1], parseRegValue(m[2]!)]),
      );
      // Chrome reads a REG_DWORD 1 as true where the schema says boolean.
      expect(values).toEqual({ ...config, autofillEnabled: 1, lockSettings: 1 });
    }
  });

  it('macOS profile: Chrome and Edge payloads with the configuration, stable UUIDs', () => {
    const profile = text('macos/motcua-assist.mobileconfig');
    for (const domain of [`com.google.Chrome.extensions.${ID}`, `com.microsoft.Edge.extensions.${ID}`, 'com.google.Chrome', 'com.microsoft.Edge']) {
      expect(profile).toContain(`<string>${domain}</string>`);
    }
    expect(profile).toContain(`<string>${URL}</string>`);
    expect(profile).toContain('<key>lockSettings</key>\n      <true/>');
    expect(profile).toContain('<string>Phường Thủ Đức</string>');
    expect(generatePolicyTemplates({ updateUrl: URL }).find((f) => f.path.endsWith('mobileconfig'))!.data).toBe(profile);
  });

  it('the committed templates are up to date', () => {
    for (const file of generatePolicyTemplates({ updateUrl: PLACEHOLDER_UPDATE_URL })) {
      const committed = readFileSync(join('utils/deploy/templates', file.path));
      expect(committed.equals(Buffer.from(file.data)), `${file.path}: run node scripts/policy-templates.mjs`).toBe(true);
    }
  });
});

/** Inverse of the generator's encoding, written independently: dword → number/boolean, JSON strings → values. */
function parseRegValue(raw: string): unknown {
  if (raw.startsWith('dword:')) return parseInt(raw.slice(6), 16);
  const s = raw.slice(1, -1).replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  try {
    const v = JSON.parse(s);
    return typeof v === 'object' ? v : s;
  } catch {
    return s;
  }
}
