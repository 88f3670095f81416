/**
 * Household-business naming rules (NĐ 168/2025/NĐ-CP, RESEARCH-NOTES §2.1):
 * "Hộ kinh doanh" + own name; own name in the Vietnamese alphabet plus F, J, Z, W, digits and symbols;
 * must not use "công ty" or "doanh nghiệp"; must not duplicate the name of another (non-terminated)
 * household business in the same commune — duplicate = identical spelling ignoring case
 * (diacritics DO count: "Hộ kinh doanh Hoa" and "Hộ kinh doanh Hòa" are different names).
 */
import { collapseSpaces, foldKey, nfc } from './text';

export type HkdNameProblem =
  | 'empty'
  | 'missing-prefix'
  | 'missing-own-name'
  | 'forbidden-word'
  | 'invalid-characters'
  | 'duplicate';

const PREFIX = 'ho kinh doanh';
const FORBIDDEN = ['cong ty', 'doanh nghiep'];
// Combining marks used by Vietnamese letters: grave, acute, circumflex, tilde, breve, hook, horn, dot below.
const VN_MARKS = /[\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]/g;

/** Key under which two names count as duplicates: NFC, single spaces, upper case (vi). */
export function hkdNameKey(name: string): string {
  return collapseSpaces(nfc(name)).toLocaleUpperCase('vi-VN');
}

/** The own name after the "Hộ kinh doanh" prefix, as written (empty when there is no prefix). */
export function hkdOwnName(name: string): string {
  const n = collapseSpaces(nfc(name));
  return foldKey(n).startsWith(PREFIX + ' ') ? n.slice(PREFIX.length + 1).trim() : '';
}

/** Letters allowed: Vietnamese alphabet + F, J, W, Z; digits, spaces and common symbols. */
export function hasOnlyAllowedCharacters(s: string): boolean {
  const base = nfc(s).normalize('NFD').replace(VN_MARKS, '').replace(/[đĐ]/g, 'd');
  return /^[A-Za-z0-9 \-&.,'()/+_@#!"]*$/.test(base);
}

function containsWord(folded: string, phrase: string): boolean {
  return new RegExp(`(^|[^a-z0-9])${phrase}($|[^a-z0-9])`).test(folded);
}

/**
 * Check a proposed name. `registeredInCommune` = names already registered in the same commune
 * (what this installation has seen); a name equal to one of them (ignoring case) is a duplicate.
 */
export function checkHkdName(name: string, registeredInCommune: Iterable<string> = []): HkdNameProblem[] {
  const n = collapseSpaces(nfc(String(name ?? '')));
  if (n === '') return ['empty'];
  const problems: HkdNameProblem[] = [];
  const folded = foldKey(n);
  if (!folded.startsWith(PREFIX)) problems.push('missing-prefix');
  else if (hkdOwnName(n) === '') problems.push('missing-own-name');
  if (FORBIDDEN.some((w) => containsWord(folded, w))) problems.push('forbidden-word');
  if (!hasOnlyAllowedCharacters(n)) problems.push('invalid-characters');
  const key = hkdNameKey(n);
  for (const other of registeredInCommune) {
    if (hkdNameKey(other) === key) {
      problems.push('duplicate');
      break;
    }
  }
  return problems;
}
