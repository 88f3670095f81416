/**
 * Unicode and name normalisation for Vietnamese text.
 * Pages mix NFC and NFD (decomposed) input, so every comparison goes through foldKey.
 */

/** Canonical composed form; what we store and display. Never throws. */
export function nfc(s: string): string {
  return String(s ?? '').normalize('NFC');
}

// U+0300–U+036F: combining diacritical marks left after NFD (Vietnamese tones and hats).
const COMBINING = /[\u0300-\u036f]/g;
// Treat NBSP, zero-width and other Unicode spaces like ordinary spaces.
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Strip diacritics and map đ/Đ → d/D, keeping case. */
export function stripDiacritics(s: string): string {
  return String(s ?? '')
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Collapse every run of whitespace to one space and trim. */
export function collapseSpaces(s: string): string {
  return String(s ?? '').replace(SPACES, ' ').trim();
}

/**
 * Comparison key: no diacritics, đ→d, lower-case, single spaces, trimmed,
 * without a trailing colon (labels are often written "Họ và tên:"). Idempotent.
 */
export function foldKey(s: string): string {
  let out = collapseSpaces(stripDiacritics(s).toLowerCase());
  // Trailing colons (ASCII or full-width) and the spaces before them.
  out = out.replace(/[\s:：]+$/u, '');
  return out;
}

/**
 * Name as entered on forms: NFC, single spaces, trimmed.
 * Forms say "ghi bằng chữ in hoa" (write in capitals): toUpper applies that convention.
 */
export function normalizeName(s: string, opts: { toUpper?: boolean } = {}): string {
  const base = collapseSpaces(nfc(s));
  return opts.toUpper ? base.toLocaleUpperCase('vi-VN') : base;
}

/** Same person name ignoring case, spacing and Unicode form, but NOT diacritics. */
export function sameName(a: string, b: string): boolean {
  return normalizeName(a, { toUpper: true }) === normalizeName(b, { toUpper: true });
}

/** Same name also ignoring diacritics (for systems that drop tone marks). Looser than sameName. */
export function sameNameLoose(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b);
}

/** True if the name is already written in capitals (the "chữ in hoa" convention). */
export function isUpperCaseName(s: string): boolean {
  const n = normalizeName(s);
  return n.length > 0 && n === n.toLocaleUpperCase('vi-VN') && /\p{L}/u.test(n);
}

/** Lower-case kebab slug from folded text: "Hộ tịch" → "ho-tich". */
export function slugify(s: string): string {
  return foldKey(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Word tokens of the folded key (letters/digits only). */
export function foldTokens(s: string): string[] {
  return foldKey(s).split(/[^a-z0-9]+/).filter(Boolean);
}
