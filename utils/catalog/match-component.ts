/**
 * Map a component name as a system writes it ("Tờ khai đăng ký khai sinh", "Giấy ủy quyền",
 * HkdOnline's "Bản sao giấy tờ pháp lý của cá nhân") to the catalog component of a procedure.
 * Score = mean of a weighted Dice and a weighted containment over folded words, where a word's
 * weight is its rarity among this procedure's components — so the words that tell components
 * apart ("tờ khai" vs "điện tử tương tác") count more than the shared ones ("đăng ký khai sinh").
 */
import type { Component, Procedure } from './schema';
import { nameKey, nameTokenSet } from './name-key';

export const COMPONENT_MATCH_THRESHOLD = 0.6;

interface Prepared {
  weight: Map<string, number>;
  names: Array<{ component: Component; key: string; tokens: Set<string> }>;
}

const cache = new WeakMap<Procedure, Prepared>();

function prepare(p: Procedure): Prepared {
  const hit = cache.get(p);
  if (hit) return hit;
  const names = p.components.flatMap((component) =>
    [component.name, ...(component.aliases ?? [])].map((n) => ({ component, key: nameKey(n), tokens: nameTokenSet(n) })),
  );
  const df = new Map<string, number>();
  for (const c of p.components) {
    const words = new Set(names.filter((n) => n.component === c).flatMap((n) => [...n.tokens]));
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const n = Math.max(1, p.components.length);
  const weight = new Map([...df].map(([w, d]) => [w, Math.log(1 + n / d)]));
  const prepared = { weight, names };
  cache.set(p, prepared);
  return prepared;
}

function score(q: Set<string>, c: Set<string>, weight: Map<string, number>): number {
  // Words unknown to the procedure weigh like the rarest possible word.
  const w = (t: string) => weight.get(t) ?? Math.log(2 + weight.size);
  let wq = 0, wc = 0, common = 0;
  for (const t of q) wq += w(t);
  for (const t of c) {
    wc += w(t);
    if (q.has(t)) common += w(t);
  }
  if (wq === 0 || wc === 0) return 0;
  return 0.5 * ((2 * common) / (wq + wc)) + 0.5 * (common / Math.min(wq, wc));
}

export interface ComponentMatch {
  component: Component;
  score: number;
}

/** Best matching component, or null when nothing is close enough or two components tie. */
export function matchComponent(name: string, procedure: Procedure): ComponentMatch | null {
  const { weight, names } = prepare(procedure);
  const key = nameKey(name);
  if (key === '') return null;
  const exact = names.find((n) => n.key === key);
  if (exact) return { component: exact.component, score: 1 };
  const q = nameTokenSet(name);
  let best: ComponentMatch | null = null;
  let second = 0;
  for (const n of names) {
    const s = score(q, n.tokens, weight);
    if (!best || s > best.score) {
      if (best && best.component !== n.component) second = Math.max(second, best.score);
      best = { component: n.component, score: s };
    } else if (n.component !== best.component) second = Math.max(second, s);
  }
  if (!best || best.score < COMPONENT_MATCH_THRESHOLD || best.score - second < 0.02) return null;
  return best;
}
