import { describe, expect, it } from 'vitest';
import { birthDossier, ctx, findingsOf, hkdDossier, hkdRecord, snapshot, CONFIG } from '../__fixtures__/context';

const ID = 'routing/outside-jurisdiction';
/** Bảo trợ xã hội: the catalog does not mark it non-geographic. */
const welfare = (address: { street?: string; ward?: string; province?: string }) =>
  birthDossier({
    field: 'Bảo trợ xã hội',
    procedureCode: '1.001731',
    procedureName: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    components: [],
    applicant: { ...birthDossier().applicant, address },
  });
const asWelfareOfficer = { ...CONFIG, fieldAssignments: [{ account: 'tn.hotich.thuduc', fields: ['Bảo trợ xã hội'] }] };

describe(ID, () => {
  it('fires for an applicant of another ward on a geographic procedure', async () => {
    const d = welfare({ street: '7 Kha Vạn Cân', ward: 'Phường Linh Xuân', province: 'Thành phố Hồ Chí Minh' });
    const [f] = await findingsOf(ID, ctx(snapshot(d), { config: asWelfareOfficer }));
    expect(f).toMatchObject({ severity: 'warning', messageArgs: ['Phường Linh Xuân, Thành phố Hồ Chí Minh', 'Phường Thủ Đức'] });
  });
  it('reads ward and province from a one-line address', async () => {
    const d = welfare({ street: '15 Nguyễn Văn Linh, Phường Hải Châu, Thành phố Đà Nẵng' });
    expect(await findingsOf(ID, ctx(snapshot(d), { config: asWelfareOfficer }))).toHaveLength(1);
  });
  it('does not fire for an applicant of this ward, written differently', async () => {
    const d = welfare({ street: '3 Tô Ngọc Vân', ward: 'P. Thủ Đức', province: 'TP. Hồ Chí Minh' });
    expect(await findingsOf(ID, ctx(snapshot(d), { config: asWelfareOfficer }))).toEqual([]);
  });
  it('does not fire for a non-geographic procedure (catalog flag)', async () => {
    const d = birthDossier({ applicant: { ...birthDossier().applicant, address: { ward: 'Phường Hải Châu', province: 'Đà Nẵng' } } });
    expect(await findingsOf(ID, ctx(snapshot(d)))).toEqual([]);
  });
  it('does not fire for a procedure listed in config.nonGeographicProcedures', async () => {
    const d = welfare({ ward: 'Phường Linh Xuân', province: 'Thành phố Hồ Chí Minh' });
    const config = { ...asWelfareOfficer, nonGeographicProcedures: ['1.001731'] };
    expect(await findingsOf(ID, ctx(snapshot(d), { config }))).toEqual([]);
  });
  it('household business: a seat elsewhere in the province is fine, another province is not', async () => {
    const account = { username: 'x', fullName: 'Lê Thị Thu Hà' };
    const sameProvince = hkdDossier({}, hkdRecord((r) => void (r.business.seat = { province: 'TP. Hồ Chí Minh', ward: 'Phường Linh Xuân', street: '1 Quốc lộ 1K' })));
    expect(await findingsOf(ID, ctx(snapshot(sameProvince, { account })))).toEqual([]);
    const other = hkdDossier({}, hkdRecord((r) => void (r.business.seat = { province: 'Tỉnh Đồng Nai', ward: 'Phường Trấn Biên', street: '2 Phạm Văn Thuận' })));
    const [f] = await findingsOf(ID, ctx(snapshot(other, { account })));
    expect(f).toMatchObject({ messageKey: 'rule_outsideJurisdiction_seat', messageArgs: ['Phường Trấn Biên', 'Tỉnh Đồng Nai', 'Thành phố Hồ Chí Minh'] });
  });
  it('says nothing without a configured unit', async () => {
    const d = welfare({ ward: 'Phường Linh Xuân', province: 'Thành phố Hồ Chí Minh' });
    const { unit: _unit, ...config } = asWelfareOfficer;
    expect(await findingsOf(ID, ctx(snapshot(d), { config }))).toEqual([]);
  });
});
