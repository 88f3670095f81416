/**
 * Lookup structure over a validated catalog. Built once (O(total names + codes)); every lookup
 * is a hash probe, or — for a fuzzy name — a scoring of the candidates that share one of the
 * query's rarest words (bounded by MAX_CANDIDATES), never a scan of the catalog.
 */
import type { Catalog, Procedure } from './schema';
import { nationalCodeOf, normalizeCode } from './codes';
import { dice, nameKey, nameTokenSet } from './name-key';
import { foldKey } from '@/utils/vn/text';

export type MatchedBy = 'code' | 'local-code' | 'alias' | 'name' | 'name-fuzzy';

export interface LookupResult {
  procedure: Procedure;
  matchedBy: MatchedBy;
  /** The alias record when matchedBy = 'alias'. */
  alias?: Procedure['aliases'][number];
  /** Similarity for fuzzy name matches (0–1). */
  score?: number;
}

export interface CatalogIndex {
  readonly catalog: Catalog;
  byCode(code: string): LookupResult | undefined;
  byName(name: string): LookupResult | undefined;
  /** Code first (national, local, alias), then name. */
  find(query: { code?: string | null; name?: string | null }): LookupResult | undefined;
  /** Distinct fields, in catalog order. */
  fields(): Array<{ name: string; slug: string }>;
  /** How many candidate names the last fuzzy lookup scored (for tests and the bench). */
  lastExamined(): number;
}

export const FUZZY_THRESHOLD = 0.8;
const MIN_DICE = 0.7;

/**
 * Mean of Dice and query coverage: a system that drops or adds a word still scores high, while
 * the Dice floor keeps a short query ("Đăng ký") from matching every long name that contains it.
 */
function nameScore(q: ReadonlySet<string>, c: ReadonlySet<string>): number {
  const d = dice(q, c);
  if (d < MIN_DICE || q.size === 0) return 0;
  let common = 0;
  for (const t of q) if (c.has(t)) common++;
  return (d + common / q.size) / 2;
}
const MAX_CANDIDATES = 400;
const RAREST_WORDS = 3;

interface NameEntry {
  proc: number;
  tokens: Set<string>;
}

export function createCatalogIndex(catalog: Catalog): CatalogIndex {
  const procs = catalog.procedures;
  const byNational = new Map<string, number>();
  const byLocal = new Map<string, number>();
  const byAlias = new Map<string, [number, Procedure['aliases'][number]]>();
  const byNameKey = new Map<string, number>();
  const entries: NameEntry[] = [];
  const postings = new Map<string, number[]>();

  procs.forEach((p, i) => {
    byNational.set(p.code, i);
    for (const l of p.localCodes) byLocal.set(normalizeCode(l), i);
    for (const a of p.aliases) byAlias.set(a.code, [i, a]);
    for (const n of [p.name, ...p.nameVariants]) {
      const key = nameKey(n);
      if (!byNameKey.has(key)) byNameKey.set(key, i);
      const entry = entries.push({ proc: i, tokens: nameTokenSet(n) }) - 1;
      for (const t of entries[entry]!.tokens) {
        const list = postings.get(t);
        if (list) list.push(entry);
        else postings.set(t, [entry]);
      }
    }
  });

  let examined = 0;

  function byCode(code: string): LookupResult | undefined {
    const norm = normalizeCode(code);
    const local = byLocal.get(norm);
    if (local !== undefined) return { procedure: procs[local]!, matchedBy: 'local-code' };
    const national = nationalCodeOf(norm);
    if (!national) return undefined;
    const i = byNational.get(national);
    if (i !== undefined) return { procedure: procs[i]!, matchedBy: norm === national ? 'code' : 'local-code' };
    const alias = byAlias.get(national);
    if (alias) return { procedure: procs[alias[0]]!, matchedBy: 'alias', alias: alias[1] };
    return undefined;
  }

  function byName(name: string): LookupResult | undefined {
    examined = 0;
    const exact = byNameKey.get(nameKey(name));
    if (exact !== undefined) return { procedure: procs[exact]!, matchedBy: 'name' };
    const q = nameTokenSet(name);
    const rare = [...q].filter((t) => postings.has(t)).sort((a, b) => postings.get(a)!.length - postings.get(b)!.length);
    const candidates = new Set<number>();
    for (const t of rare.slice(0, RAREST_WORDS)) {
      for (const e of postings.get(t)!) {
        if (candidates.size >= MAX_CANDIDATES) break;
        candidates.add(e);
      }
    }
    examined = candidates.size;
    let best: { proc: number; score: number } | undefined;
    let second = 0;
    for (const e of candidates) {
      const entry = entries[e]!;
      const score = nameScore(q, entry.tokens);
      if (!best || score > best.score) {
        if (best && best.proc !== entry.proc) second = Math.max(second, best.score);
        best = { proc: entry.proc, score };
      } else if (entry.proc !== best.proc) second = Math.max(second, score);
    }
    // A near-tie between two procedures is not a match: better "unknown" than a wrong procedure.
    if (!best || best.score < FUZZY_THRESHOLD || best.score - second < 0.05) return undefined;
    return { procedure: procs[best.proc]!, matchedBy: 'name-fuzzy', score: best.score };
  }

  function fields() {
    const seen = new Map<string, { name: string; slug: string }>();
    for (const p of procs) if (!seen.has(p.field.slug)) seen.set(p.field.slug, p.field);
    return [...seen.values()];
  }

  return {
    catalog,
    byCode,
    byName,
    find: ({ code, name }) => (code ? byCode(code) : undefined) ?? (name && foldKey(name) ? byName(name) : undefined),
    fields,
    lastExamined: () => examined,
  };
}
