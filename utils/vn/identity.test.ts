import { describe, expect, it } from 'vitest';
import { checkIdConsistency, idBirthYear, parseGender, parseIdNumber } from './identity';

describe('parseIdNumber', () => {
  it('decodes a personal number (HCMC, male, born 1990)', () => {
    const id = parseIdNumber('079090001234');
    expect(id).toMatchObject({ kind: 'personal', provinceCode: '079', province: 'TP. Hồ Chí Minh', century: 1900, gender: 'male', birthYear2: 90, problems: [] });
    expect(idBirthYear(id)).toBe(1990);
  });
  it('decodes century/gender digits 1, 2, 3', () => {
    expect(parseIdNumber('001185000111')).toMatchObject({ century: 1900, gender: 'female', birthYear2: 85 });
    expect(parseIdNumber('074203000111')).toMatchObject({ century: 2000, gender: 'male', birthYear2: 3, province: 'Bình Dương' });
    expect(parseIdNumber('077305000111')).toMatchObject({ century: 2000, gender: 'female', birthYear2: 5 });
  });
  it('tolerates spaces and dots between digit groups', () => {
    expect(parseIdNumber(' 079 090 001 234 ').kind).toBe('personal');
    expect(parseIdNumber('079.090.001.234').digits).toBe('079090001234');
  });
  it('rejects wrong lengths, non-digits and unknown provinces', () => {
    expect(parseIdNumber('07909000123').problems).toEqual(['length']);
    expect(parseIdNumber('0790900012345').problems).toEqual(['length']);
    expect(parseIdNumber('07909000123A').problems).toEqual(['non-digit']);
    expect(parseIdNumber('').problems).toEqual(['empty']);
    // 003 and 097 are not province codes (gaps in the table).
    expect(parseIdNumber('003090001234')).toMatchObject({ kind: 'invalid', problems: ['unknown-province'] });
    expect(parseIdNumber('097090001234').problems).toContain('unknown-province');
  });
  it('recognises 9-digit CMND numbers as legacy', () => {
    expect(parseIdNumber('025123456')).toMatchObject({ kind: 'legacy-cmnd', problems: ['legacy-cmnd'] });
  });
});

describe('checkIdConsistency', () => {
  it('accepts a number that matches birth date and gender', () => {
    expect(checkIdConsistency('079090001234', { birthDate: { y: 1990, m: 5, d: 12 }, gender: 'male' })).toEqual([]);
    expect(checkIdConsistency('079303000111', { birthDate: { y: 2003, m: 4, d: 26 }, gender: 'female' })).toEqual([]);
  });
  it('flags a wrong birth year, century and gender', () => {
    expect(checkIdConsistency('079090001234', { birthDate: { y: 1991, m: 1, d: 1 } })).toEqual(['birth-year']);
    expect(checkIdConsistency('079090001234', { birthDate: { y: 2090, m: 1, d: 1 } })).toEqual(['century-gender']);
    expect(checkIdConsistency('079090001234', { gender: 'female' })).toEqual(['gender']);
    // Born 2003 but digit 0 (= 1900s male): both the century and, for a woman, the gender are wrong.
    expect(checkIdConsistency('079003000111', { birthDate: { y: 2003, m: 4, d: 26 }, gender: 'female' })).toEqual(['century-gender', 'gender']);
  });
  it('passes through parse problems', () => {
    expect(checkIdConsistency('123', { gender: 'male' })).toEqual(['length']);
  });
  it('parses genders as forms write them', () => {
    expect(parseGender('Nữ')).toBe('female');
    expect(parseGender('NAM')).toBe('male');
    expect(parseGender('khác')).toBeNull();
  });
});
