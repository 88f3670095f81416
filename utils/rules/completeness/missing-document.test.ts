import { describe, expect, it } from 'vitest';
import { birthDossier, ctx, findingsOf, hkdDossier, hkdRecord, snapshot } from '../__fixtures__/context';

const ID = 'completeness/missing-document';
const hkdAccount = { account: { username: 'x', fullName: 'Lê Thị Thu Hà' } };

describe(ID, () => {
  it('fires for a required component without a file, one finding per component', async () => {
    const d = birthDossier({ components: [{ name: 'Tờ khai đăng ký khai sinh theo mẫu', files: [] }, { name: 'Giấy chứng sinh', files: [] }] });
    const found = await findingsOf(ID, ctx(snapshot(d)));
    expect(found.map((f) => f.key.split('|')[2]).sort()).toEqual(['giay-chung-sinh', 'to-khai']);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });
  it('in person: the paper declaration is required; online: the e-form instead', async () => {
    const paperOnly = [{ name: 'Tờ khai đăng ký khai sinh', files: ['tk.pdf'] }, { name: 'Giấy chứng sinh', files: ['gcs.pdf'] }];
    expect(await findingsOf(ID, ctx(snapshot(birthDossier({ components: paperOnly }))))).toEqual([]);
    const online = await findingsOf(ID, ctx(snapshot(birthDossier({ channel: 'online', components: paperOnly }))));
    expect(online.map((f) => f.messageKey)).toEqual(['rule_missingDocument_channel']);
    expect(online[0]!.messageArgs).toEqual(['Mẫu hộ tịch điện tử tương tác đăng ký khai sinh', '@rule_label_channelOnline']);
    const eform = [{ name: 'Mẫu hộ tịch điện tử tương tác đăng ký khai sinh', files: ['eform.json'] }, { name: 'Giấy chứng sinh', files: ['gcs.pdf'] }];
    expect(await findingsOf(ID, ctx(snapshot(birthDossier({ channel: 'online', components: eform }))))).toEqual([]);
  });
  it('with the channel unknown, either declaration will do', async () => {
    const eform = [{ name: 'Mẫu hộ tịch điện tử tương tác đăng ký khai sinh', files: ['eform.json'] }, { name: 'Giấy chứng sinh', files: ['gcs.pdf'] }];
    expect(await findingsOf(ID, ctx(snapshot(birthDossier({ channel: undefined, components: eform }))))).toEqual([]);
    const none = await findingsOf(ID, ctx(snapshot(birthDossier({ channel: undefined, components: [{ name: 'Giấy chứng sinh', files: ['g.pdf'] }] }))));
    expect(none.map((f) => f.messageKey)).toEqual(['rule_missingDocument_oneOf']);
  });
  it('demands the power of attorney when someone else submits for the owner', async () => {
    const d = hkdDossier({ applicant: { ...hkdDossier().applicant, fullName: 'Phạm Thị Yến', idNumber: '079192004321', birthDate: '02/02/1992', gender: 'female' } });
    const [f, ...rest] = await findingsOf(ID, ctx(snapshot(d, hkdAccount)));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageKey: 'rule_missingDocument_conditional', messageArgs: [expect.stringContaining('Văn bản ủy quyền'), '@rule_fact_authorisedRepresentative'] });
    const withPower = { ...d, components: [...d.components!, { name: 'Giấy ủy quyền', files: ['uy-quyen.pdf'] }] };
    expect(await findingsOf(ID, ctx(snapshot(withPower, hkdAccount)))).toEqual([]);
  });
  it('demands the family meeting minutes when household members found the business', async () => {
    const d = hkdDossier({}, hkdRecord((r) => void (r.foundingSubject = 'household')));
    const [f] = await findingsOf(ID, ctx(snapshot(d, hkdAccount)));
    expect(f?.key.endsWith('|bien-ban-hop-gia-dinh')).toBe(true);
  });
  it('never demands identity papers that are only presented, nor the ID-card copy for HKD', async () => {
    expect(await findingsOf(ID, ctx(snapshot(hkdDossier(), hkdAccount)))).toEqual([]);
  });
  it('says nothing for a procedure the catalog has no components for', async () => {
    const d = birthDossier({ procedureCode: '1.004884', procedureName: 'Đăng ký lại khai sinh', components: [] });
    expect(await findingsOf(ID, ctx(snapshot(d)))).toEqual([]);
  });
});
