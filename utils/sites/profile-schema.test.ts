import { describe, expect, it } from 'vitest';
import { mergeProfile, SiteProfileSchema } from './profile-schema';
import { MOTCUA_PROFILE } from './motcua/profile';
import { HKDONLINE_PROFILE } from './hkdonline/profile';

describe('site profiles', () => {
  it('built-in profiles validate and are versioned', () => {
    for (const p of [MOTCUA_PROFILE, HKDONLINE_PROFILE]) {
      expect(SiteProfileSchema.parse(p)).toEqual(p);
      expect(p.version).toBeGreaterThan(0);
      for (const needed of p.needed) expect(p.values[needed], needed).toBeTruthy();
    }
  });

  it('an override replaces a value’s sources and prepends page kinds', () => {
    const { profile, errors } = mergeProfile(MOTCUA_PROFILE, {
      version: 2,
      values: { 'dossier.field': [{ css: '#sector' }, { label: ['Nhóm lĩnh vực'] }] },
      pageKinds: [{ kind: 'dossier-detail', urlPattern: '^/vi/ho-so/\\d+' }],
    });
    expect(errors).toEqual([]);
    expect(profile.version).toBe(2);
    expect(profile.values['dossier.field']).toEqual([{ css: '#sector' }, { label: ['Nhóm lĩnh vực'] }]);
    expect(profile.values['dossier.code']).toEqual(MOTCUA_PROFILE.values['dossier.code']);
    expect(profile.pageKinds[0]?.urlPattern).toBe('^/vi/ho-so/\\d+');
  });

  it.each([
    [{ values: { 'dossier.field': [{ xpath: '//td' }] } }],
    [{ pageKinds: [{ kind: 'dossier-detail', urlPattern: '([' }] }],
    [{ version: -1 }],
    [{ unknownKey: true }],
    ['not an object'],
  ])('rejects an invalid override and keeps the built-in: %j', (override) => {
    const { profile, errors } = mergeProfile(MOTCUA_PROFILE, override);
    expect(profile).toBe(MOTCUA_PROFILE);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join(' ')).toMatch(/\S+: \S+/);
  });
});
