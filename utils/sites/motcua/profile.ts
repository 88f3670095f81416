/**
 * Built-in profile of System A (VNPT iGate one-stop, motcua.tphcm.gov.vn and other hosts of the
 * same platform). Per value: the page's own dossier JSON first (exact, layout-proof), then
 * labels of DESIGN "Label vocabulary". Selectors are not used for dossier data: iGate's markup
 * is generated and changes without notice; labels and JSON do not.
 * A typed constant, not parsed at load (no zod in the content script); profile-schema.test.ts validates it.
 */
import type { SiteProfile, Source } from '@/utils/sites/profile-schema';
import { COMPONENT_HEADINGS } from '@/utils/sites/labels/read-components';

/** Headings of the applicant block (matched as whole words inside the heading). */
export const APPLICANT_SECTION = ['Người nộp', 'Chủ hồ sơ', 'Người yêu cầu', 'Người đề nghị', 'Công dân', 'Người làm thủ tục'];

const lbl = (label: string[], section?: string[]): Source => (section ? { label, section } : { label });
const applicant = (json: string, labels: string[], specific: string[] = []): Source[] => [
  { json: `applicant.data.${json}` },
  lbl(labels, APPLICANT_SECTION),
  ...(specific.length ? [lbl(specific)] : []),
];

export const MOTCUA_PROFILE: SiteProfile = {
  id: 'motcua-igate',
  version: 1,
  pageKinds: [
    { kind: 'login', urlPattern: '.*', requires: 'input[type=password]' },
    { kind: 'dossier-detail', urlPattern: '^/vi/dossier/(?:processing|search|detail)/[^/?#]+' },
    { kind: 'dossier-list', urlPattern: '^/vi/dossier(?:/[a-z-]+)?/?(?:[?#].*)?$' },
  ],
  values: {
    'account.username': [{ token: 'preferred_username' }, lbl(['Tài khoản', 'Tên đăng nhập', 'Người dùng'])],
    'account.fullName': [{ token: 'name' }, lbl(['Cán bộ', 'Cán bộ tiếp nhận', 'Họ tên cán bộ']), { menu: true }],
    'dossier.code': [{ json: 'code' }, lbl(['Mã hồ sơ', 'Số hồ sơ', 'Mã biên nhận'])],
    'dossier.procedureCode': [{ json: 'procedure.code' }, { json: 'procedure.nationCode' }, lbl(['Mã thủ tục', 'Mã TTHC', 'Mã thủ tục hành chính'])],
    'dossier.procedureName': [{ json: 'procedure.translate.0.name' }, { json: 'procedure.name' }, lbl(['Tên thủ tục', 'Thủ tục', 'Thủ tục hành chính', 'Tên thủ tục hành chính'])],
    'dossier.field': [{ json: 'procedure.sector.name' }, { json: 'procedure.sector.translate.0.name' }, lbl(['Lĩnh vực', 'Lĩnh vực thủ tục'])],
    'dossier.channel': [{ json: 'applyMethod.name' }, lbl(['Hình thức nộp', 'Hình thức tiếp nhận', 'Hình thức nộp hồ sơ', 'Kênh nộp'])],
    'dossier.submittedAt': [{ json: 'appliedDate' }, lbl(['Ngày nộp', 'Thời gian nộp', 'Ngày nộp hồ sơ'])],
    'dossier.status': [{ json: 'dossierStatus.name' }, { json: 'dossierTaskStatus.name' }, lbl(['Trạng thái', 'Trạng thái hồ sơ', 'Tình trạng'])],
    'dossier.applicant.fullName': applicant('fullname', ['Họ và tên', 'Họ tên', 'Người nộp', 'Chủ hồ sơ', 'Người yêu cầu'], ['Người nộp', 'Họ tên người nộp', 'Họ và tên người nộp', 'Chủ hồ sơ', 'Người yêu cầu']),
    'dossier.applicant.idNumber': applicant('identityNumber', ['Số CCCD', 'Số định danh cá nhân', 'Số giấy tờ tùy thân', 'CMND/CCCD', 'Số căn cước', 'Số CMND/CCCD', 'Số giấy tờ'], ['Số CCCD người nộp', 'Số định danh người nộp']),
    'dossier.applicant.birthDate': applicant('birthday', ['Ngày sinh', 'Ngày tháng năm sinh', 'Sinh ngày', 'Ngày, tháng, năm sinh']),
    'dossier.applicant.gender': applicant('gender', ['Giới tính']),
    'dossier.applicant.address.street': applicant('address', ['Địa chỉ', 'Địa chỉ thường trú', 'Nơi thường trú', 'Địa chỉ liên lạc', 'Số nhà, đường phố', 'Địa chỉ chi tiết']),
    'dossier.applicant.address.ward': applicant('ward', ['Xã/Phường', 'Phường/Xã', 'Xã/Phường/Đặc khu', 'Phường/Xã/Đặc khu', 'Phường']),
    'dossier.applicant.address.province': applicant('province', ['Tỉnh/Thành phố', 'Tỉnh/TP', 'Tỉnh, thành phố']),
    'dossier.applicant.onBehalfOf': [{ json: 'applicant.data.ownerFullname' }, lbl(['Nộp thay cho', 'Người được nộp thay', 'Người ủy quyền'])],
    'dossier.applicant.phone': applicant('phoneNumber', ['Số điện thoại', 'Điện thoại', 'Số di động']),
    'dossier.applicant.email': applicant('email', ['Email', 'Thư điện tử']),
    'dossier.components': [{ json: 'dossierFormFile' }, lbl(COMPONENT_HEADINGS)],
    'dossier.householdBusiness': [{ json: 'eForm.data' }, lbl(['Tên hộ kinh doanh', 'Giấy đề nghị đăng ký hộ kinh doanh'])],
  },
  needed: [
    'account.username',
    'dossier.code',
    'dossier.procedureCode',
    'dossier.field',
    'dossier.channel',
    'dossier.submittedAt',
    'dossier.applicant.fullName',
    'dossier.applicant.idNumber',
    'dossier.applicant.birthDate',
    'dossier.applicant.address.ward',
    'dossier.applicant.address.province',
    'dossier.components',
  ],
};
