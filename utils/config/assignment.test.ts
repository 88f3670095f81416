import { describe, expect, it } from 'vitest';
import { findAssignment, isFieldAssigned } from './assignment';

const config = {
  fieldAssignments: [
    { account: 'an.nv', fields: ['Hộ tịch'] },
    { account: 'NGUYỄN VĂN AN', fields: ['chung-thuc'] },
    { account: 'Trần Thị Bích', fields: ['Thành lập và hoạt động của hộ kinh doanh'] },
  ],
};
const hoTich = { name: 'Hộ tịch', slug: 'ho-tich' };
const chungThuc = { name: 'Chứng thực', slug: 'chung-thuc' };
const hkd = { name: 'Thành lập và hoạt động của hộ kinh doanh', slug: 'thanh-lap-va-hoat-dong-cua-ho-kinh-doanh' };

describe('findAssignment', () => {
  it('matches by username and by full name, merging both entries', () => {
    const a = findAssignment(config, { username: 'AN.NV', fullName: 'Nguyễn Văn An' })!;
    expect(a.accounts).toEqual(['an.nv', 'NGUYỄN VĂN AN']);
    expect(isFieldAssigned(a, hoTich)).toBe(true);
    expect(isFieldAssigned(a, chungThuc)).toBe(true);
    expect(isFieldAssigned(a, hkd)).toBe(false);
  });
  it('full names compare without case, diacritics or extra spaces', () => {
    const a = findAssignment(config, { fullName: ' tran  thi bich ' })!;
    expect(isFieldAssigned(a, hkd)).toBe(true);
  });
  it('returns undefined for an unknown or anonymous account', () => {
    expect(findAssignment(config, { username: 'le.van.c' })).toBeUndefined();
    expect(findAssignment(config, { username: '', fullName: null })).toBeUndefined();
  });
});
