import { describe, it, expect, beforeEach } from 'vitest';
import { AssistDatabase } from './database';
import { recordCheck, recordOverride, recordReview, type StorableFinding } from './warnings-store';

const check = { dossierCode: 'H29-0001', account: 'hotich01', unit: 'Phường Thủ Đức', field: 'Hộ tịch' };
const finding = (ruleId: string, severity: StorableFinding['severity'] = 'error'): StorableFinding => ({
  key: `H29-0001|${ruleId}|`,
  ruleId,
  severity,
  messageKey: 'k',
  messageArgs: [],
  facts: {},
  evidence: {},
});

let database: AssistDatabase;
beforeEach(async () => {
  database = new AssistDatabase(`test-${Math.random()}`);
  await database.open();
});

describe('recordCheck', () => {
  it('stores each finding once per dossier and rule, however often the dossier is checked', async () => {
    await recordCheck(database, check, [finding('routing/field-not-assigned')], 1);
    await recordCheck(database, check, [finding('routing/field-not-assigned')], 2);
    const all = await database.warnings.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ status: 'open', firstSeenAt: 1, lastSeenAt: 2 });
  });

  it('resolves a record that a later check no longer finds, and reopens it when it returns', async () => {
    await recordCheck(database, check, [finding('a'), finding('b')], 1);
    await recordCheck(database, check, [finding('a')], 2);
    expect((await database.warnings.get('H29-0001|b|'))?.status).toBe('resolved');
    await recordCheck(database, check, [finding('a'), finding('b')], 3);
    const b = await database.warnings.get('H29-0001|b|');
    expect(b?.status).toBe('open');
    expect(b?.history.map((h) => h.event)).toEqual(['opened', 'resolved', 'reopened']);
  });

  it('keeps an override through later checks', async () => {
    await recordCheck(database, check, [finding('a'), finding('w', 'warning')], 1);
    const overridden = await recordOverride(database, 'H29-0001', 'Đã xác minh với lãnh đạo', 'hotich01', 2);
    expect(overridden.map((r) => r.ruleId)).toEqual(['a']);
    await recordCheck(database, check, [finding('a'), finding('w', 'warning')], 3);
    const a = await database.warnings.get('H29-0001|a|');
    expect(a).toMatchObject({ status: 'overridden', override: { reason: 'Đã xác minh với lãnh đạo' } });
    expect((await database.warnings.get('H29-0001|w|'))?.status).toBe('open');
    expect(await database.audit.count()).toBe(1);
  });

  it('records a supervisor review and refuses an unknown id', async () => {
    await recordCheck(database, check, [finding('a')], 1);
    await recordReview(database, 'H29-0001|a|', 'Đã nhắc nhở cán bộ', 5, 'giamsat');
    expect((await database.warnings.get('H29-0001|a|'))?.review?.note).toBe('Đã nhắc nhở cán bộ');
    await expect(recordReview(database, 'nope', 'x', 6)).rejects.toThrow('nope');
  });
});
