import { describe, expect, it } from 'vitest';
import { buildPlan } from './plan';
import { matchOption, optionKey } from './match-option';
import { isFieldDone } from './equivalent';
import { changeSource, registrationSource } from './test-source';

describe('buildPlan — registration', () => {
  const plan = buildPlan(registrationSource());

  it('walks the NEW wizard: type, confirm, then every data block ending with the submitter', () => {
    expect(plan.registrationType).toBe('NEW');
    expect(plan.steps.map((s) => s.id)).toEqual(['type', 'confirm', 'block:ADDR', 'block:BLINE', 'block:NAME', 'block:OWNER', 'block:CAP', 'block:TAX', 'block:SUBMIT']);
  });

  it('puts the province before the ward and marks it as a postback', () => {
    const addr = plan.steps.find((s) => s.id === 'block:ADDR')!;
    const names = addr.fields.map((f) => f.name);
    expect(names.indexOf('ctl00$C$ADDRCtl$CITY_IDFld')).toBeLessThan(names.indexOf('ctl00$C$ADDRCtl$WARD_IDFld'));
    expect(addr.fields.find((f) => f.name.endsWith('CITY_IDFld'))).toMatchObject({ kind: 'select', value: 'Thành phố Hồ Chí Minh', postback: true });
  });

  it('carries every business line with its main flag, the name in capitals and the capital as digits', () => {
    expect(plan.steps.find((s) => s.id === 'block:BLINE')!.lines).toEqual([
      { name: 'Sản xuất các loại bánh từ bột', code: '1071', main: true }, { name: 'Bán lẻ bánh kẹo', code: '', main: false },
    ]);
    expect(plan.steps.find((s) => s.id === 'block:NAME')!.fields[0]).toMatchObject({ value: 'HỘ KINH DOANH TIỆM BÁNH THIÊN PHÚ' });
    expect(plan.steps.find((s) => s.id === 'block:CAP')!.fields[0]).toMatchObject({ value: '160000000', equiv: 'digits' });
  });

  it('owner submitter → "Chủ hộ" with the owner data; officer submitter → authorised + copy button', () => {
    const sub = plan.steps.at(-1)!;
    expect(sub.fields[0]).toMatchObject({ kind: 'radio', value: 'OWNER' });
    expect(sub.copyAccount).toBe(false);
    const officer = buildPlan(registrationSource(), { officerIsSubmitter: true }).steps.at(-1)!;
    expect(officer.copyAccount).toBe(true);
    expect(officer.fields).toEqual([expect.objectContaining({ kind: 'radio', value: 'AUTH' })]);
  });
});

describe('buildPlan — change', () => {
  const plan = buildPlan(changeSource());
  it('searches by household code and owner number, ticks the changes, fills only the changed blocks', () => {
    expect(plan.steps.map((s) => s.id)).toEqual(['type', 'search', 'amendment', 'confirm', 'block:ADDR', 'block:BLINE', 'block:SUBMIT']);
    expect(plan.steps[1]!.fields.map((f) => [f.name, (f as { value: string }).value])).toEqual([
      ['ctl00$C$GDT_CODEFld', '087096222087'], ['ctl00$C$PERS_DOC_NOFbl', '087096222087'],
    ]);
    expect(plan.steps[2]!.fields[0]).toMatchObject({ kind: 'checkboxes', values: ['ADDR', 'BLINE'] });
    expect(plan.steps[5]!.lines).toEqual([{ code: '4723', name: 'Bán lẻ đồ uống có cồn', main: false }]);
  });
  it('reports a change it cannot place instead of guessing', () => {
    expect(plan.notes).toEqual(['Người đại diện theo ủy quyền: Nguyễn Văn A']);
  });
});

describe('matchOption', () => {
  const provinces = [{ value: '', text: '-- Chọn --' }, { value: '79', text: 'Hồ Chí Minh' }, { value: '1', text: 'Hà Nội' }];
  it('matches bare option names to full administrative names', () => {
    expect(matchOption(provinces, 'Thành phố Hồ Chí Minh')?.value).toBe('79');
    expect(matchOption(provinces, 'TP. Hồ Chí Minh')?.value).toBe('79');
    expect(matchOption([{ value: '79001', text: 'Thủ Đức' }], 'Phường Thủ Đức')?.value).toBe('79001');
    expect(optionKey('Khơ-me')).toBe(optionKey('Khơ Me'));
  });
  it('does not guess: missing or ambiguous gives undefined', () => {
    expect(matchOption(provinces, 'Đà Nẵng')).toBeUndefined();
    expect(matchOption([{ value: '1', text: 'Căn cước công dân' }, { value: '2', text: 'Căn cước' }], 'Căn cước')?.value).toBe('2');
    expect(matchOption([{ value: '1', text: 'Tỉnh An' }, { value: '2', text: 'Xã An' }], 'An')).toBeUndefined();
  });
});

describe('equivalence', () => {
  it('accepts what HkdOnline rewrites (digits only) but not a different value', () => {
    const phone = { kind: 'text' as const, name: 'p', label: 'p', value: '0853 423 637', equiv: 'digits' as const };
    expect(isFieldDone(phone, { p: '0853423637' })).toBe(true);
    expect(isFieldDone(phone, { p: '0853423638' })).toBe(false);
    const sel = { kind: 'select' as const, name: 's', label: 's', value: 'Thành phố Hồ Chí Minh', postback: true };
    expect(isFieldDone(sel, { s: '79', 's#text': 'Hồ Chí Minh' })).toBe(true);
    expect(isFieldDone(sel, { s: '', 's#text': '-- Chọn --' })).toBe(false);
  });
});
