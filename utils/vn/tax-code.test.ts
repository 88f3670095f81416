import { describe, expect, it } from 'vitest';
import { isValidHouseholdBusinessCode, parseTaxCode, taxCheckDigit } from './tax-code';

describe('parseTaxCode', () => {
  it('accepts real 10-digit codes with a correct check digit', () => {
    expect(parseTaxCode('0100109106')).toEqual({ kind: 'organisation', value: '0100109106', problems: [] });
    expect(parseTaxCode('0300588569').kind).toBe('organisation');
  });
  it('rejects a wrong check digit', () => {
    expect(parseTaxCode('0100109107')).toMatchObject({ kind: 'invalid', problems: ['check-digit'] });
  });
  it('computes the check digit and refuses remainder 0', () => {
    expect(taxCheckDigit('010010910')).toBe(6);
    // 9 digits whose weighted sum is a multiple of 11 have no valid check digit.
    expect(taxCheckDigit('000000000')).toBe(null);
    // 29 + 7 + 3 + 5 = 44 = 4 × 11.
    expect(taxCheckDigit('010000111')).toBe(null);
    expect(parseTaxCode('0000000000').problems).toEqual(['check-digit']);
  });
  it('accepts the 10-3 branch form only with the hyphen', () => {
    expect(parseTaxCode('0100109106-001')).toEqual({ kind: 'branch', value: '0100109106-001', problems: [] });
    expect(parseTaxCode('0100109106001').problems).toContain('format');
    expect(parseTaxCode('0100109106-000').problems).toContain('branch-suffix');
  });
  it('accepts a 12-digit personal number as household-business code', () => {
    expect(parseTaxCode('079090001234').kind).toBe('personal-id');
    expect(parseTaxCode('003090001234')).toMatchObject({ kind: 'invalid', problems: ['personal-id'] });
    expect(isValidHouseholdBusinessCode('079 090 001 234')).toBe(true);
  });
  it('rejects other shapes', () => {
    expect(parseTaxCode('12345').problems).toEqual(['format']);
    expect(parseTaxCode('').problems).toEqual(['empty']);
  });
});
