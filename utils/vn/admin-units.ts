/**
 * Province-level units after the 2025 reform (Nghị quyết 202/2025/QH15, codes of QĐ 19/2025/QĐ-TTg)
 * and the provinces abolished by it, for recognising addresses written before 01/07/2025.
 * Source: RESEARCH-NOTES §4.
 */
export interface Province {
  code: string;
  name: string;
  kind: 'thanh-pho' | 'tinh';
}

const CITIES = new Set(['01', '31', '46', '48', '79', '92']);
const RAW: ReadonlyArray<readonly [string, string]> = [
  ['01', 'Hà Nội'], ['04', 'Cao Bằng'], ['08', 'Tuyên Quang'], ['11', 'Điện Biên'], ['12', 'Lai Châu'],
  ['14', 'Sơn La'], ['15', 'Lào Cai'], ['19', 'Thái Nguyên'], ['20', 'Lạng Sơn'], ['22', 'Quảng Ninh'],
  ['24', 'Bắc Ninh'], ['25', 'Phú Thọ'], ['31', 'Hải Phòng'], ['33', 'Hưng Yên'], ['37', 'Ninh Bình'],
  ['38', 'Thanh Hóa'], ['40', 'Nghệ An'], ['42', 'Hà Tĩnh'], ['44', 'Quảng Trị'], ['46', 'Huế'],
  ['48', 'Đà Nẵng'], ['51', 'Quảng Ngãi'], ['52', 'Gia Lai'], ['56', 'Khánh Hòa'], ['66', 'Đắk Lắk'],
  ['68', 'Lâm Đồng'], ['75', 'Đồng Nai'], ['79', 'Hồ Chí Minh'], ['80', 'Tây Ninh'], ['82', 'Đồng Tháp'],
  ['86', 'Vĩnh Long'], ['91', 'An Giang'], ['92', 'Cần Thơ'], ['96', 'Cà Mau'],
];

export const PROVINCES: readonly Province[] = RAW.map(([code, name]) => ({
  code,
  name,
  kind: CITIES.has(code) ? 'thanh-pho' : 'tinh',
}));

/** The 29 provinces merged away on 01/07/2025, plus the pre-2025 name of Huế. */
export const ABOLISHED_PROVINCES: readonly string[] = [
  'Hà Giang', 'Bắc Kạn', 'Yên Bái', 'Hòa Bình', 'Bắc Giang', 'Vĩnh Phúc', 'Hải Dương', 'Thái Bình',
  'Hà Nam', 'Nam Định', 'Quảng Bình', 'Quảng Nam', 'Bình Định', 'Phú Yên', 'Ninh Thuận', 'Bình Thuận',
  'Kon Tum', 'Đắk Nông', 'Bình Phước', 'Bình Dương', 'Bà Rịa - Vũng Tàu', 'Long An', 'Tiền Giang',
  'Bến Tre', 'Trà Vinh', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Kiên Giang', 'Thừa Thiên Huế',
];

/** Label as printed on forms: "Thành phố Hồ Chí Minh", "Tỉnh Đồng Nai". */
export function provinceLabel(p: Province): string {
  return `${p.kind === 'thanh-pho' ? 'Thành phố' : 'Tỉnh'} ${p.name}`;
}
