import { describe, expect, it } from 'vitest';
import { dateFromParts, formatVnDate, parseInstant, parseVnDate, toIsoDate, toVnIsoDateTime, vnDateOf } from './date';

describe('parseVnDate', () => {
  it('reads the form conventions', () => {
    expect(parseVnDate('26/04/2003')).toEqual({ y: 2003, m: 4, d: 26 });
    expect(parseVnDate('1/8/2025')).toEqual({ y: 2025, m: 8, d: 1 });
    expect(parseVnDate('01-08-2025')).toEqual({ y: 2025, m: 8, d: 1 });
    expect(parseVnDate('ngày 26 tháng 4 năm 2003')).toEqual({ y: 2003, m: 4, d: 26 });
    expect(parseVnDate('2025-07-01')).toEqual({ y: 2025, m: 7, d: 1 });
    expect(parseVnDate('2025-12-31T23:30:00.000+0700')).toEqual({ y: 2025, m: 12, d: 31 });
  });
  it('rejects impossible dates and other text', () => {
    expect(parseVnDate('31/02/2024')).toBeNull();
    expect(parseVnDate('29/02/2023')).toBeNull();
    expect(parseVnDate('29/02/2024')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseVnDate('04/26/2003')).toBeNull(); // US order: month 26 does not exist
    expect(parseVnDate('26/04/03')).toBeNull();
    expect(parseVnDate('')).toBeNull();
    expect(parseVnDate('hôm qua')).toBeNull();
  });
  it('reads three separate fields', () => {
    expect(dateFromParts('26', '4', '2003')).toEqual({ y: 2003, m: 4, d: 26 });
    expect(dateFromParts(31, 4, 2003)).toBeNull();
    expect(dateFromParts('', '4', '2003')).toBeNull();
  });
  it('formats', () => {
    expect(toIsoDate({ y: 2003, m: 4, d: 6 })).toBe('2003-04-06');
    expect(formatVnDate({ y: 2003, m: 4, d: 6 })).toBe('06/04/2003');
  });
});

describe('instants in Asia/Ho_Chi_Minh', () => {
  it('parses ISO with +07:00, +0700 and Z', () => {
    const t = Date.UTC(2025, 7, 1, 1, 0, 0); // 08:00 in Vietnam
    expect(parseInstant('2025-08-01T08:00:00+07:00')).toBe(t);
    expect(parseInstant('2025-08-01T08:00:00.000+0700')).toBe(t);
    expect(parseInstant('2025-08-01T01:00:00Z')).toBe(t);
    expect(parseInstant('2025-08-01T08:00:00')).toBe(t);
    expect(parseInstant('01/08/2025 08:00')).toBe(t);
    expect(parseInstant('01/08/2025 25:00')).toBeNull();
  });
  it('gives the Vietnamese calendar date of an instant', () => {
    // 18:30 UTC on 31/12 is already 01:30 on 1/1 in Vietnam.
    expect(vnDateOf(Date.UTC(2025, 11, 31, 18, 30))).toEqual({ y: 2026, m: 1, d: 1 });
    expect(toVnIsoDateTime(Date.UTC(2025, 11, 31, 18, 30))).toBe('2026-01-01T01:30:00+07:00');
  });
});
