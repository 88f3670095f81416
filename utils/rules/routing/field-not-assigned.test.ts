import { describe, expect, it } from 'vitest';
import { birthDossier, ctx, findingsOf, hkdDossier, snapshot, CONFIG } from '../__fixtures__/context';

const ID = 'routing/field-not-assigned';
const land = () =>
  birthDossier({ field: 'Đất đai', procedureCode: '1.013967', procedureName: 'Hòa giải tranh chấp đất đai (cấp xã)' });

describe(ID, () => {
  it('fires when the dossier field is not assigned to the username', async () => {
    const [f, ...rest] = await findingsOf(ID, ctx(snapshot(land())));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', messageKey: 'rule_fieldNotAssigned', messageArgs: ['Đất đai', 'tn.hotich.thuduc', 'Hộ tịch, chung-thuc'] });
  });
  it('matches assignments by slug and by name in any case or without diacritics', async () => {
    const chungThuc = birthDossier({ field: 'CHỨNG THỰC', procedureCode: '2.000815', procedureName: 'Chứng thực bản sao từ bản chính', components: [] });
    expect(await findingsOf(ID, ctx(snapshot(chungThuc)))).toEqual([]);
    const config = { ...CONFIG, fieldAssignments: [{ account: 'tn.hotich.thuduc', fields: ['ho tich'] }] };
    expect(await findingsOf(ID, ctx(snapshot(birthDossier()), { config }))).toEqual([]);
  });
  it('finds the account by full name when the username is not assigned', async () => {
    const snap = snapshot(hkdDossier(), { account: { username: 'thuha.le', fullName: 'LÊ THỊ THU HÀ' } });
    expect(await findingsOf(ID, ctx(snap))).toEqual([]);
    const wrong = snapshot(birthDossier(), { account: { username: 'thuha.le', fullName: 'Lê Thị Thu Hà' } });
    expect((await findingsOf(ID, ctx(wrong)))[0]?.messageArgs).toEqual(['Hộ tịch', 'Lê Thị Thu Hà', 'Thành lập và hoạt động của hộ kinh doanh']);
  });
  it('accepts a field prefixed "Lĩnh vực" as iGate sometimes writes it', async () => {
    const d = birthDossier({ field: 'Lĩnh vực Hộ tịch' });
    expect(await findingsOf(ID, ctx(snapshot(d)))).toEqual([]);
  });
  it('falls back to the catalog field when the page shows none', async () => {
    const d = birthDossier({ field: undefined, procedureCode: '1.013967', procedureName: 'Hòa giải tranh chấp đất đai (cấp xã)' });
    const [f] = await findingsOf(ID, ctx(snapshot(d)));
    expect(f?.messageArgs[0]).toBe('Đất đai');
  });
  it('says nothing when the field is unreadable', async () => {
    const snap = snapshot(land(), { unreadable: [{ value: 'dossier.field', tried: ['label Lĩnh vực'] }] });
    expect(await findingsOf(ID, ctx(snap))).toEqual([]);
  });
});
