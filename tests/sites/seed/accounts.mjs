// Officer accounts of the ward one-stop desk and their field assignments, in the extension's
// configuration format (DESIGN "Configuration": account = username or full name; fields = catalog
// field names or their slug). moi01 is deliberately absent from the assignments.

const WARD_AGENCY = { id: '6853a1f0c2b4e71d9a0f3c21', code: '000.00.12.H29', name: 'UBND Phường Thủ Đức' };

const OFFICE = {
  id: '6853a1f0c2b4e71d9a0f3c22', code: '000.12.12.H29', name: 'Văn phòng HĐND và UBND Phường Thủ Đức', parent: WARD_AGENCY,
};
const ECONOMY = {
  id: '6853a1f0c2b4e71d9a0f3c23', code: '000.13.12.H29', name: 'Phòng Kinh tế, Hạ tầng và Đô thị Phường Thủ Đức', parent: WARD_AGENCY,
};
const DESK = {
  id: '6853a1f0c2b4e71d9a0f3c24', code: '000.14.12.H29', name: 'Bộ phận tiếp nhận và trả kết quả Phường Thủ Đức', parent: WARD_AGENCY,
};

export const PASSWORD = '123456';

export function buildAccounts() {
  const row = (username, fullName, agency) => ({ username, password: PASSWORD, fullName, agency: structuredClone(agency) });
  return [
    row('hotich01', 'Nguyễn Thị Thu Hà', OFFICE),
    row('chungthuc01', 'Trần Văn Minh', OFFICE),
    row('hkd01', 'Lê Hoàng Phúc', ECONOMY),
    row('dat01', 'Phạm Quốc Bảo', ECONOMY),
    row('tonghop01', 'Võ Ngọc Lan', DESK),
    row('moi01', 'Đỗ Minh Khang', DESK),
  ];
}

/** chungthuc01 is assigned by full name; tonghop01 uses a slug for one field. */
export function buildFieldAssignments() {
  return [
    { account: 'hotich01', fields: ['Hộ tịch'] },
    { account: 'Trần Văn Minh', fields: ['Chứng thực'] },
    { account: 'hkd01', fields: ['Thành lập và hoạt động của hộ kinh doanh'] },
    { account: 'dat01', fields: ['Đất đai'] },
    { account: 'tonghop01', fields: ['ho-tich', 'Chứng thực'] },
  ];
}

export const WARD_AGENCY_CODE = WARD_AGENCY.code;
