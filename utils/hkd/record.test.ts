import { describe, expect, it } from 'vitest';
import { emptyHouseholdRecord, HouseholdBusinessRecordSchema, mainLines, withRecordDefaults } from './record';

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

  it.each([
    ['nothing', {}],
    ['owner only', { owner: { fullName: 'Nguyễn Văn A', permanentAddress: { ward: 'Phường 1' } } }],
    ['business parts', { procedure: 'change', business: { name: 'Quán A', lines: [{ name: 'Bán lẻ', main: true }], locations: [{ name: 'Kho' }] } }],
    ['members and submitter', { members: [{ fullName: 'B' }], submitter: { kind: 'authorised', fullName: 'C' }, foundingSubject: 'household' }],
  ] as const)('zod-free defaults equal the schema defaults (%s)', (_name, draft) => {
    const expected = HouseholdBusinessRecordSchema.parse(draft);
    expect(withRecordDefaults(structuredClone(draft) as never)).toEqual(expected);
  });
});
