/**
 * Select option matching by normalised name: HkdOnline lists bare names ("Hồ Chí Minh",
 * "Thủ Đức") while dossiers carry full ones ("Thành phố Hồ Chí Minh", "Phường Thủ Đức").
 * An exact folded match wins; then a match without the administrative prefix; two candidates
 * or none give undefined — the fill reports the option missing rather than guessing.
 */
import { foldKey } from '@/utils/vn/text';

export interface Option {
  value: string;
  text: string;
}

// Longest first, so "thanh pho" is removed before a lone "tp".
const PREFIXES = ['thanh pho', 'thi tran', 'dac khu', 'tinh', 'phuong', 'xa', 'tp'];

/** Folded name without its administrative prefix, punctuation or hyphens ("Khơ-me" = "Khơ me"). */
export function optionKey(s: string): string {
  let k = foldKey(s).replace(/[.\-–_,()]/g, ' ').replace(/\s+/g, ' ').trim();
  for (const p of PREFIXES) {
    if (k.startsWith(`${p} `)) {
      k = k.slice(p.length + 1);
      break;
    }
  }
  return k;
}

function unique(found: Option[]): Option | undefined {
  return found.length === 1 ? found[0] : undefined;
}

export function matchOption(options: Option[], wanted: string): Option | undefined {
  const real = options.filter((o) => o.value !== '');
  if (!wanted.trim()) return undefined;
  const byValue = real.filter((o) => o.value === wanted);
  if (byValue.length === 1) return byValue[0];
  const folded = foldKey(wanted);
  const exact = real.filter((o) => foldKey(o.text) === folded);
  if (exact.length) return unique(exact);
  const key = optionKey(wanted);
  return unique(real.filter((o) => optionKey(o.text) === key));
}

/** Whether a selected option (value + text) is the wanted one. */
export function isSameOption(selected: Option, wanted: string): boolean {
  if (!selected.value) return false;
  return selected.value === wanted || optionKey(selected.text) === optionKey(wanted);
}
