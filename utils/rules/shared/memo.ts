/**
 * Bounded memo for text keys computed again and again over the history (business names, wards):
 * Unicode normalisation costs microseconds, and the same few thousand names recur on every
 * evaluation. Cleared wholesale when full — simple, and still O(1) per lookup.
 */
const LIMIT = 20_000;

export function memoize(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= LIMIT) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}
