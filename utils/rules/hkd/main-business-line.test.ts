import { describe, expect, it } from 'vitest';
import { ctx, findingsOf, hkdDossier, hkdRecord, snapshot } from '../__fixtures__/context';
import type { BusinessLine } from '@/utils/hkd/record';

const ID = 'hkd/main-business-line';
const withLines = (lines: BusinessLine[], procedure: 'register' | 'change' | 'suspend' = 'register') =>
  snapshot(hkdDossier({}, hkdRecord((r) => Object.assign(r, { procedure, business: { ...r.business, lines } }))));
const retail: BusinessLine = { name: 'Bán lẻ lương thực, thực phẩm, đồ uống trong cửa hàng', code: '4711', main: true };
const drinks: BusinessLine = { name: 'Dịch vụ phục vụ đồ uống', code: '5630', main: false };

describe(ID, () => {
  it('accepts one main line with a level-4 code', async () => {
    expect(await findingsOf(ID, ctx(withLines([retail, drinks])))).toEqual([]);
  });
  it('fires with no main line, or several', async () => {
    const [none] = await findingsOf(ID, ctx(withLines([{ ...retail, main: false }, drinks])));
    expect(none).toMatchObject({ severity: 'error', messageKey: 'rule_mainLine_none', messageArgs: ['2'] });
    const [several] = await findingsOf(ID, ctx(withLines([retail, { ...drinks, main: true }])));
    expect(several?.messageKey).toBe('rule_mainLine_several');
    expect((await findingsOf(ID, ctx(withLines([])))).map((f) => f.messageKey)).toEqual(['rule_mainLine_none']);
  });
  it('fires when the main line lacks a level-4 VSIC code', async () => {
    const [f] = await findingsOf(ID, ctx(withLines([{ ...retail, code: '471' }])));
    expect(f).toMatchObject({ messageKey: 'rule_mainLine_code', messageArgs: [retail.name, '471'] });
    const [missing] = await findingsOf(ID, ctx(withLines([{ ...retail, code: undefined }])));
    expect(missing?.messageArgs[1]).toBe('—');
  });
  it('ignores suspensions, and changes that do not touch the lines', async () => {
    expect(await findingsOf(ID, ctx(withLines([], 'suspend')))).toEqual([]);
    expect(await findingsOf(ID, ctx(withLines([], 'change')))).toEqual([]);
  });
});
