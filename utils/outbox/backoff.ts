// Exponential backoff with jitter for central delivery: the n-th consecutive failure waits about
// base·2^(n-1), capped, with "equal jitter" (half fixed, half random) so many installations that
// failed together do not retry together, and no wait is ever shorter than half the step.
export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_CAP_MS = 30 * 60_000;

export function backoffDelay(attempts: number, random: () => number = Math.random, base = BACKOFF_BASE_MS, cap = BACKOFF_CAP_MS): number {
  const step = Math.min(cap, base * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
  return Math.round(step / 2 + random() * (step / 2));
}
