// Fault switches that reproduce what officers meet on the real HkdOnline: "Lỗi hệ thống" pages on
// postbacks, sessions that expire mid-wizard, slow responses. Syntax: "error=0.3,expire=12,slow=800,seed=7".

const KEYS = new Set(['error', 'expire', 'slow', 'seed']);

/** Parse a fault string into { error?, expire?, slow?, seed? }; unknown keys and bad numbers are ignored. */
export function parseFaults(text) {
  const out = {};
  for (const part of String(text ?? '').split(/[,;&\s]+/)) {
    const [key, raw] = part.split('=');
    if (!key || !KEYS.has(key.trim())) continue;
    const value = Number(raw);
    if (raw === undefined || raw.trim() === '' || !Number.isFinite(value) || value < 0) continue;
    out[key.trim()] = value;
  }
  return out;
}

/**
 * Effective faults of one request: the server's options, overridden key by key by the
 * `replica-faults` cookie of the browser context (so one test can switch faults on or off).
 */
export function effectiveFaults(serverFaults, cookieText) {
  const merged = { error: 0, expire: 0, slow: 0, seed: 1, ...parseFaults(serverFaults) };
  if (cookieText) Object.assign(merged, parseFaults(cookieText));
  merged.error = Math.min(1, merged.error);
  return merged;
}

/** FNV-1a 32-bit hash, used to derive PRNG seeds from text. */
export function hashString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: small deterministic PRNG returning floats in [0, 1). */
export function createRng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
