import { describe, expect, it } from 'vitest';
import { evaluate, evaluateListPage, evaluateListRow } from './evaluate';
import { birthDossier, ctx, hkdDossier, ids, listCtx, row, snapshot, CONFIG } from './__fixtures__/context';

describe('evaluate — clean dossiers', () => {
  it('gives no finding for a correct in-person birth registration', () => {
    expect(evaluate(ctx())).toEqual([]);
  });
  it('gives no finding for a correct household-business registration', () => {
    const snap = snapshot(hkdDossier(), { account: { username: 'hkd.thuduc', fullName: 'Lê Thị Thu Hà' } });
    expect(evaluate(ctx(snap))).toEqual([]);
  });
});

/** A land-mediation dossier: not in the fields of the hộ tịch account. */
const landDossier = () =>
  birthDossier({ field: 'Đất đai', procedureCode: '1.013967', procedureName: 'Hòa giải tranh chấp đất đai (cấp xã)',
    components: [{ name: 'Đơn yêu cầu hòa giải tranh chấp đất đai', files: ['don-hoa-giai.pdf'] }] });

describe('evaluate — interplay', () => {
  it('an unreadable field gives adapter/unreadable and no field-not-assigned', () => {
    const dossier = birthDossier({ field: undefined, procedureCode: '1.000593', procedureName: 'Đăng ký kết hôn lưu động' });
    const snap = snapshot(dossier, {
      account: { username: 'hkd.thuduc', fullName: 'Lê Thị Thu Hà' },
      unreadable: [{ value: 'dossier.field', tried: ['json procedure.sector.name', 'label Lĩnh vực'] }],
    });
    const found = evaluate(ctx(snap));
    expect(ids(found)).toEqual(['adapter/unreadable']);
    expect(found[0]!.severity).toBe('review');
    expect(found[0]!.messageArgs).toEqual(['@rule_value_field', 'json procedure.sector.name; label Lĩnh vực']);
    // The same dossier with the field read is mis-received for this account.
    const readable = snapshot(birthDossier(), { account: { username: 'hkd.thuduc', fullName: 'Lê Thị Thu Hà' } });
    expect(ids(evaluate(ctx(readable)))).toEqual(['routing/field-not-assigned']);
  });

  it('unreadable components give no missing-document', () => {
    const snap = snapshot(birthDossier({ components: undefined }), {
      unreadable: [{ value: 'components', tried: ['label Thành phần hồ sơ'] }],
    });
    expect(ids(evaluate(ctx(snap)))).toEqual(['adapter/unreadable']);
  });

  it('a needed value missing without an unreadable entry still reports adapter/unreadable', () => {
    const found = evaluate(ctx(snapshot(birthDossier({ components: undefined }))));
    expect(ids(found)).toEqual(['adapter/unreadable']);
    expect(found[0]!.facts).toMatchObject({ value: 'dossier.components', tried: [] });
  });

  it('an account without assignment gives account-not-configured, not field-not-assigned', () => {
    const snap = snapshot(birthDossier({ field: 'Đất đai' }), { account: { username: 'cb.moi', fullName: 'Võ Quốc Bảo' } });
    expect(ids(evaluate(ctx(snap)))).toEqual(['routing/account-not-configured']);
  });

  it('each unreadable value gives one finding, and findings carry evidence only for what they used', () => {
    const snap = snapshot(landDossier(), {
      unreadable: [
        { value: 'dossier.applicant.phone', tried: ['label Số điện thoại'] },
        { value: 'dossier.submittedAt', tried: ['label Ngày nộp'] },
      ],
    });
    const found = evaluate(ctx(snap));
    expect(ids(found)).toEqual(['routing/field-not-assigned', 'adapter/unreadable', 'adapter/unreadable']);
    expect(Object.keys(found[0]!.evidence).sort()).toEqual(['account.username', 'dossier.field']);
    expect(found[0]!.key).toBe('H29.123-250805-0001|routing/field-not-assigned|dat-dai');
  });
});

describe('evaluate — configuration', () => {
  const misrouted = () => snapshot(landDossier());
  it('a disabled rule gives nothing', () => {
    const config = { ...CONFIG, rules: { 'routing/field-not-assigned': { enabled: false } } };
    expect(evaluate(ctx(misrouted(), { config }))).toEqual([]);
  });
  it('a severity override replaces the default', () => {
    const config = { ...CONFIG, rules: { 'routing/field-not-assigned': { severity: 'warning' as const } } };
    expect(evaluate(ctx(misrouted(), { config }))[0]!.severity).toBe('warning');
    expect(evaluate(ctx(misrouted()))[0]!.severity).toBe('error');
  });
  it('an enabled: true entry changes nothing', () => {
    const config = { ...CONFIG, rules: { 'routing/field-not-assigned': { enabled: true } } };
    expect(ids(evaluate(ctx(misrouted(), { config })))).toEqual(['routing/field-not-assigned']);
  });
});

describe('evaluateListRow / evaluateListPage', () => {
  it('marks a row of another field and leaves the others', () => {
    const c = listCtx();
    expect(evaluateListRow(row(), c)).toEqual([]);
    const f = evaluateListRow(row({ code: 'H29.123-250805-0101', field: 'Đất đai', procedureCode: '1.013967', procedureName: 'Hòa giải tranh chấp đất đai' }), c);
    expect(ids(f)).toEqual(['routing/field-not-assigned']);
    expect(f[0]!.key).toBe('H29.123-250805-0101|routing/field-not-assigned|dat-dai');
  });
  it('flags a late online row and an unknown procedure', () => {
    const late = row({ channel: 'online', status: 'Chờ tiếp nhận', submittedAt: '2025-08-01T09:00:00+07:00' });
    expect(ids(evaluateListRow(late, listCtx()))).toEqual(['dossier/late-reception']);
    const unknown = row({ procedureCode: '1.999999', procedureName: 'Thủ tục chưa có' });
    expect(ids(evaluateListRow(unknown, listCtx()))).toEqual(['catalog/unknown-procedure']);
  });
  it('an unreadable field column gives no row verdict and one page finding', () => {
    const c = listCtx({ unreadable: [{ value: 'field', tried: ['header Lĩnh vực'] }] });
    expect(evaluateListRow(row({ field: undefined, procedureCode: '1.013967' }), c)).toEqual([]);
    expect(ids(evaluateListPage(c))).toEqual(['adapter/unreadable']);
  });
  it('a list seen by an unconfigured account gives a page finding and no row findings', () => {
    const c = listCtx({ account: { username: 'cb.moi' } });
    expect(ids(evaluateListPage(c))).toEqual(['routing/account-not-configured']);
    expect(evaluateListRow(row({ field: 'Đất đai' }), c)).toEqual([]);
  });
});
