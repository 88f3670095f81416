import { describe, expect, it } from 'vitest';
import { foldKey, foldTokens, isUpperCaseName, nfc, normalizeName, sameName, sameNameLoose, slugify } from './text';

describe('foldKey', () => {
  it('folds diacritics, đ/Đ, case, spaces and a trailing colon', () => {
    expect(foldKey('Họ và tên:')).toBe('ho va ten');
    expect(foldKey('  SỐ   ĐỊNH DANH  cá nhân :  ')).toBe('so dinh danh ca nhan');
    expect(foldKey('Đăng ký')).toBe('dang ky');
    expect(foldKey('Lĩnh vực：')).toBe('linh vuc');
  });
  it('treats NFD input like NFC input', () => {
    const nfd = 'Nguyễn Thị Ánh'.normalize('NFD');
    expect(nfd).not.toBe(nfc(nfd));
    expect(foldKey(nfd)).toBe(foldKey('Nguyễn Thị Ánh'));
    expect(foldKey(nfd)).toBe('nguyen thi anh');
  });
  it('treats non-breaking and zero-width spaces as spaces', () => {
    expect(foldKey('Mã\u00a0hồ\u200bsơ')).toBe('ma ho so');
  });
});

describe('names', () => {
  it('normalizeName applies the "chữ in hoa" convention on request', () => {
    expect(normalizeName('  nguyễn   văn an ', { toUpper: true })).toBe('NGUYỄN VĂN AN');
    expect(normalizeName('nguyễn  văn an')).toBe('nguyễn văn an');
  });
  it('sameName ignores case, spacing and Unicode form but not diacritics', () => {
    expect(sameName('NGUYỄN VĂN AN', 'Nguyễn  Văn An')).toBe(true);
    expect(sameName('Nguyễn Văn An'.normalize('NFD'), 'nguyễn văn an')).toBe(true);
    expect(sameName('Nguyễn Văn An', 'Nguyen Van An')).toBe(false);
    expect(sameName('Lê Thị Hoa', 'Lê Thị Hòa')).toBe(false);
    expect(sameNameLoose('Nguyễn Văn An', 'NGUYEN VAN AN')).toBe(true);
    expect(sameNameLoose('Đỗ Đức', 'Do Duc')).toBe(true);
  });
  it('isUpperCaseName', () => {
    expect(isUpperCaseName('TRẦN THỊ BÍCH')).toBe(true);
    expect(isUpperCaseName('Trần Thị Bích')).toBe(false);
    expect(isUpperCaseName('123')).toBe(false);
  });
});

describe('slugify / foldTokens', () => {
  it('makes stable field slugs', () => {
    expect(slugify('Hộ tịch')).toBe('ho-tich');
    expect(slugify('Thành lập và hoạt động của hộ kinh doanh')).toBe('thanh-lap-va-hoat-dong-cua-ho-kinh-doanh');
    expect(slugify('BẢO TRỢ XÃ HỘI')).toBe('bao-tro-xa-hoi');
    expect(slugify('Quy hoạch xây dựng, kiến trúc')).toBe('quy-hoach-xay-dung-kien-truc');
  });
  it('tokenises folded text', () => {
    expect(foldTokens('Giấy chứng sinh; nếu không có')).toEqual(['giay', 'chung', 'sinh', 'neu', 'khong', 'co']);
  });
});
