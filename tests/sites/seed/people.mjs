// Realistic Vietnamese people: names, birth dates, genders and 12-digit identity numbers that
// agree with each other (PPP G YY RRRRRR, Nghị định 137/2015 Điều 13), phones, e-mails, addresses.
import { BIRTH_PREFIXES, HCMC, HOME_WARD, STREETS } from './geo.mjs';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trương', 'Đinh'];
const MIDDLE = {
  Nam: ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Công', 'Hoàng', 'Gia'],
  Nữ: ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Mỹ', 'Bảo', 'Thùy', 'Hoài'],
};
const GIVEN = {
  Nam: ['Hùng', 'Dũng', 'Tuấn', 'Khang', 'Phúc', 'Long', 'Nam', 'Sơn', 'Tài', 'Trung', 'Hiếu', 'Bảo', 'Quân', 'Thắng', 'Khoa', 'Lộc', 'Nghĩa', 'Vinh'],
  Nữ: ['Lan', 'Hương', 'Mai', 'Hạnh', 'Trang', 'Linh', 'Ngân', 'Thảo', 'Vy', 'Nhung', 'Yến', 'Phương', 'Hà', 'Diệp', 'Loan', 'Trâm', 'Oanh', 'Quyên'],
};
const MOBILE_PREFIXES = ['090', '091', '093', '094', '096', '097', '098', '086', '032', '035', '038', '070', '077', '079', '081', '083', '085', '088', '089'];
const pad = (n, w = 2) => String(n).padStart(w, '0');

/** ASCII slug of a Vietnamese name, for e-mail local parts and file names. */
export function asciiSlug(text, sep = '') {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join(sep);
}

/** Century/gender digit G for a birth year and gender. */
export function centuryDigit(year, gender) {
  const base = { 19: 0, 20: 2, 21: 4, 22: 6, 23: 8 }[Math.floor(year / 100)];
  return base + (gender === 'Nữ' ? 1 : 0);
}

/** A consistent 12-digit identity number. */
export function identityNumber(rand, { prefix, year, gender }) {
  return `${prefix}${centuryDigit(year, gender)}${pad(year % 100)}${rand.digits(6)}`;
}

function weightedPick(rand, entries) {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let roll = rand.next() * total;
  for (const [value, w] of entries) {
    roll -= w;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1][0];
}

/** A street part "<số nhà> <đường>, Khu phố <n>" in the given ward. */
export function streetAddress(rand, ward) {
  const streets = STREETS[ward] ?? STREETS.default;
  return `${rand.int(1, 280)} ${rand.pick(streets)}, Khu phố ${rand.int(1, 12)}`;
}

/**
 * One person. `opts` may force gender, birth year range, ward and province.
 * Fields follow iGate's applicant.data names (fullname, identityNumber, birthday…).
 */
export function makePerson(rand, opts = {}) {
  const gender = opts.gender ?? (rand.chance(0.5) ? 'Nam' : 'Nữ');
  const fullname = `${rand.pick(FAMILY)} ${rand.pick(MIDDLE[gender])} ${rand.pick(GIVEN[gender])}`;
  const year = rand.int(opts.minYear ?? 1958, opts.maxYear ?? 2004);
  const month = rand.int(1, 12);
  const day = rand.int(1, 28);
  const prefix = weightedPick(rand, BIRTH_PREFIXES);
  const ward = opts.ward ?? HOME_WARD;
  const province = opts.province ?? HCMC;
  return {
    fullname,
    identityNumber: identityNumber(rand, { prefix, year, gender }),
    birthday: `${pad(day)}/${pad(month)}/${year}`,
    gender,
    nationality: 'Việt Nam',
    ethnicity: 'Kinh',
    province,
    ward,
    address: streetAddress(rand, ward),
    phoneNumber: `${rand.pick(MOBILE_PREFIXES)}${rand.digits(7)}`,
    email: `${asciiSlug(fullname, '.')}${rand.int(10, 99)}@gmail.com`,
  };
}

/** Date of issue of the person's CCCD / Căn cước card (dd/MM/yyyy) and the issuing body. */
export function identityCardIssue(rand) {
  const year = rand.int(2021, 2025);
  const issuer = year >= 2024 && rand.chance(0.6) ? 'Bộ Công an' : 'Cục Cảnh sát quản lý hành chính về trật tự xã hội';
  return { docDate: `${pad(rand.int(1, 28))}/${pad(rand.int(1, 12))}/${year}`, docPlace: issuer };
}
