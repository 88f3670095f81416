/**
 * Tax codes (mã số thuế), RESEARCH-NOTES §3.3:
 * - 10 digits, organisation/legacy personal, last digit = check digit
 *   N10 = 10 − (Σ Ni·Wi mod 11), W = [31,29,23,19,17,13,7,5,3]; a result of 10 (remainder 0) is impossible → invalid.
 * - 13 digits written NNNNNNNNNN-NNN: dependent unit/branch (001–999) of a valid 10-digit code.
 * - 12 digits: the personal identification number, used as tax code (and household-business code) since 07/2025.
 */
import { parseIdNumber } from './identity';

export type TaxCodeKind = 'organisation' | 'branch' | 'personal-id' | 'invalid';
export type TaxCodeProblem = 'empty' | 'format' | 'check-digit' | 'branch-suffix' | 'personal-id';

export interface ParsedTaxCode {
  kind: TaxCodeKind;
  /** Canonical form: digits, with the hyphen for branches. */
  value: string;
  problems: TaxCodeProblem[];
}

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** Check digit for the first nine digits, or null when no digit can satisfy the rule. */
export function taxCheckDigit(nine: string): number | null {
  if (!/^\d{9}$/.test(nine)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * WEIGHTS[i]!;
  const digit = 10 - (sum % 11);
  return digit === 10 ? null : digit;
}

function valid10(ten: string): boolean {
  return taxCheckDigit(ten.slice(0, 9)) === Number(ten[9]);
}

/** Parse a tax code; spaces and dots are ignored. Never throws. */
export function parseTaxCode(input: string): ParsedTaxCode {
  const s = String(input ?? '').replace(/[\s.]/g, '');
  if (s === '') return { kind: 'invalid', value: s, problems: ['empty'] };
  const m = /^(\d{10})-?(\d{3})$/.exec(s);
  if (m && (s.includes('-') || s.length === 13)) {
    const [, base = '', suffix = ''] = m;
    const problems: TaxCodeProblem[] = [];
    if (!valid10(base)) problems.push('check-digit');
    if (suffix === '000') problems.push('branch-suffix');
    // The branch form must carry the hyphen: systems reject 13 bare digits.
    if (!s.includes('-')) problems.push('format');
    return { kind: problems.length ? 'invalid' : 'branch', value: `${base}-${suffix}`, problems };
  }
  if (/^\d{10}$/.test(s)) {
    return valid10(s)
      ? { kind: 'organisation', value: s, problems: [] }
      : { kind: 'invalid', value: s, problems: ['check-digit'] };
  }
  if (/^\d{12}$/.test(s)) {
    const id = parseIdNumber(s);
    return id.kind === 'personal'
      ? { kind: 'personal-id', value: s, problems: [] }
      : { kind: 'invalid', value: s, problems: ['personal-id'] };
  }
  return { kind: 'invalid', value: s, problems: ['format'] };
}

/** Household-business code = tax code: 12-digit personal number, or a legacy 10-digit / branch code. */
export function isValidHouseholdBusinessCode(input: string): boolean {
  return parseTaxCode(input).kind !== 'invalid';
}
