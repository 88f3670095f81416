import { describe, expect, it } from 'vitest';
import { findProvince, formatAddress, parseAddress, sameCommune } from './address';
import { PROVINCES } from './admin-units';

describe('parseAddress (after the 2025 reform)', () => {
  it('splits street, commune and province', () => {
    const a = parseAddress('43 Nguyễn Văn Bá, Phường Thủ Đức, Thành phố Hồ Chí Minh');
    expect(a.street).toBe('43 Nguyễn Văn Bá');
    expect(a.commune).toEqual({ type: 'Phường', name: 'Thủ Đức' });
    expect(a.province?.code).toBe('79');
    expect(a.legacy).toBe(false);
  });
  it('keeps several street parts and reads lower-case prefixes', () => {
    const a = parseAddress('Tổ 5, ấp Bình Thạnh, xã Thạnh An, TP.HCM');
    expect(a.street).toBe('Tổ 5, ấp Bình Thạnh');
    expect(a.commune).toEqual({ type: 'Xã', name: 'Thạnh An' });
    expect(a.province?.name).toBe('Hồ Chí Minh');
  });
  it('reads a special zone', () => {
    expect(parseAddress('Khu 3, Đặc khu Côn Đảo, Thành phố Hồ Chí Minh').commune).toEqual({ type: 'Đặc khu', name: 'Côn Đảo' });
  });
  it('recognises an old three-level address and says why', () => {
    const a = parseAddress('12 Võ Văn Ngân, Phường Linh Chiểu, Thành phố Thủ Đức, Thành phố Hồ Chí Minh');
    expect(a.legacy).toBe(true);
    expect(a.legacyReasons).toContain('district-level');
    expect(a.extra).toEqual(['Thành phố Thủ Đức']);
    const b = parseAddress('15 Lê Lợi, Phường 4, Quận Gò Vấp, TP. Hồ Chí Minh');
    expect(b.legacyReasons).toEqual(['district-level', 'numbered-ward-hcmc']);
    const c = parseAddress('Số 8, Phường Phú Cường, Thành phố Thủ Dầu Một, Tỉnh Bình Dương');
    expect(c.legacyReasons).toEqual(['abolished-province', 'district-level']);
    expect(c.provinceText).toBe('Bình Dương');
    expect(c.province).toBeUndefined();
    expect(parseAddress('Ấp 2, Xã Long Sơn, Huyện Long Thành, Bà Rịa - Vũng Tàu').legacyReasons).toContain('abolished-province');
  });
  it('never throws on junk', () => {
    expect(parseAddress('').street).toBe('');
    expect(parseAddress(',,,').legacy).toBe(false);
  });
});

describe('formatAddress / provinces', () => {
  it('round-trips a parsed current address', () => {
    const s = '43 Nguyễn Văn Bá, Phường Thủ Đức, Thành phố Hồ Chí Minh';
    expect(formatAddress(parseAddress(s))).toBe(s);
    expect(formatAddress({ street: 'Thôn 1', commune: { type: 'Xã', name: 'Tân Hòa' }, province: findProvince('Đồng Nai') })).toBe('Thôn 1, Xã Tân Hòa, Tỉnh Đồng Nai');
  });
  it('has the 34 provinces of QĐ 19/2025', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34);
    expect(findProvince('tp hồ chí minh')?.code).toBe('79');
    expect(findProvince('Bình Dương')).toBeUndefined();
  });
  it('compares communes with or without prefix', () => {
    expect(sameCommune('Phường Thủ Đức', 'thu duc')).toBe(true);
    expect(sameCommune('Phường Thủ Đức', 'Phường Linh Xuân')).toBe(false);
  });
});
