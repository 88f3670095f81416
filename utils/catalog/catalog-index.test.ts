import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundled';
import { createCatalogIndex } from './catalog-index';
import { authorityOf, nationalCodeOf } from './codes';
import { fieldSlug, matchesField } from './field';

const index = createCatalogIndex(bundledCatalog());
const code = (q: string) => index.byCode(q)?.procedure.code;
const name = (q: string) => index.byName(q)?.procedure.code;

describe('codes', () => {
  it('extracts the national code from every form', () => {
    expect(nationalCodeOf('1.001193')).toBe('1.001193');
    expect(nationalCodeOf('1.001193.000.00.00.H29')).toBe('1.001193');
    expect(nationalCodeOf('2.000815.000.00.00.H55.02')).toBe('2.000815');
    expect(nationalCodeOf('1.115446.H36')).toBe('1.115446');
    expect(nationalCodeOf(' 1.000894.01 ')).toBe('1.000894');
    expect(nationalCodeOf('1.00119')).toBeNull();
    expect(nationalCodeOf('000.00.01.H29-240115-0001')).toBeNull(); // a dossier number, not a procedure
    expect(authorityOf('1.001612.000.00.00.h48')).toBe('H48');
  });
});

describe('lookup by code', () => {
  it('national, explicit local, any local form and aliases', () => {
    expect(index.byCode('1.001193')).toMatchObject({ matchedBy: 'code' });
    expect(index.byCode('1.001193.000.00.00.H35')).toMatchObject({ matchedBy: 'local-code' });
    expect(code('1.001612.000.00.00.H29')).toBe('1.001612'); // HCMC form, not listed explicitly
    expect(index.byCode('1.001612.000.00.00.H29')?.matchedBy).toBe('local-code');
    const alias = index.byCode('1.006714');
    expect(alias).toMatchObject({ matchedBy: 'alias', procedure: { code: '1.000656' }, alias: { kind: 'portal-route' } });
    expect(code('2.000987.000.00.00.H29')).toBe('1.001193');
  });
  it('unknown codes and junk give undefined', () => {
    expect(index.byCode('9.999999')).toBeUndefined();
    expect(index.byCode('')).toBeUndefined();
    expect(index.byCode('Đăng ký khai sinh')).toBeUndefined();
  });
});

describe('lookup by name', () => {
  it('is case-, diacritic- and spacing-insensitive', () => {
    expect(name('ĐĂNG KÝ KHAI SINH')).toBe('1.001193');
    expect(name('dang ky  khai sinh')).toBe('1.001193');
    expect(name('Đăng ký khai sinh'.normalize('NFD'))).toBe('1.001193');
    expect(name('Thủ tục đăng ký kết hôn')).toBe('1.000894');
    expect(name('Đăng ký kết hôn (1.000894)')).toBe('1.000894');
  });
  it('tolerates the small wording differences between systems', () => {
    expect(name('Thay đổi nội dung đăng ký hộ kinh doanh')).toBe('2.000720');
    expect(name('Đăng ký thành lập HKD')).toBe('1.001612');
    expect(name('Cấp bản sao trích lục hộ tịch')).toBe('2.000635');
    expect(name('Cấp lại giấy chứng nhận đăng ký hộ kinh doanh')).toBe('2.000575');
    expect(name('Chứng thực chữ ký trong các giấy tờ, văn bản')).toBe('2.000884');
    expect(index.byName('Thay đổi nội dung đăng ký hộ kinh doanh')?.matchedBy).toBe('name-fuzzy');
  });
  it('does not guess between close procedures or for unrelated names', () => {
    expect(name('Đăng ký')).toBeUndefined();
    expect(name('Cấp phép khai thác khoáng sản')).toBeUndefined();
    // "Đăng ký lại kết hôn" and "Đăng ký kết hôn" are distinct and both exact.
    expect(name('Đăng ký lại kết hôn')).toBe('1.004746');
  });
  it('find() tries the code first, then the name', () => {
    expect(index.find({ code: '9.999999', name: 'Đăng ký khai tử' })?.procedure.code).toBe('1.000656');
    expect(index.find({ code: '1.000656', name: 'Đăng ký khai sinh' })?.procedure.code).toBe('1.000656');
    expect(index.find({ code: null, name: '  ' })).toBeUndefined();
  });
});

describe('fields', () => {
  it('slugs and matching by name or slug, any case', () => {
    expect(fieldSlug('Thành lập và hoạt động của hộ kinh doanh')).toBe('thanh-lap-va-hoat-dong-cua-ho-kinh-doanh');
    expect(fieldSlug('Lĩnh vực thành lập và hoạt động của hộ kinh doanh')).toBe('thanh-lap-va-hoat-dong-cua-ho-kinh-doanh');
    const f = { name: 'Bảo trợ xã hội', slug: 'bao-tro-xa-hoi' };
    expect(matchesField('BẢO TRỢ XÃ HỘI', f)).toBe(true);
    expect(matchesField('bao-tro-xa-hoi', f)).toBe(true);
    expect(matchesField('Bao tro xa hoi', f)).toBe(true);
    expect(matchesField('Hộ tịch', f)).toBe(false);
    expect(matchesField('', f)).toBe(false);
  });
});
