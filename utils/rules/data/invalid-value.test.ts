import { describe, expect, it } from 'vitest';
import { birthDossier, ctx, findingsOf, hkdDossier, hkdRecord, snapshot } from '../__fixtures__/context';

const ID = 'data/invalid-value';
const withApplicant = (over: Partial<ReturnType<typeof birthDossier>['applicant']>) =>
  snapshot(birthDossier({ applicant: { ...birthDossier().applicant, ...over } }));

describe(ID, () => {
  it('accepts well-formed values (also +84 phones)', async () => {
    expect(await findingsOf(ID, ctx(withApplicant({ phone: '+84 912 345 678' })))).toEqual([]);
  });
  it('fires on a malformed phone, email and birth date', async () => {
    const found = await findingsOf(ID, ctx(withApplicant({ phone: '091234567', email: 'lan@gmail', birthDate: '31/02/1990' })));
    expect(found.map((f) => f.messageKey).sort()).toEqual(['rule_invalidValue_date', 'rule_invalidValue_email', 'rule_invalidValue_phone']);
    const phone = found.find((f) => f.messageKey === 'rule_invalidValue_phone');
    expect(phone).toMatchObject({ severity: 'warning', messageArgs: ['@rule_label_applicantPhone', '091234567'] });
  });
  it('fires on a birth date in the future', async () => {
    const [f] = await findingsOf(ID, ctx(withApplicant({ birthDate: '01/01/2030' })));
    expect(f?.messageKey).toBe('rule_invalidValue_futureDate');
  });
  it('fires on an owner tax code with a wrong check digit', async () => {
    const d = hkdDossier({}, hkdRecord((r) => void (r.owner.taxCode = '0312345678')));
    const [f] = await findingsOf(ID, ctx(snapshot(d)));
    expect(f).toMatchObject({ messageKey: 'rule_invalidValue_taxCode', messageArgs: ['@rule_label_ownerTaxCode', '0312345678'] });
  });
  it('fires on required Mẫu 01 values that are missing', async () => {
    const d = hkdDossier({}, hkdRecord((r) => Object.assign(r.business, { capital: undefined, seat: { province: 'Thành phố Hồ Chí Minh' } })));
    const found = await findingsOf(ID, ctx(snapshot(d)));
    expect(found.map((f) => f.messageArgs[0]).sort()).toEqual(['@rule_label_capital', '@rule_label_seatStreet', '@rule_label_seatWard']);
  });
  it('gives no verdict on an unreadable value', async () => {
    const s = withApplicant({ phone: '12' });
    s.unreadable.push({ value: 'dossier.applicant.phone', tried: ['label Số điện thoại'] });
    expect(await findingsOf(ID, ctx(s))).toEqual([]);
  });
});
