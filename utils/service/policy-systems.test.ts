// Systems from policy: only https hosts, only what is granted, the right content script per kind.
import { describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '@/utils/config';
import { effectiveProfile, isAllowedMatch, neededOrigins, planScripts, systemForUrl } from './policy-systems';

const config: Config = {
  ...defaultConfig,
  systems: [
    ...defaultConfig.systems,
    { id: 'motcua-hcm-test', kind: 'processing', matches: ['https://motcua.hcm.test/*'], profile: { values: { 'dossier.field': [{ label: ['Nhóm thủ tục'] }] } } },
    { id: 'hkd-mirror', kind: 'household-business', matches: ['https://hkd.mirror.example/HkdOnline/*', '<all_urls>'] },
  ],
};

describe('policy systems', () => {
  it('refuses patterns that would widen access beyond named https hosts', () => {
    for (const bad of ['<all_urls>', 'https://*/*', '*://*/*', 'http://motcua.x.example/*', 'https://*.gov.vn']) expect(isAllowedMatch(bad)).toBe(false);
    for (const good of ['https://motcua.hcm.test/*', 'https://*.dichvucong.example/vi/*']) expect(isAllowedMatch(good)).toBe(true);
  });

  it('registers the kind’s content script only for granted, non-static hosts', () => {
    expect(neededOrigins(config)).toEqual(['https://motcua.hcm.test/*', 'https://hkd.mirror.example/*']);
    expect(planScripts(config, () => false)).toEqual([]);
    expect(planScripts(config, (o) => o === 'https://motcua.hcm.test/*')).toEqual([
      { id: 'policy-system-motcua-hcm-test', matches: ['https://motcua.hcm.test/*'], js: ['content-scripts/motcua.js'], runAt: 'document_start' },
    ]);
    expect(planScripts(config, () => true)[1]).toEqual({ id: 'policy-system-hkd-mirror', matches: ['https://hkd.mirror.example/HkdOnline/*'], js: ['content-scripts/hkdonline.js'], runAt: 'document_idle' });
  });

  it('finds the system of a URL and its effective profile (override applied)', () => {
    const system = systemForUrl(config, 'https://motcua.hcm.test/vi/dossier/processing/1')!;
    expect(system.id).toBe('motcua-hcm-test');
    expect(effectiveProfile(system).values['dossier.field']).toEqual([{ label: ['Nhóm thủ tục'] }]);
    expect(systemForUrl(config, 'https://other.example/')).toBeUndefined();
  });
});
