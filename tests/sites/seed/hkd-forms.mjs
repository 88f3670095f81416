// Household-business e-form payloads (eForm.data) for iGate dossiers: Mẫu số 01, Phụ lục II,
// Thông tư 68/2025/TT-BTC for registration, and the change / suspension / termination / re-issue
// notices, plus the register of households already registered in the ward.
import { HCMC, HOME_WARD } from './geo.mjs';
import { identityCardIssue, makePerson, streetAddress } from './people.mjs';

/** VSIC level-4 lines used by the seed: [code, name]. */
export const LINES = {
  grocery: ['4711', 'Bán lẻ lương thực, thực phẩm, đồ uống, thuốc lá, thuốc lào chiếm tỷ trọng lớn trong các cửa hàng kinh doanh tổng hợp'],
  food: ['5610', 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động'],
  drinks: ['5630', 'Dịch vụ phục vụ đồ uống'],
  hair: ['9631', 'Cắt tóc, làm đầu, gội đầu'],
  bakery: ['1071', 'Sản xuất các loại bánh từ bột'],
  clothes: ['4771', 'Bán lẻ hàng may mặc, giày dép, hàng da và giả da trong các cửa hàng chuyên doanh'],
  phones: ['4741', 'Bán lẻ máy vi tính, thiết bị ngoại vi, phần mềm và thiết bị viễn thông trong các cửa hàng chuyên doanh'],
  motorbike: ['4542', 'Bảo dưỡng và sửa chữa mô tô, xe máy'],
  laundry: ['9620', 'Giặt là, làm sạch các sản phẩm dệt và lông thú'],
};

/** Themes: business-name word, main line, secondary lines (free text or coded). */
const THEMES = [
  ['TẠP HÓA', 'grocery', [{ name: 'Bán lẻ nước giải khát', code: '' }]],
  ['QUÁN CƠM', 'food', [{ name: 'Dịch vụ phục vụ đồ uống', code: '5630' }]],
  ['CÀ PHÊ', 'drinks', []],
  ['TIỆM TÓC', 'hair', [{ name: 'Bán lẻ mỹ phẩm', code: '' }]],
  ['TIỆM BÁNH', 'bakery', [{ name: 'Bán lẻ bánh kẹo', code: '' }]],
  ['THỜI TRANG', 'clothes', []],
  ['ĐIỆN THOẠI', 'phones', [{ name: 'Sửa chữa điện thoại', code: '9512' }]],
  ['SỬA XE', 'motorbike', []],
  ['GIẶT ỦI', 'laundry', []],
];
const PROPER = ['MINH TÂM', 'AN PHÁT', 'HỒNG NHUNG', 'BẢO NGỌC', 'THANH TÚ', 'PHÚC LỘC', 'KIM NGÂN', 'HƯNG THỊNH', 'NGỌC ANH', 'TÂM AN', 'GIA HUY', 'THIÊN PHÚ', 'MỸ DUNG', 'HOÀNG LONG', 'SONG THỊNH'];

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** "150000000" → "Một trăm năm mươi triệu đồng" (multiples of 10 million below 1 billion). */
export function capitalInWords(amount) {
  const m = Math.round(amount / 1e6);
  const h = Math.floor(m / 100);
  const t = Math.floor((m % 100) / 10);
  const parts = [];
  if (h) parts.push(`${DIGITS[h]} trăm`);
  if (t === 1) parts.push('mười');
  else if (t > 1) parts.push(`${DIGITS[t]} mươi`);
  const text = `${parts.join(' ')} triệu đồng`;
  return text[0].toUpperCase() + text.slice(1);
}

const addressOf = (p) => ({ province: p.province, ward: p.ward, street: p.address });

/** Mẫu 01 owner block from an applicant-shaped person. */
export function ownerBlock(rand, person) {
  const issue = identityCardIssue(rand);
  return {
    fullName: person.fullname, birthDate: person.birthday, gender: person.gender,
    ethnicity: person.ethnicity, nationality: person.nationality, taxCode: null,
    docType: 'Căn cước', docNumber: person.identityNumber, docDate: issue.docDate, docPlace: issue.docPlace,
    docExpiry: null, permanentAddress: addressOf(person), contactAddress: addressOf(person),
    phone: person.phoneNumber, email: person.email,
  };
}

/** A fresh business name that no other seed business uses. */
export function businessTheme(rand, used) {
  for (;;) {
    const [word, line, extra] = rand.pick(THEMES);
    const name = `HỘ KINH DOANH ${word} ${rand.pick(PROPER)}`;
    if (used.has(name)) continue;
    used.add(name);
    const [code, lineName] = LINES[line];
    return { name, lines: [{ name: lineName, code, main: true }, ...extra.map((l) => ({ ...l, main: false }))] };
  }
}

/** Full Mẫu 01 payload; `opts.submitter` is an authorised person, `opts.family` adds members. */
export function registrationForm(rand, { owner, theme, startDate, submitter = null, family = false, seatWard = HOME_WARD }) {
  const capital = rand.int(5, 50) * 10_000_000;
  const ownerData = ownerBlock(rand, owner);
  const members = family ? [memberRow(ownerData), memberRow(ownerBlock(rand, makePerson(rand, { ward: owner.ward })))] : [];
  return {
    formCode: 'HKD_MAU01',
    formName: 'Giấy đề nghị đăng ký hộ kinh doanh',
    businessName: theme.name,
    seatAddress: { province: HCMC, ward: seatWard, street: streetAddress(rand, seatWard) },
    phone: owner.phoneNumber, fax: null, email: owner.email, website: null,
    businessLines: theme.lines,
    capital, capitalInWords: capitalInWords(capital),
    employees: rand.int(1, 6), startDate, taxNoticeAddress: null, businessLocations: [],
    foundingSubject: family ? 'Các thành viên hộ gia đình' : 'Cá nhân',
    members, owner: ownerData,
    submitter: submitterBlock(owner, submitter),
  };
}

function memberRow(o) {
  return {
    fullName: o.fullName, birthDate: o.birthDate, gender: o.gender, nationality: o.nationality, ethnicity: o.ethnicity,
    permanentAddress: o.permanentAddress, contactAddress: o.contactAddress,
    docNumber: o.docNumber, docDate: o.docDate, docPlace: o.docPlace,
  };
}

/** Who hands the dossier in: the owner, or an authorised person (then a letter is needed). */
export function submitterBlock(owner, authorised) {
  const p = authorised ?? owner;
  return {
    isOwner: !authorised, relation: authorised ? 'Người được ủy quyền' : 'Chủ hộ kinh doanh',
    fullName: p.fullname, docNumber: p.identityNumber, birthDate: p.birthday, phone: p.phoneNumber, email: p.email,
  };
}

/** One registered household (for change procedures, HkdOnline's search and duplicate names). */
export function registeredHousehold(rand, { owner, name, mainLine, ward = HOME_WARD }) {
  return {
    code: owner.identityNumber, name, ownerName: owner.fullname, ownerDocNumber: owner.identityNumber,
    certificateNumber: `41${rand.pick(['A', 'B', 'K', 'M'])}8${rand.digits(6)}`,
    ward, province: HCMC, street: streetAddress(rand, ward),
    registeredDate: `${String(rand.int(1, 28)).padStart(2, '0')}/${String(rand.int(1, 12)).padStart(2, '0')}/${rand.int(2019, 2024)}`,
    mainLine: { name: mainLine.name, code: mainLine.code }, status: 'Đang hoạt động',
  };
}

/** Household block of the change / suspension / termination / re-issue notices. */
export function householdBlock(h) {
  return {
    code: h.code, taxCode: h.code, name: h.name, certificateNumber: h.certificateNumber,
    seatAddress: { province: h.province, ward: h.ward, street: h.street },
  };
}
