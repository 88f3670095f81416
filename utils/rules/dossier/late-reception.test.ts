import { describe, expect, it } from 'vitest';
import { birthDossier, ctx, findingsOf, snapshot } from '../__fixtures__/context';

const ID = 'dossier/late-reception';
/** Online, not yet received, submitted at `submittedAt`, evaluated at `now`. */
const at = (submittedAt: string, now: string, over = {}) =>
  findingsOf(ID, ctx(snapshot(birthDossier({ channel: 'online', receiveButtonPresent: true, status: 'Chờ tiếp nhận', submittedAt, ...over })), { now: new Date(now) }));

describe(ID, () => {
  it('says nothing before 75 % of a working day', async () => {
    expect(await at('2025-08-04T08:00:00+07:00', '2025-08-04T14:00:00+07:00')).toEqual([]); // 5 h 00
  });
  it('warns "sắp trễ" from 75 % (6 working hours)', async () => {
    const [f] = await at('2025-08-04T08:00:00+07:00', '2025-08-04T15:30:00+07:00');
    expect(f).toMatchObject({ severity: 'warning', messageKey: 'rule_lateReception_soon', messageArgs: ['04/08/2025 08:00', '6:00', '05/08/2025 08:00'] });
  });
  it('warns "đã trễ" beyond one working day, counting across the weekend', async () => {
    // Friday 14:00–17:00 (3 h) + Monday 07:30–11:30 (4 h) + 13:00–14:30 (1 h 30) = 8 h 30.
    const [f] = await at('2025-08-01T14:00:00+07:00', '2025-08-04T14:30:00+07:00');
    expect(f).toMatchObject({ messageKey: 'rule_lateReception_late', messageArgs: ['01/08/2025 14:00', '8:30', '04/08/2025 14:00'] });
    // Exactly one working day is not yet beyond it.
    const [edge] = await at('2025-08-01T14:00:00+07:00', '2025-08-04T14:00:00+07:00');
    expect(edge?.messageKey).toBe('rule_lateReception_soon');
  });
  it('does not count public holidays (Quốc khánh 01–02/09/2025)', async () => {
    expect(await at('2025-08-29T16:00:00+07:00', '2025-09-03T08:00:00+07:00')).toEqual([]);
  });
  it('ignores in-person dossiers and dossiers already received', async () => {
    expect(await at('2025-08-01T08:00:00+07:00', '2025-08-05T08:00:00+07:00', { channel: 'in-person' })).toEqual([]);
    expect(await at('2025-08-01T08:00:00+07:00', '2025-08-05T08:00:00+07:00', { receiveButtonPresent: false, status: 'Đang xử lý' })).toEqual([]);
  });
});
