/**
 * Fuzz: iGate's dossier JSON is the page's, so it is untrusted. A real dossier with random values
 * put at random places (wrong types, nulls, deep junk, prototype keys), and plain random JSON,
 * must give a valid snapshot whose unreadable list names what is missing — never an exception,
 * and never a field verdict from a value that is not a string.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadJson } from '@/utils/sites/test-pages';
import { readDetailFromJson } from './read-detail';

const RUNS = 300;
const FIXTURES = ['clean-ho-tich', 'hkd-family', 'hkd-change', 'missing-document', 'authorized-with-letter'].map(
  (name) => loadJson<{ url: string; dossier: Record<string, unknown> }>(`pages/motcua/${name}.json`),
);

/** Every path (as keys) of a JSON value, to pick where to inject. */
function paths(v: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  if (v && typeof v === 'object') {
    for (const [k, child] of Object.entries(v)) {
      out.push([...prefix, k]);
      if (prefix.length < 6) paths(child, [...prefix, k], out);
    }
  }
  return out;
}

function inject(doc: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(doc);
  let at: Record<string, unknown> = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>;
  if (at && typeof at === 'object') at[path.at(-1)!] = value;
  return copy;
}

const junk = fc.oneof(fc.anything({ maxDepth: 3 }), fc.constantFrom(null, undefined, '', 0, -1, NaN, [], {}, '__proto__', { __proto__: { polluted: 1 } }, 'x'.repeat(100_000)));

describe('readDetailFromJson under random JSON', () => {
  it('a real dossier with junk injected anywhere still reads', () => {
    fc.assert(
      fc.property(fc.nat(FIXTURES.length - 1), fc.array(fc.tuple(fc.nat(), junk), { minLength: 1, maxLength: 4 }), (fi, edits) => {
        const { url, dossier } = FIXTURES[fi]!;
        let doc = dossier;
        for (const [i, value] of edits) {
          const all = paths(doc); // the previous edit may have removed a branch
          if (all.length) doc = inject(doc, all[i % all.length]!, value);
        }
        const snap = readDetailFromJson(doc, url);
        expect(snap.dossier.field === undefined || typeof snap.dossier.field === 'string').toBe(true);
        expect(({} as { polluted?: number }).polluted).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it('any JSON value at all gives a snapshot that says what it could not read', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const snap = readDetailFromJson(v, 'https://motcua.tphcm.gov.vn/vi/dossier/search/x');
        if (snap.dossier.field === undefined) expect(snap.unreadable.map((u) => u.value)).toContain('dossier.field');
      }),
      { numRuns: RUNS },
    );
  });
});
