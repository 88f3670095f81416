import { describe, expect, it } from 'vitest';
import { checkHkdName, hkdNameKey, hkdOwnName } from './hkd-name';

describe('checkHkdName', () => {
  it('accepts a proper name, in capitals or not', () => {
    expect(checkHkdName('HỘ KINH DOANH TẠP HÓA MINH ANH')).toEqual([]);
    expect(checkHkdName('Hộ kinh doanh Phở Zin 79')).toEqual([]);
    expect(hkdOwnName('Hộ kinh doanh  Phở Zin 79')).toBe('Phở Zin 79');
  });
  it('requires the prefix and an own name', () => {
    expect(checkHkdName('Tạp hóa Minh Anh')).toEqual(['missing-prefix']);
    expect(checkHkdName('Hộ kinh doanh')).toEqual(['missing-own-name']);
    expect(checkHkdName('  ')).toEqual(['empty']);
  });
  it('forbids "công ty" and "doanh nghiệp" as words', () => {
    expect(checkHkdName('Hộ kinh doanh Công ty Minh Anh')).toEqual(['forbidden-word']);
    expect(checkHkdName('HỘ KINH DOANH DOANH NGHIỆP XANH')).toEqual(['forbidden-word']);
    expect(checkHkdName('Hộ kinh doanh Côngtyna')).toEqual([]);
  });
  it('forbids letters outside the Vietnamese alphabet + F, J, W, Z', () => {
    expect(checkHkdName('Hộ kinh doanh 福 Minh')).toEqual(['invalid-characters']);
    expect(checkHkdName('Hộ kinh doanh Мир')).toEqual(['invalid-characters']);
  });
  it('detects duplicates in the commune ignoring case, not diacritics', () => {
    const seen = ['Hộ kinh doanh Minh Anh', 'HỘ KINH DOANH HOA'];
    expect(checkHkdName('HỘ KINH DOANH MINH ANH', seen)).toEqual(['duplicate']);
    expect(checkHkdName('Hộ kinh doanh  minh   anh'.normalize('NFD'), seen)).toEqual(['duplicate']);
    expect(checkHkdName('Hộ kinh doanh Hòa', seen)).toEqual([]);
    expect(hkdNameKey('hộ kinh doanh hòa')).toBe('HỘ KINH DOANH HÒA');
  });
});
