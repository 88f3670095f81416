/**
 * Label keys: how two label texts are compared. foldKey (no case, no diacritics, đ→d, single
 * spaces, no trailing colon) plus what printed forms add around a label: "(nếu có)" notes,
 * required-field asterisks and item numbering ("5.1.", "a)").
 */
import { foldKey } from '@/utils/vn/text';

const PARENS = /\([^)]*\)/g;
const NUMBERING = /^(?:\d+(?:\.\d+)*\.?|[a-z]\)|[ivx]+\.)\s+/;

// Pages repeat the same few hundred label texts and every read folds them again; folding (NFD,
// regexes) dominates the label engine, so keys are memoised. Bounded: cleared when it grows.
const KEYS = new Map<string, string>();
const MAX_KEYS = 20_000;

export function labelKey(s: string): string {
  let k = KEYS.get(s);
  if (k !== undefined) return k;
  k = computeLabelKey(s);
  if (KEYS.size >= MAX_KEYS) KEYS.clear();
  KEYS.set(s, k);
  return k;
}

function computeLabelKey(s: string): string {
  let k = foldKey(s).replace(PARENS, ' ').replace(/\*/g, ' ');
  k = k.replace(/\s+/g, ' ').trim();
  k = k.replace(NUMBERING, '');
  return k.replace(/[\s:：\-–]+$/u, '').trim();
}

/** Does a heading's key name this section? Whole-word containment ("địa chỉ trụ sở hộ kinh doanh" ⊃ "địa chỉ trụ sở"). */
export function headingMatches(headingKey: string, sectionKey: string): boolean {
  if (!sectionKey) return false;
  return ` ${headingKey} `.includes(` ${sectionKey} `);
}
