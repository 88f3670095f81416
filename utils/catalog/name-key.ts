/**
 * Comparison keys for procedure and component names as different systems write them: folded,
 * punctuation-insensitive, without a leading "Thủ tục", without an embedded code, with the usual
 * abbreviations expanded (HKD, GCN, CCCD, TTHN…).
 */
import { foldTokens } from '@/utils/vn/text';

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  hkd: 'ho kinh doanh',
  gcn: 'giay chung nhan',
  cccd: 'can cuoc cong dan',
  cmnd: 'chung minh nhan dan',
  tthn: 'tinh trang hon nhan',
  gpxd: 'giay phep xay dung',
  qsdd: 'quyen su dung dat',
  ubnd: 'uy ban nhan dan',
};

/** Words that carry no meaning for matching (Vietnamese function words, folded). */
export const STOP_WORDS: ReadonlySet<string> = new Set(['cua', 'va', 'cac', 'theo', 'hoac', 'cho', 'la', 've', 'nay', 'neu', 'khi', 'trong', 'de', 'duoc', 'voi']);

const CODE_IN_TEXT = /\(?\b\d\.\d{6}(?:\.[0-9A-Za-z.]+)?\)?/g;

export function nameTokens(name: string): string[] {
  const raw = foldTokens(String(name ?? '').replace(CODE_IN_TEXT, ' '));
  const expanded = raw.flatMap((t) => (ABBREVIATIONS[t] ?? t).split(' '));
  if (expanded[0] === 'thu' && expanded[1] === 'tuc') expanded.splice(0, expanded[2] === 'hanh' && expanded[3] === 'chinh' ? 4 : 2);
  return expanded;
}

/** Exact-match key: all tokens, in order. */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}

/** Token set for fuzzy matching (stop words removed). */
export function nameTokenSet(name: string): Set<string> {
  return new Set(nameTokens(name).filter((t) => !STOP_WORDS.has(t)));
}

/** Dice coefficient of two token sets. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return (2 * common) / (a.size + b.size);
}
