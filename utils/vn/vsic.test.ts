import { describe, expect, it } from 'vitest';
import { checkMainLineCode, isLevel4VsicCode, searchVsic, VSIC_DIVISIONS } from './vsic';
import { VSIC_LEVEL4_COMMON } from './vsic-data';

describe('VSIC', () => {
  it('accepts level-4 codes in real divisions and names bundled ones', () => {
    expect(checkMainLineCode('5610')).toEqual({ code: '5610', level: 4, name: 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động', problems: [] });
    expect(isLevel4VsicCode('4722')).toBe(true);
    expect(isLevel4VsicCode('2310')).toBe(true); // real division, not in the bundled list
  });
  it('rejects other levels, unknown divisions and junk', () => {
    expect(checkMainLineCode('47').problems).toEqual(['not-level-4']);
    expect(checkMainLineCode('47110').problems).toEqual(['not-level-4']);
    expect(checkMainLineCode('G').problems).toEqual(['not-level-4']);
    expect(checkMainLineCode('0410').problems).toEqual(['unknown-division']);
    expect(checkMainLineCode('4a10').problems).toEqual(['format']);
    expect(checkMainLineCode('').problems).toEqual(['empty']);
  });
  it('bundled list: every code is level 4 in a real division', () => {
    expect(VSIC_DIVISIONS.size).toBe(88);
    for (const code of Object.keys(VSIC_LEVEL4_COMMON)) expect(isLevel4VsicCode(code), code).toBe(true);
  });
  it('searches names without diacritics', () => {
    expect(searchVsic('cat toc').map((x) => x.code)).toEqual(['9631']);
    expect(searchVsic('ban le do uong').map((x) => x.code)).toContain('4723');
    expect(searchVsic('')).toEqual([]);
  });
});
