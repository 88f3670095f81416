import { describe, expect, it } from 'vitest';
import { birthDossier, ctx, findingsOf, hkdDossier, hkdRecord, snapshot } from '../__fixtures__/context';

const ID = 'data/invalid-id-number';
const withApplicant = (over: Partial<ReturnType<typeof birthDossier>['applicant']>) =>
  snapshot(birthDossier({ applicant: { ...birthDossier().applicant, ...over } }));
const keysOf = async (s: ReturnType<typeof snapshot>) => (await findingsOf(ID, ctx(s))).map((f) => f.messageKey);

describe(ID, () => {
  it('accepts a consistent number (079 · 1 = female 1900s · 90)', async () => {
    expect(await keysOf(withApplicant({}))).toEqual([]);
  });
  it('fires on a wrong length, with the digit count', async () => {
    const [f] = await findingsOf(ID, ctx(withApplicant({ idNumber: '07919001234' })));
    expect(f).toMatchObject({ severity: 'error', messageKey: 'rule_idNumber_length', messageArgs: ['Nguyễn Thị Ngọc Lan', '07919001234', '11'] });
  });
  it('fires on a legacy 9-digit CMND and on letters', async () => {
    expect(await keysOf(withApplicant({ idNumber: '025741963' }))).toEqual(['rule_idNumber_legacyCmnd']);
    expect(await keysOf(withApplicant({ idNumber: '07919O012345' }))).toEqual(['rule_idNumber_nonDigit']);
  });
  it('fires on an unknown province prefix (003 was never assigned)', async () => {
    const [f] = await findingsOf(ID, ctx(withApplicant({ idNumber: '003190012345' })));
    expect(f?.messageArgs[2]).toBe('003');
  });
  it('fires when century, birth year or gender digits contradict the form', async () => {
    expect(await keysOf(withApplicant({ idNumber: '079390012345' }))).toEqual(['rule_idNumber_century']);
    expect(await keysOf(withApplicant({ idNumber: '079191012345' }))).toEqual(['rule_idNumber_birthYear']);
    const [g] = await findingsOf(ID, ctx(withApplicant({ idNumber: '079090012345' })));
    expect(g).toMatchObject({ messageKey: 'rule_idNumber_gender', messageArgs: ['Nguyễn Thị Ngọc Lan', '079090012345', '0', '@rule_label_male'] });
  });
  it('checks the household-business owner too, once when the owner is the applicant', async () => {
    const record = hkdRecord((r) => void (r.owner.docNumber = '079285001234'));
    const owner = hkdDossier({}, record);
    expect(await keysOf(snapshot(owner))).toEqual(['rule_idNumber_century']);
    const both = hkdDossier({ applicant: { ...hkdDossier().applicant, idNumber: '079285001234' } }, record);
    expect(await keysOf(snapshot(both))).toEqual(['rule_idNumber_century']);
  });
  it('does not check a passport number as an identity number', async () => {
    const record = hkdRecord((r) => Object.assign(r.owner, { docType: 'Hộ chiếu', docNumber: 'C1234567' }));
    expect(await keysOf(snapshot(hkdDossier({}, record)))).toEqual([]);
  });
  it('gives no verdict when the number is unreadable', async () => {
    const s = withApplicant({ idNumber: undefined });
    s.unreadable.push({ value: 'dossier.applicant.idNumber', tried: ['label Số CCCD'] });
    expect(await keysOf(s)).toEqual([]);
  });
});
