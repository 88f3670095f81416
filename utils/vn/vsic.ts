/**
 * VSIC business-line codes (Hệ thống ngành kinh tế Việt Nam, VSIC 2018). The main business line of a
 * household business must carry a level-4 code (4 digits) — RESEARCH-NOTES §2.2, footnote of Mẫu 01.
 * Level 1 is a letter (A–U); levels 2–5 are 2–5 digits whose first two digits are a division.
 */
import { VSIC_LEVEL4_COMMON } from './vsic-data';
import { foldKey, foldTokens } from './text';

/** The 88 level-2 divisions of VSIC 2018 (gaps such as 04, 34, 40 do not exist). */
export const VSIC_DIVISIONS: ReadonlySet<string> = new Set(
  '01 02 03 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 35 36 37 38 39 41 42 43 45 46 47 49 50 51 52 53 55 56 58 59 60 61 62 63 64 65 66 68 69 70 71 72 73 74 75 77 78 79 80 81 82 84 85 86 87 88 90 91 92 93 94 95 96 97 98 99'.split(' '),
);

export type VsicProblem = 'empty' | 'format' | 'not-level-4' | 'unknown-division';

export interface VsicCheck {
  code: string;
  level: number | null;
  /** Name from the bundled list, when the code is in it. */
  name?: string;
  problems: VsicProblem[];
}

/** Check a code given as the main business line: it must be a level-4 code in a real division. */
export function checkMainLineCode(input: string): VsicCheck {
  const code = String(input ?? '').replace(/\s/g, '');
  if (code === '') return { code, level: null, problems: ['empty'] };
  if (/^[A-Ua-u]$/.test(code)) return { code: code.toUpperCase(), level: 1, problems: ['not-level-4'] };
  if (!/^\d{2,5}$/.test(code)) return { code, level: null, problems: ['format'] };
  const problems: VsicProblem[] = [];
  if (!VSIC_DIVISIONS.has(code.slice(0, 2))) problems.push('unknown-division');
  if (code.length !== 4) problems.push('not-level-4');
  const name = VSIC_LEVEL4_COMMON[code];
  return name ? { code, level: code.length, name, problems } : { code, level: code.length, problems };
}

export function isLevel4VsicCode(input: string): boolean {
  return checkMainLineCode(input).problems.length === 0;
}

/** Bundled level-4 codes whose name contains every word of the query (diacritic-insensitive). */
export function searchVsic(query: string, limit = 20): Array<{ code: string; name: string }> {
  const words = foldTokens(query);
  if (words.length === 0) return [];
  const out: Array<{ code: string; name: string }> = [];
  for (const [code, name] of Object.entries(VSIC_LEVEL4_COMMON)) {
    const key = foldKey(name);
    if (code.startsWith(query.trim()) || words.every((w) => key.includes(w))) out.push({ code, name });
    if (out.length >= limit) break;
  }
  return out;
}
