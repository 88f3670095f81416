/**
 * Fuzz: every parser a page value or an imported file goes through takes any string (random
 * Unicode, Vietnamese-looking text, digit soup, control characters, very long input) and answers
 * — a value, null or a problem list — never an exception. Run counts are in docs/RELIABILITY.md.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAddress, findProvince, sameCommune } from './address';
import { parseVnDate, parseInstant, dateFromParts } from './date';
import { checkHkdName, hkdNameKey } from './hkd-name';
import { parseIdNumber, parseGender, checkIdConsistency } from './identity';
import { parsePhone, isValidPhone, formatPhone } from './phone';
import { parseTaxCode, isValidHouseholdBusinessCode } from './tax-code';
import { foldKey, normalizeName, slugify, sameName, foldTokens } from './text';
import { checkMainLineCode, searchVsic } from './vsic';
import { decodeJwtClaims } from '@/utils/sites/jwt';
import { getPath } from '@/utils/sites/json-path';
import { channelOf, money, integer } from '@/utils/sites/values';
import { importCatalogCsv, importCatalogJson } from '@/utils/catalog/import';
import { parseCsv } from '@/utils/catalog/csv';

export const RUNS = 400;
/** Strings a hostile or broken page may hold: any Unicode, Vietnamese-ish, digits and separators. */
export const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.stringMatching(/^[0-9 ./+\-()]{0,20}$/),
  fc.array(fc.constantFrom('Phường', 'Thủ Đức', 'Thành phố', 'Hồ Chí Minh', 'Hộ kinh doanh', ',', '/', '<b>', '\u0000', '\u202e', 'Ư', 'ợ', '  '), { maxLength: 12 }).map((a) => a.join(' ')),
  fc.constantFrom('', ' ', '\n', '0'.repeat(5000), 'ạ'.repeat(20000), '__proto__', 'constructor', 'NaN', '-0', '9'.repeat(400)),
);

const PARSERS: [string, (s: string) => unknown][] = [
  ['parseAddress', parseAddress], ['findProvince', findProvince], ['sameCommune', (s) => sameCommune(s, 'Phường Thủ Đức')],
  ['parseVnDate', parseVnDate], ['parseInstant', parseInstant], ['dateFromParts', (s) => dateFromParts(s, s, s)],
  ['checkHkdName', (s) => checkHkdName(s, ['Hộ kinh doanh An Phát', s])], ['hkdNameKey', hkdNameKey],
  ['parseIdNumber', parseIdNumber], ['parseGender', parseGender],
  ['checkIdConsistency', (s) => checkIdConsistency(parseIdNumber(s), { birthDate: s, gender: s } as never)],
  ['parsePhone', parsePhone], ['isValidPhone', isValidPhone], ['formatPhone', formatPhone],
  ['parseTaxCode', parseTaxCode], ['isValidHouseholdBusinessCode', isValidHouseholdBusinessCode],
  ['foldKey', foldKey], ['normalizeName', normalizeName], ['slugify', slugify], ['sameName', (s) => sameName(s, 'Nguyễn Văn An')], ['foldTokens', foldTokens],
  ['checkMainLineCode', checkMainLineCode], ['searchVsic', (s) => searchVsic(s, 5)],
  ['decodeJwtClaims', decodeJwtClaims], ['decodeJwtClaims(3 parts)', (s) => decodeJwtClaims(`${s}.${btoa(encodeURIComponent(s))}.${s}`)],
  ['getPath', (s) => getPath({ a: { b: [s] } }, s)], ['channelOf', channelOf], ['money', money], ['integer', integer],
  ['parseCsv', (s) => parseCsv(s)], ['importCatalogCsv', (s) => importCatalogCsv(s)], ['importCatalogJson', (s) => importCatalogJson(s)],
];

describe('parsers never throw on hostile strings', () => {
  it.each(PARSERS)('%s', (_name, parse) => {
    fc.assert(fc.property(hostileString, (s) => void parse(s)), { numRuns: RUNS });
  });

  it('catalog import takes any JSON value and answers ok or errors', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const r = importCatalogJson(JSON.stringify(v));
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: RUNS },
    );
  });

  it('value readers take any JSON value', () => {
    fc.assert(fc.property(fc.anything({ maxDepth: 3 }), (v) => void (channelOf(v), money(v), integer(v), getPath(v, 'a.b.0.c'))), { numRuns: RUNS });
  });
});
