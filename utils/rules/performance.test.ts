// The overlay's budget is 10 ms per dossier including render (DESIGN, bench): the engine must
// stay far below it — one indexed catalog lookup, no catalog scan, linear in history.
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { ctx, hkdDossier, snapshot, NOW } from './__fixtures__/context';
import type { HistoryEntry } from './context';

describe('evaluate performance', () => {
  it('evaluates a household-business dossier against 2,000 history entries in well under the 10 ms budget', () => {
    const history: HistoryEntry[] = Array.from({ length: 2000 }, (_, i) => ({
      dossierCode: `H29.123-2507${String(i % 28).padStart(2, '0')}-${i}`,
      procedureCode: i % 2 ? '1.001193' : '1.001612.000.00.00.H48',
      applicantIdNumber: `0791900${String(i).padStart(5, '0')}`,
      applicantName: i % 3 ? 'Trần Văn Hùng' : `Nguyễn Văn Số ${i}`,
      applicantBirthDate: '15/07/1985',
      businessName: `Hộ kinh doanh Số ${i}`,
      ward: 'Phường Thủ Đức',
      seenAt: NOW.getTime() - (i % 40) * 86_400_000,
    }));
    const c = ctx(snapshot(hkdDossier(), { account: { username: 'x', fullName: 'Lê Thị Thu Hà' } }), { history });
    for (let i = 0; i < 5; i++) evaluate(c); // warm-up (JIT, match caches)
    const runs = 30;
    const start = performance.now();
    for (let i = 0; i < runs; i++) evaluate(c);
    const perRun = (performance.now() - start) / runs;
    if (process.env.RULES_BENCH) console.info(`evaluate: ${perRun.toFixed(3)} ms`);
    expect(perRun).toBeLessThan(8);
  });
});
