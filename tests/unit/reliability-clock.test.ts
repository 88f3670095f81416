// The clock changed (set back, set forward) between checks: `now` is injected everywhere, so the
// store, the retention purge, capture expiry and the time-based rule are driven with jumps.
// Nothing is lost, nothing is written twice, and no record moves back in time.
import { describe, expect, it } from 'vitest';
import { AssistDatabase } from '@/utils/db/database';
import { recordCheck } from '@/utils/db/warnings-store';
import { purgeExpired } from '@/utils/db/retention';
import { evaluate } from '@/utils/rules/evaluate';
import { birthDossier, ctx, snapshot, NOW } from '@/utils/rules/__fixtures__/context';

const DAY = 86_400_000;
const T = Date.UTC(2026, 5, 1, 3);
const finding = { key: 'HS-1|dossier/duplicate|x', ruleId: 'dossier/duplicate', severity: 'warning' as const, messageKey: 'rule_x', messageArgs: [], facts: {}, evidence: {} };
const check = { dossierCode: 'HS-1', account: 'hotich01', unit: 'Phường Thủ Đức' };

describe('clock changes', () => {
  it('a check after the clock was set back keeps one record that does not move back in time', async () => {
    const database = new AssistDatabase('reliability-clock-1');
    await recordCheck(database, check, [finding], T);
    await recordCheck(database, check, [finding], T - 30 * DAY); // clock set back a month
    await recordCheck(database, check, [finding], T + 2 * DAY); // and forward again
    const all = await database.warnings.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]!.firstSeenAt).toBe(T);
    expect(all[0]!.lastSeenAt).toBe(T + 2 * DAY);
    await recordCheck(database, check, [finding], T - 365 * DAY);
    expect((await database.warnings.get(finding.key))!.lastSeenAt).toBe(T + 2 * DAY);
    expect((await database.warnings.get(finding.key))!.history.filter((h) => h.event === 'opened')).toHaveLength(1);
  });

  it('the purge run with a clock set back a year deletes nothing', async () => {
    const database = new AssistDatabase('reliability-clock-2');
    await recordCheck(database, check, [finding], T);
    await database.seen.put({ dossierCode: 'HS-1', seenAt: T, applicantIdNumber: '079203001245' });
    const counts = await purgeExpired(database, 180, T - 365 * DAY);
    expect(counts).toMatchObject({ warnings: 0, seen: 0, captures: 0 });
    expect(await database.warnings.count()).toBe(1);
  });

  it('captured personal data expires by its own date even when the clock jumps forward', async () => {
    const database = new AssistDatabase('reliability-clock-3');
    const capture = { capturedAt: T, iv: '', data: '', summary: { procedure: '', businessName: '' } };
    await database.captures.bulkPut([{ ...capture, dossierCode: 'A', expiresAt: T + 7 * DAY }]);
    expect((await purgeExpired(database, 180, T + 6 * DAY)).captures).toBe(0);
    expect((await purgeExpired(database, 180, T + 30 * DAY)).captures).toBe(1);
  });

  it('late reception with the clock before the submission time: no finding, no exception', () => {
    const online = birthDossier({ channel: 'online', status: 'Mới đăng ký', submittedAt: '2025-08-05T08:10:00+07:00' });
    for (const now of [new Date(NOW.getTime() - 30 * DAY), new Date(NOW.getTime() - 60_000), new Date(Number.NaN)]) {
      const found = evaluate(ctx(snapshot(online), { now }));
      expect(found.filter((f) => f.ruleId === 'dossier/late-reception')).toEqual([]);
    }
  });

  it('late reception still fires after a jump forward', () => {
    const online = birthDossier({ channel: 'online', status: 'Mới đăng ký', submittedAt: '2025-08-05T08:10:00+07:00' });
    const found = evaluate(ctx(snapshot(online), { now: new Date(NOW.getTime() + 10 * DAY) }));
    expect(found.map((f) => f.ruleId)).toContain('dossier/late-reception');
  });
});
