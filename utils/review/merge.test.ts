import { beforeEach, describe, expect, it } from 'vitest';
import { AssistDatabase } from '@/utils/db/database';
import { mergeRecord, mergeRecords } from './merge';
import { makeWarnings } from './synthetic';

let database: AssistDatabase;
let n = 0;
beforeEach(() => {
  database = new AssistDatabase(`merge-test-${n++}`);
});

const NOW = Date.UTC(2026, 0, 20);

describe('merge by id', () => {
  it('adds new records, and a second import changes nothing', async () => {
    const records = makeWarnings(30);
    expect(await mergeRecords(database, records, NOW, 'hotich01')).toEqual({ added: 30, updated: 0, present: 0 });
    const before = await database.warnings.toArray();
    expect(await mergeRecords(database, records, NOW + 1, 'hotich01')).toEqual({ added: 0, updated: 0, present: 30 });
    expect(await database.warnings.toArray()).toEqual(before);
    expect(before[0]!.history.at(-1)).toMatchObject({ event: 'imported', note: 'hotich01' });
  });

  it('takes the later state and unites histories; merging the result again is a no-op', () => {
    const [a] = makeWarnings(1);
    const later = {
      ...a!,
      status: 'resolved' as const,
      lastSeenAt: a!.lastSeenAt + 1000,
      review: { note: 'Đã xem', at: a!.lastSeenAt + 500 },
      history: [...a!.history, { at: a!.lastSeenAt + 1000, event: 'resolved' as const }],
    };
    const merged = mergeRecord(a!, later)!;
    expect(merged.status).toBe('resolved');
    expect(merged.review?.note).toBe('Đã xem');
    expect(merged.history.map((e) => e.event)).toEqual([...a!.history.map((e) => e.event), 'resolved']);
    expect(mergeRecord(merged, later)).toBeNull();
    expect(mergeRecord(merged, a!)).toBeNull();
    expect(mergeRecord(later, a!)).toBeNull();
  });
});
