// Administrative units after the July 2025 reform (Nghị quyết 202/2025/QH15: 34 provinces, no
// district level) and the birth-registration prefixes of identity numbers (63 pre-2025 provinces).
// Ward lists are partial on purpose: HCMC has the wards the seed and HkdOnline's selects need,
// other provinces a few real wards each.

const HCMC_WARDS = [
  'Phường Sài Gòn', 'Phường Tân Định', 'Phường Bến Thành', 'Phường Cầu Ông Lãnh', 'Phường Bàn Cờ',
  'Phường Xuân Hòa', 'Phường Nhiêu Lộc', 'Phường Chợ Lớn', 'Phường Gia Định', 'Phường Bình Thạnh',
  'Phường Gò Vấp', 'Phường Phú Nhuận', 'Phường Tân Bình', 'Phường Tân Phú', 'Phường Bình Tân',
  'Phường Thủ Đức', 'Phường Linh Xuân', 'Phường Tam Bình', 'Phường Hiệp Bình', 'Phường Long Bình',
  'Phường Tăng Nhơn Phú', 'Phường Phước Long', 'Phường Long Phước', 'Phường Long Trường',
  'Phường Cát Lái', 'Phường Bình Trưng', 'Phường An Khánh', 'Phường Thủ Dầu Một', 'Phường Dĩ An',
  'Phường Thuận An', 'Phường Vũng Tàu', 'Phường Bà Rịa', 'Xã Bình Chánh', 'Xã Hóc Môn', 'Xã Củ Chi',
  'Xã Nhà Bè', 'Xã Cần Giờ', 'Đặc khu Côn Đảo',
];

/** [name, 2-digit code (QĐ 19/2025/QĐ-TTg), wards] */
const TABLE = [
  ['Thành phố Hà Nội', '01', ['Phường Hoàn Kiếm', 'Phường Ba Đình', 'Phường Cầu Giấy', 'Phường Đống Đa', 'Phường Hai Bà Trưng', 'Phường Hà Đông']],
  ['Tỉnh Cao Bằng', '04', ['Phường Thục Phán', 'Phường Tân Giang', 'Phường Nùng Trí Cao']],
  ['Tỉnh Tuyên Quang', '08', ['Phường Minh Xuân', 'Phường Hà Giang 1', 'Phường Hà Giang 2']],
  ['Tỉnh Điện Biên', '11', ['Phường Điện Biên Phủ', 'Phường Mường Thanh']],
  ['Tỉnh Lai Châu', '12', ['Phường Tân Phong', 'Phường Đoàn Kết']],
  ['Tỉnh Sơn La', '14', ['Phường Tô Hiệu', 'Phường Chiềng An']],
  ['Tỉnh Lào Cai', '15', ['Phường Lào Cai', 'Phường Cam Đường', 'Phường Yên Bái']],
  ['Tỉnh Thái Nguyên', '19', ['Phường Phan Đình Phùng', 'Phường Gia Sàng', 'Phường Đức Xuân']],
  ['Tỉnh Lạng Sơn', '20', ['Phường Đông Kinh', 'Phường Lương Văn Tri', 'Phường Tam Thanh']],
  ['Tỉnh Quảng Ninh', '22', ['Phường Hạ Long', 'Phường Bãi Cháy', 'Phường Cẩm Phả']],
  ['Tỉnh Bắc Ninh', '24', ['Phường Kinh Bắc', 'Phường Võ Cường', 'Phường Bắc Giang']],
  ['Tỉnh Phú Thọ', '25', ['Phường Việt Trì', 'Phường Vĩnh Phúc', 'Phường Hòa Bình']],
  ['Thành phố Hải Phòng', '31', ['Phường Hồng Bàng', 'Phường Lê Chân', 'Phường Ngô Quyền', 'Phường Hải Dương']],
  ['Tỉnh Hưng Yên', '33', ['Phường Phố Hiến', 'Phường Thái Bình', 'Phường Sơn Nam']],
  ['Tỉnh Ninh Bình', '37', ['Phường Hoa Lư', 'Phường Nam Định', 'Phường Phủ Lý']],
  ['Tỉnh Thanh Hóa', '38', ['Phường Hạc Thành', 'Phường Quảng Phú', 'Phường Đông Quang']],
  ['Tỉnh Nghệ An', '40', ['Phường Thành Vinh', 'Phường Trường Vinh', 'Phường Vinh Hưng']],
  ['Tỉnh Hà Tĩnh', '42', ['Phường Thành Sen', 'Phường Trần Phú']],
  ['Tỉnh Quảng Trị', '44', ['Phường Đồng Hới', 'Phường Đông Hà']],
  ['Thành phố Huế', '46', ['Phường Thuận Hóa', 'Phường Phú Xuân']],
  ['Thành phố Đà Nẵng', '48', ['Phường Hải Châu', 'Phường Thanh Khê', 'Phường Sơn Trà', 'Phường Ngũ Hành Sơn', 'Phường Hội An']],
  ['Tỉnh Quảng Ngãi', '51', ['Phường Cẩm Thành', 'Phường Nghĩa Lộ', 'Phường Kon Tum']],
  ['Tỉnh Gia Lai', '52', ['Phường Pleiku', 'Phường Quy Nhơn', 'Phường Hội Phú']],
  ['Tỉnh Khánh Hòa', '56', ['Phường Nha Trang', 'Phường Bắc Nha Trang', 'Phường Phan Rang']],
  ['Tỉnh Đắk Lắk', '66', ['Phường Buôn Ma Thuột', 'Phường Tuy Hòa']],
  ['Tỉnh Lâm Đồng', '68', ['Phường Xuân Hương - Đà Lạt', 'Phường Lâm Viên - Đà Lạt', 'Phường Bắc Gia Nghĩa']],
  ['Tỉnh Đồng Nai', '75', ['Phường Biên Hòa', 'Phường Trấn Biên', 'Phường Tam Hiệp', 'Phường Long Khánh']],
  ['Thành phố Hồ Chí Minh', '79', HCMC_WARDS],
  ['Tỉnh Tây Ninh', '80', ['Phường Tân Ninh', 'Phường Long An']],
  ['Tỉnh Đồng Tháp', '82', ['Phường Mỹ Tho', 'Phường Cao Lãnh', 'Phường Sa Đéc']],
  ['Tỉnh Vĩnh Long', '86', ['Phường Long Châu', 'Phường Thanh Đức', 'Phường An Hội', 'Phường Trà Vinh']],
  ['Tỉnh An Giang', '91', ['Phường Long Xuyên', 'Phường Rạch Giá', 'Phường Châu Đốc']],
  ['Thành phố Cần Thơ', '92', ['Phường Ninh Kiều', 'Phường Cái Khế', 'Phường Bình Thủy', 'Phường Cái Răng']],
  ['Tỉnh Cà Mau', '96', ['Phường An Xuyên', 'Phường Bạc Liêu', 'Phường Tân Thành']],
];

/** The 34 provinces with their (partial) ward lists. Fresh objects on each call. */
export function buildProvinces() {
  return TABLE.map(([name, code, wards]) => ({ name, code, wards: [...wards] }));
}

export const HCMC = 'Thành phố Hồ Chí Minh';
export const HOME_WARD = 'Phường Thủ Đức';

/** Streets per ward, for addresses after the reform: "<số nhà> <đường>, <khu phố>". */
export const STREETS = {
  'Phường Thủ Đức': ['Võ Văn Ngân', 'Kha Vạn Cân', 'Đặng Văn Bi', 'Tô Ngọc Vân', 'Nguyễn Văn Bá', 'Hoàng Diệu 2', 'Đoàn Công Hớn'],
  'Phường Linh Xuân': ['Quốc lộ 1K', 'Linh Trung', 'Đường số 9', 'Hoàng Diệu 2'],
  'Phường Tam Bình': ['Tô Ngọc Vân', 'Gò Dưa', 'Đường số 8', 'Tam Bình'],
  'Phường Hiệp Bình': ['Phạm Văn Đồng', 'Hiệp Bình', 'Đường số 25', 'Kha Vạn Cân'],
  'Phường Long Bình': ['Nguyễn Xiển', 'Hoàng Hữu Nam', 'Long Thuận'],
  default: ['Trần Hưng Đạo', 'Lê Lợi', 'Nguyễn Huệ', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Quang Trung'],
};

/**
 * Identity-number prefixes (3 digits = province of birth registration, pre-2025 table) used by
 * the seed, with a weight: most applicants in Thủ Đức were registered in HCMC or a neighbour.
 */
export const BIRTH_PREFIXES = [
  ['079', 8], ['074', 2], ['077', 1], ['075', 1], ['080', 1], ['001', 1], ['036', 1], ['040', 1],
  ['038', 1], ['052', 1], ['083', 1], ['087', 1], ['089', 1], ['092', 1], ['046', 1], ['034', 1],
];

/** Prefixes that are NOT in the table (for the invalid-id scenarios). */
export const UNKNOWN_PREFIXES = ['003', '099'];
