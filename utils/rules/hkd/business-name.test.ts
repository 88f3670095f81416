import { describe, expect, it } from 'vitest';
import { ctx, findingsOf, hkdDossier, hkdRecord, snapshot } from '../__fixtures__/context';
import type { HistoryEntry } from '../context';

const ID = 'hkd/business-name';
const named = (name: string, procedure: 'register' | 'change' | 'terminate' = 'register') =>
  snapshot(hkdDossier({}, hkdRecord((r) => Object.assign(r, { procedure }, { business: { ...r.business, name } }))));
const keys = async (s: ReturnType<typeof snapshot>, over = {}) => (await findingsOf(ID, ctx(s, over))).map((f) => f.messageKey);
const seen = (businessName: string, ward?: string): HistoryEntry => ({ dossierCode: 'H29.123-250701-0042', seenAt: Date.parse('2025-07-01T09:00:00+07:00'), businessName, ward });

describe(ID, () => {
  it('accepts "Hộ kinh doanh" + own name in any case', async () => {
    expect(await keys(named('Hộ kinh doanh Tạp hóa Minh Châu'))).toEqual([]);
  });
  it('fires when the prefix or the own name is missing', async () => {
    expect(await keys(named('Tạp hóa Minh Châu'))).toEqual(['rule_hkdName_prefix']);
    expect(await keys(named('HỘ KINH DOANH'))).toEqual(['rule_hkdName_ownName']);
  });
  it('fires on "công ty" / "doanh nghiệp"', async () => {
    const [f] = await findingsOf(ID, ctx(named('Hộ kinh doanh Công ty Bảo An')));
    expect(f).toMatchObject({ severity: 'error', messageKey: 'rule_hkdName_forbiddenWord', messageArgs: ['Hộ kinh doanh Công ty Bảo An'] });
  });
  it('fires on a name already registered in the ward, ignoring case', async () => {
    const [f] = await findingsOf(ID, ctx(named('Hộ kinh doanh Phở Hùng'), { registeredBusinessNames: ['HỘ KINH DOANH PHỞ HÙNG'] }));
    expect(f).toMatchObject({ messageKey: 'rule_hkdName_duplicate', messageArgs: ['Hộ kinh doanh Phở Hùng', 'HỘ KINH DOANH PHỞ HÙNG'] });
  });
  it('reports a name identical without diacritics with its own message', async () => {
    expect(await keys(named('Ho kinh doanh Pho Hung'), { registeredBusinessNames: ['Hộ kinh doanh Phở Hùng'] })).toEqual(['rule_hkdName_duplicateNoDiacritics']);
  });
  it('uses history names of the same ward only, and not the dossier itself', async () => {
    const name = 'Hộ kinh doanh Cơm tấm Bảy Hổ';
    expect(await keys(named(name), { history: [seen(name, 'Phường Thủ Đức')] })).toEqual(['rule_hkdName_duplicate']);
    expect(await keys(named(name), { history: [seen(name, 'Phường Linh Xuân')] })).toEqual([]);
    const self = { ...seen(name), dossierCode: 'H29.123-250805-0002' };
    expect(await keys(named(name), { history: [self] })).toEqual([]);
  });
  it('does not check names of termination dossiers, nor duplicates on a change', async () => {
    expect(await keys(named('Tạp hóa Minh Châu', 'terminate'))).toEqual([]);
    expect(await keys(named('HỘ KINH DOANH PHỞ HÙNG', 'change'), { registeredBusinessNames: ['Hộ kinh doanh Phở Hùng'] })).toEqual([]);
  });
});
