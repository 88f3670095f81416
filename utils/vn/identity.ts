/**
 * Personal identification number (số định danh cá nhân, 12 digits, printed on CCCD / Căn cước
 * cards) and the legacy 9-digit CMND. Structure PPP G YY RRRRRR, no check digit (RESEARCH-NOTES §3.1):
 * PPP = birth-registration province, G = century + gender (even = male), YY = birth year mod 100.
 * Problems are codes; the UI translates them.
 */
import { ID_PROVINCE_PREFIXES } from './province-codes';
import type { VnDate } from './date';

export type Gender = 'male' | 'female';
export type IdProblem =
  | 'empty'
  | 'non-digit'
  | 'length'
  | 'legacy-cmnd'
  | 'unknown-province'
  | 'century-gender'
  | 'birth-year'
  | 'gender';

export interface ParsedId {
  kind: 'personal' | 'legacy-cmnd' | 'invalid';
  /** Digits only, as parsed (spaces and dots removed). */
  digits: string;
  provinceCode?: string;
  province?: string;
  /** First year of the birth century: 1900, 2000, 2100… */
  century?: number;
  gender?: Gender;
  /** Last two digits of the birth year, as written. */
  birthYear2?: number;
  problems: IdProblem[];
}

// Digit G → century start. 8/9 (2300s) exist in the circular; accepted but such people are not born yet,
// so checkIdConsistency will always flag them against any real birth date.
const CENTURY_BY_DIGIT = [1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 2300, 2300] as const;

/** Parse an identity number. Tolerates spaces, dots and dashes between digits. Never throws. */
export function parseIdNumber(input: string): ParsedId {
  const raw = String(input ?? '').trim();
  const digits = raw.replace(/[\s.\-]/g, '');
  if (digits === '') return { kind: 'invalid', digits, problems: ['empty'] };
  if (!/^\d+$/.test(digits)) return { kind: 'invalid', digits, problems: ['non-digit'] };
  if (digits.length === 9) return { kind: 'legacy-cmnd', digits, problems: ['legacy-cmnd'] };
  if (digits.length !== 12) return { kind: 'invalid', digits, problems: ['length'] };

  const provinceCode = digits.slice(0, 3);
  const g = Number(digits[3]);
  const result: ParsedId = {
    kind: 'personal',
    digits,
    provinceCode,
    century: CENTURY_BY_DIGIT[g],
    gender: g % 2 === 0 ? 'male' : 'female',
    birthYear2: Number(digits.slice(4, 6)),
    problems: [],
  };
  const province = ID_PROVINCE_PREFIXES[provinceCode];
  if (province) result.province = province;
  else {
    result.kind = 'invalid';
    result.problems.push('unknown-province');
  }
  return result;
}

/** Birth year encoded by a personal number, or undefined when it cannot be decoded. */
export function idBirthYear(id: ParsedId): number | undefined {
  if (id.century === undefined || id.birthYear2 === undefined) return undefined;
  return id.century + id.birthYear2;
}

/**
 * Compare a personal number with the birth date and gender stated on the same form.
 * Returns problem codes: 'century-gender' (century digit does not fit the birth century),
 * 'birth-year' (YY differs), 'gender' (parity differs). Missing facts are simply not checked.
 */
export function checkIdConsistency(
  id: ParsedId | string,
  facts: { birthDate?: VnDate | null; birthYear?: number | null; gender?: Gender | null },
): IdProblem[] {
  const parsed = typeof id === 'string' ? parseIdNumber(id) : id;
  if (parsed.kind !== 'personal') return [...parsed.problems];
  const problems: IdProblem[] = [];
  const year = facts.birthDate?.y ?? facts.birthYear ?? undefined;
  if (year !== undefined && year !== null) {
    const century = Math.floor(year / 100) * 100;
    if (century !== parsed.century) problems.push('century-gender');
    if (year % 100 !== parsed.birthYear2) problems.push('birth-year');
  }
  if (facts.gender && facts.gender !== parsed.gender) problems.push('gender');
  return problems;
}

/** Parse a gender as written on forms ("Nam", "Nữ", "male", "F"…). */
export function parseGender(s: string): Gender | null {
  const k = String(s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
  if (['nam', 'male', 'm', 'trai'].includes(k)) return 'male';
  if (['nu', 'female', 'f', 'gai'].includes(k)) return 'female';
  return null;
}
