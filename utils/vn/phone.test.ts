import { describe, expect, it } from 'vitest';
import { formatPhone, isValidPhone, parsePhone } from './phone';

describe('parsePhone', () => {
  it('accepts mobiles in national and +84 forms', () => {
    expect(parsePhone('0912345678')).toEqual({ kind: 'mobile', national: '0912345678', e164: '+84912345678' });
    expect(parsePhone('+84 912 345 678').national).toBe('0912345678');
    expect(parsePhone('84912345678').kind).toBe('mobile');
    expect(parsePhone('0084-35.123.4567').national).toBe('0351234567');
  });
  it('accepts 11-digit landlines with the 02x area code', () => {
    expect(parsePhone('028 3829 6052')).toMatchObject({ kind: 'landline', national: '02838296052' });
    expect(parsePhone('(024) 3726 0413').kind).toBe('landline');
  });
  it('rejects old prefixes, wrong lengths and letters', () => {
    expect(isValidPhone('0123456789')).toBe(false); // 01x mobile prefixes were retired in 2018
    expect(isValidPhone('091234567')).toBe(false);
    expect(isValidPhone('09123456789')).toBe(false);
    expect(isValidPhone('09l2345678')).toBe(false);
    expect(isValidPhone('')).toBe(false);
  });
  it('recognises service numbers without calling them personal phones', () => {
    expect(parsePhone('1022').kind).toBe('service');
    expect(isValidPhone('1022')).toBe(false);
  });
  it('formats for display', () => {
    expect(formatPhone('+84912345678')).toBe('0912 345 678');
    expect(formatPhone('02838296052')).toBe('028 3829 6052');
  });
});
