import { describe, expect, it } from 'vitest';
import * as V from './values';

describe('value normalisers', () => {
  it.each([
    ['Trực tuyến', 'online'],
    ['Trực tiếp', 'in-person'],
    ['Bưu chính', 'post'],
    ['Dịch vụ bưu chính công ích', 'post'],
    ['TRUC TUYEN', 'online'],
    ['Khác', undefined],
  ])('channel %s → %s', (raw, ch) => expect(V.channelOf(raw)).toBe(ch));

  it('instants in any shown form → the same ISO minute', () => {
    const want = '2025-08-01T08:30:00+07:00';
    for (const s of ['2025-08-01T08:30:00.000+0700', '2025-08-01T01:30:00Z', '01/08/2025 08:30:00', '1/8/2025 08:30', '01/08/2025 - 08:30', '08:30 01/08/2025']) {
      expect(V.instant(s), s).toBe(want);
    }
    expect(V.instant('hôm qua')).toBeUndefined();
  });

  it('procedure codes, dates, money, gender', () => {
    expect(V.procedureCode('Mã: 1.001612.000.00.00.H29')).toBe('1.001612.000.00.00.H29');
    expect(V.procedureCode('1.001193 - Đăng ký khai sinh')).toBe('1.001193');
    expect(V.procedureCode('không có')).toBeUndefined();
    expect(V.dateAsShown('1/2/1990')).toBe('01/02/1990');
    expect(V.dateAsShown('31/02/1990')).toBe('31/02/1990');
    expect(V.money('150.000.000 VNĐ (Một trăm năm mươi triệu đồng)')).toBe(150000000);
    expect(V.gender('Nữ')).toBe('female');
    expect(V.docNumber('079 085 001 234')).toBe('079085001234');
  });
});
