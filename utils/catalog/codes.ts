/**
 * Procedure code forms (RESEARCH-NOTES §1.1, §8.1): national X.NNNNNN; local X.NNNNNN.000.00.00.Hnn
 * (optionally .NN service variant); short local X.NNNNNN.Hnn; online service X.NNNNNN.NN.
 * Every form starts with the national code, which is what lookups fall back to.
 */
const NATIONAL_PREFIX = /^(\d\.\d{6})(?:$|\.)/;

/** Trimmed, spaces removed, "h29" → "H29". */
export function normalizeCode(input: string): string {
  return String(input ?? '').replace(/\s+/g, '').replace(/\.h(\d{2})/g, '.H$1');
}

/** The national code inside any code form, or null when the text is not a procedure code. */
export function nationalCodeOf(input: string): string | null {
  const code = normalizeCode(input);
  if (!/^\d\.\d{6}(?:\.[0-9H.]+)?$/.test(code)) return null;
  return NATIONAL_PREFIX.exec(code)?.[1] ?? null;
}

/** Province/authority suffix Hnn of a local code, if any. */
export function authorityOf(input: string): string | null {
  return /\.(H\d{2})(?:\.|$)/.exec(normalizeCode(input))?.[1] ?? null;
}
