/** Property-based tests: normalisers are idempotent, round-trip, and never throw on arbitrary strings. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldKey, nfc, normalizeName, sameName, slugify } from './text';
import { checkIdConsistency, parseIdNumber } from './identity';
import { parseTaxCode, taxCheckDigit } from './tax-code';
import { parsePhone } from './phone';
import { formatVnDate, parseInstant, parseVnDate, toIsoDate } from './date';
import { formatAddress, parseAddress } from './address';
import { checkHkdName } from './hkd-name';
import { checkMainLineCode } from './vsic';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

const vnChars = fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ :,.-0123456789\u00a0\t'.split(''));
const vnString = fc.array(vnChars, { maxLength: 40 }).map((a) => a.join(''));
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), vnString);
const validDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((x) => ({ y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() }));

describe('text properties', () => {
  it('foldKey is idempotent and NFC/NFD-insensitive', () => {
    fc.assert(fc.property(anyString, (s) => {
      expect(foldKey(foldKey(s))).toBe(foldKey(s));
      expect(foldKey(s.normalize('NFD'))).toBe(foldKey(s));
      expect(foldKey(s)).not.toMatch(/[\u0300-\u036fđĐ]|^\s|\s$|\s{2}|:$/);
    }));
  });
  it('normalizeName is idempotent; sameName is reflexive and symmetric', () => {
    fc.assert(fc.property(anyString, anyString, (a, b) => {
      expect(normalizeName(normalizeName(a))).toBe(normalizeName(a));
      expect(sameName(a, a.normalize('NFD'))).toBe(true);
      expect(sameName(a, b)).toBe(sameName(b, a));
      expect(nfc(nfc(a))).toBe(nfc(a));
    }));
  });
  it('slugify yields kebab-case ASCII and is idempotent', () => {
    fc.assert(fc.property(anyString, (s) => {
      const slug = slugify(s);
      expect(slug).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
      expect(slugify(slug)).toBe(slug);
    }));
  });
});

describe('validators never throw', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(anyString, (s) => {
      parseIdNumber(s); checkIdConsistency(s, { birthYear: 1990, gender: 'male' });
      parseTaxCode(s); parsePhone(s); parseVnDate(s); parseInstant(s);
      parseAddress(s); checkHkdName(s, [s]); checkMainLineCode(s);
    }));
  });
});

describe('round trips', () => {
  it('dates: format → parse', () => {
    fc.assert(fc.property(validDate, (d) => {
      expect(parseVnDate(formatVnDate(d))).toEqual(d);
      expect(parseVnDate(toIsoDate(d))).toEqual(d);
      expect(parseVnDate(`${d.d}/${d.m}/${d.y}`)).toEqual(d);
    }));
  });
  it('identity: a generated consistent number passes its own check', () => {
    const prefixes = ['001', '031', '048', '074', '077', '079', '096'];
    fc.assert(fc.property(fc.constantFrom(...prefixes), fc.integer({ min: 1900, max: 2099 }), fc.boolean(), fc.integer({ min: 0, max: 999_999 }), (p, year, female, seq) => {
      const g = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
      const id = `${p}${g}${String(year % 100).padStart(2, '0')}${String(seq).padStart(6, '0')}`;
      expect(checkIdConsistency(id, { birthYear: year, gender: female ? 'female' : 'male' })).toEqual([]);
      expect(checkIdConsistency(id, { birthYear: year + 1 })).toContain('birth-year');
      expect(checkIdConsistency(id, { gender: female ? 'male' : 'female' })).toEqual(['gender']);
    }));
  });
  it('tax codes: a code built with its check digit is valid, any other last digit is not', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{9}$/), fc.integer({ min: 0, max: 9 }), (nine, other) => {
      const check = taxCheckDigit(nine);
      if (check === null) return;
      expect(parseTaxCode(nine + check).kind).toBe('organisation');
      if (other !== check) expect(parseTaxCode(nine + other).kind).toBe('invalid');
    }));
  });
  it('phones: +84 and national forms parse to the same number', () => {
    fc.assert(fc.property(fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{8}$/), (p, rest) => {
      const a = parsePhone(`0${p}${rest}`);
      expect(a.kind).toBe('mobile');
      expect(parsePhone(a.e164).national).toBe(a.national);
    }));
  });
  it('addresses: format(parse(format(x))) is stable', () => {
    fc.assert(fc.property(vnString, (s) => {
      const once = formatAddress(parseAddress(s));
      expect(formatAddress(parseAddress(once))).toBe(once);
    }));
  });
  it('working days: addWorkingDays lands on a working day, n days of office time later', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 20 }), (offset, n) => {
      const start = new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000);
      const d = { y: start.getUTCFullYear(), m: start.getUTCMonth() + 1, d: start.getUTCDate() };
      const end = addWorkingDays(d, n);
      expect(isWorkingDay(end)).toBe(true);
      const first = addWorkingDays(d, 0);
      const at = (x: typeof d) => Date.UTC(x.y, x.m - 1, x.d, 0) ; // 07:00 VN, before office hours
      expect(workingDaysBetween(at(first), at(end))).toBe(n);
    }), { numRuns: 60 });
  });
});
