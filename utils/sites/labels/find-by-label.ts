/**
 * findByLabel: the value labelled by one of `labels`, in any supported layout, optionally
 * restricted to a section. Among candidates, the one in the nearest matching section wins,
 * then the earlier label in `labels`, then document order. Empty values do not count.
 */
import { createLabelIndex, isLabelIndex, type LabelCandidate, type LabelIndex } from './label-index';
import { labelKey } from './normalize';
import { sectionChain, sectionRank } from './sections';
import { extractValue } from './extract';

export interface FindOptions {
  /** Section headings (any of them) the value must sit under. */
  section?: string[];
  /** Only values this accepts count (first VALID value wins). */
  accept?: (value: string) => boolean;
}

export interface Found {
  value: string;
  detail: string;
}

interface Ranked {
  found: Found;
  score: [number, number, number];
}

function better(a: Ranked['score'], b: Ranked['score']): boolean {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

function rankOf(c: LabelCandidate, sectionKeys: string[] | undefined, index: LabelIndex): [number, string] | null {
  if (!sectionKeys?.length) return [0, ''];
  const chain = sectionChain(c.node, index.root as Node, index.sections);
  const r = sectionRank(chain, sectionKeys);
  return r < 0 ? null : [r, chain[r] ?? ''];
}

export function findByLabel(root: ParentNode | LabelIndex, labels: string[], opts: FindOptions = {}): Found | null {
  const index = isLabelIndex(root) ? root : createLabelIndex(root);
  const sectionKeys = opts.section?.map(labelKey).filter(Boolean);
  let best: Ranked | null = null;
  labels.forEach((label, li) => {
    for (const c of index.byKey.get(labelKey(label)) ?? []) {
      const rank = rankOf(c, sectionKeys, index);
      if (!rank) continue;
      const score: Ranked['score'] = [rank[0], li, c.order];
      if (best && !better(score, best.score)) continue;
      const got = extractValue(c);
      if (!got || !got.value) continue;
      if (opts.accept && !opts.accept(got.value)) continue;
      const where = rank[1] ? ` in section "${rank[1]}"` : '';
      best = { found: { value: got.value, detail: `label "${c.text}" (${got.layout})${where}` }, score };
    }
  });
  return (best as Ranked | null)?.found ?? null;
}
