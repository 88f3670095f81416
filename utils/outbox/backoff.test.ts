import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffDelay } from './backoff';

describe('backoff', () => {
  it('doubles per attempt, between half and all of the step', () => {
    expect(backoffDelay(1, () => 0)).toBe(BACKOFF_BASE_MS / 2);
    expect(backoffDelay(1, () => 1)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelay(3, () => 0.999999)).toBeCloseTo(BACKOFF_BASE_MS * 4, -1);
    expect(backoffDelay(4, () => 0)).toBe(BACKOFF_BASE_MS * 4);
  });

  it('never exceeds the cap nor goes below half a step, for any attempt and any random value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (n, r) => {
        const d = backoffDelay(n, () => r);
        const step = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(n - 1, 30));
        return d >= step / 2 && d <= step && d <= BACKOFF_CAP_MS;
      }),
    );
  });

  it('spreads retries of installations that failed together (jitter)', () => {
    const values = new Set(Array.from({ length: 50 }, () => backoffDelay(5)));
    expect(values.size).toBeGreaterThan(40);
  });
});
