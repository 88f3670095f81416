// Deterministic pseudo-random source for the seed. Everything except dates must be identical on
// every run, so no Math.random() anywhere in the seed: all choices come from one mulberry32 stream.

/** mulberry32: tiny, fast, good enough for test data, reproducible from a 32-bit seed. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helper API over one stream; the call order defines the data, so keep it stable. */
export function createRandom(seed) {
  const next = mulberry32(seed);
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    digits: (n) => Array.from({ length: n }, () => String(int(0, 9))).join(''),
    hex: (n) => Array.from({ length: n }, () => int(0, 15).toString(16)).join(''),
  };
}
