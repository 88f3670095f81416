/**
 * Vietnamese phone numbers (RESEARCH-NOTES §3.4). Canonical national form: leading 0.
 * Mobile: 0[35789] + 8 digits. Landline: 02 + 9 digits (area code 2xx after the 2017 renumbering).
 * Accepted input: spaces, dots, dashes, parentheses; +84 / 84 / 0084 prefix.
 */
export type PhoneKind = 'mobile' | 'landline' | 'service' | 'invalid';

export interface ParsedPhone {
  kind: PhoneKind;
  /** 0xxxxxxxxx form, or the stripped digits when invalid. */
  national: string;
  /** +84xxxxxxxxx form ('' when invalid). */
  e164: string;
}

/** Strip separators and turn an international prefix into the national 0. */
function toNational(input: string): string {
  let s = String(input ?? '').trim().replace(/[\s.\-()]/g, '');
  if (s.startsWith('+84')) s = '0' + s.slice(3);
  else if (s.startsWith('0084')) s = '0' + s.slice(4);
  else if (/^84\d{9,10}$/.test(s)) s = '0' + s.slice(2);
  return s;
}

export function parsePhone(input: string): ParsedPhone {
  const national = toNational(input);
  const e164 = '+84' + national.slice(1);
  if (/^0[35789]\d{8}$/.test(national)) return { kind: 'mobile', national, e164 };
  if (/^02\d{9}$/.test(national)) return { kind: 'landline', national, e164 };
  // Short hotlines (1022, 113…) and 1800/1900 numbers: reachable but not a person's number.
  if (/^1[89]00\d{4,6}$/.test(national) || /^1\d{2,3}$/.test(national)) {
    return { kind: 'service', national, e164: '' };
  }
  return { kind: 'invalid', national, e164: '' };
}

export function isValidPhone(input: string): boolean {
  const k = parsePhone(input).kind;
  return k === 'mobile' || k === 'landline';
}

/** Display form: 0912 345 678 / 028 3829 6052. */
export function formatPhone(input: string): string {
  const p = parsePhone(input);
  if (p.kind === 'mobile') return `${p.national.slice(0, 4)} ${p.national.slice(4, 7)} ${p.national.slice(7)}`;
  if (p.kind === 'landline') return `${p.national.slice(0, 3)} ${p.national.slice(3, 7)} ${p.national.slice(7)}`;
  return p.national;
}
