import { describe, expect, it } from 'vitest';
import { emptyHouseholdRecord, HouseholdBusinessRecordSchema, mainLines } from './record';

describe('HouseholdBusinessRecord', () => {
  it('an empty record has every container, nothing invented', () => {
    const r = emptyHouseholdRecord();
    expect(r).toEqual({
      procedure: 'register',
      owner: { permanentAddress: {}, contactAddress: {} },
      business: { seat: {}, lines: [], locations: [] },
      members: [],
      submitter: { kind: 'owner' },
    });
  });

  it('rejects malformed values', () => {
    expect(HouseholdBusinessRecordSchema.safeParse({ business: { capital: -5 } }).success).toBe(false);
    expect(HouseholdBusinessRecordSchema.safeParse({ owner: { gender: 'Nam' } }).success).toBe(false);
    expect(HouseholdBusinessRecordSchema.safeParse({ procedure: 'open' }).success).toBe(false);
    expect(HouseholdBusinessRecordSchema.safeParse({ business: { lines: [{ name: 'x' }] } }).success).toBe(false);
  });

  it('mainLines picks the ticked lines', () => {
    const r = HouseholdBusinessRecordSchema.parse({
      business: { lines: [{ name: 'Bán lẻ', code: '4711', main: true }, { name: 'Đồ uống', main: false }] },
    });
    expect(mainLines(r).map((l) => l.code)).toEqual(['4711']);
  });
});
