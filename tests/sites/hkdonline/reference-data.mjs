// Code lists of the HkdOnline selects: option value = id, text = Vietnamese name.

/** The 54 ethnic groups in the order of the General Statistics Office code list. */
const ETHNIC_NAMES = [
  'Kinh', 'Tày', 'Thái', 'Hoa', 'Khơ-me', 'Mường', 'Nùng', 'Mông', 'Dao', 'Gia-rai', 'Ngái', 'Ê-đê',
  'Ba-na', 'Xơ-đăng', 'Sán Chay', 'Cơ-ho', 'Chăm', 'Sán Dìu', 'Hrê', 'Mnông', 'Ra-glai', 'Xtiêng',
  'Bru-Vân Kiều', 'Thổ', 'Giáy', 'Cơ-tu', 'Gié-Triêng', 'Mạ', 'Khơ-mú', 'Co', 'Tà-ôi', 'Chơ-ro',
  'Kháng', 'Xinh-mun', 'Hà Nhì', 'Chu-ru', 'Lào', 'La Chí', 'La Ha', 'Phù Lá', 'La Hủ', 'Lự', 'Lô Lô',
  'Chứt', 'Mảng', 'Pà Thẻn', 'Cờ Lao', 'Cống', 'Bố Y', 'Si La', 'Pu Péo', 'Brâu', 'Ơ Đu', 'Rơ-măm',
];
export const ETHNICS = ETHNIC_NAMES.map((text, i) => ({ value: String(i + 1), text }));

/** ISO 3166 numeric codes. */
export const COUNTRIES = [
  { value: '704', text: 'Việt Nam' },
  { value: '156', text: 'Trung Quốc' },
  { value: '410', text: 'Hàn Quốc' },
  { value: '392', text: 'Nhật Bản' },
  { value: '418', text: 'Lào' },
  { value: '116', text: 'Campuchia' },
  { value: '840', text: 'Hoa Kỳ' },
];

export const GENDERS = [
  { value: '1', text: 'Nam' },
  { value: '2', text: 'Nữ' },
];

export const DOC_TYPES = [
  { value: '1', text: 'Căn cước công dân' },
  { value: '2', text: 'Căn cước' },
  { value: '3', text: 'Hộ chiếu' },
  { value: '4', text: 'Loại khác' },
];

/** Document types whose number is the 12-digit personal identification number. */
export const ID_CARD_DOC_TYPES = new Set(['1', '2']);

export const SUBMITTER_TYPES = [
  { value: 'OWNER', text: 'Chủ hộ kinh doanh' },
  { value: 'AUTH', text: 'Người được ủy quyền' },
];

export const REISSUE_REASONS = [
  { value: '1', text: 'Bị mất' },
  { value: '2', text: 'Bị cháy, rách, nát hoặc bị tiêu hủy dưới hình thức khác' },
  { value: '3', text: 'Khác' },
];

/** A few level-4 VSIC 2018 codes common among household businesses; the name is filled in on add. */
export const VSIC = new Map([
  ['1071', 'Sản xuất các loại bánh từ bột'],
  ['4520', 'Bảo dưỡng, sửa chữa ô tô và xe có động cơ khác'],
  ['4542', 'Bảo dưỡng và sửa chữa mô tô, xe máy'],
  ['4711', 'Bán lẻ lương thực, thực phẩm, đồ uống, thuốc lá, thuốc lào chiếm tỷ trọng lớn trong các cửa hàng kinh doanh tổng hợp'],
  ['4719', 'Bán lẻ khác trong các cửa hàng kinh doanh tổng hợp'],
  ['4722', 'Bán lẻ thực phẩm trong các cửa hàng chuyên doanh'],
  ['4723', 'Bán lẻ đồ uống trong các cửa hàng chuyên doanh'],
  ['4741', 'Bán lẻ máy vi tính, thiết bị ngoại vi, phần mềm và thiết bị viễn thông trong các cửa hàng chuyên doanh'],
  ['4752', 'Bán lẻ đồ ngũ kim, sơn, kính và thiết bị lắp đặt khác trong xây dựng trong các cửa hàng chuyên doanh'],
  ['4771', 'Bán lẻ hàng may mặc, giày dép, hàng da và giả da trong các cửa hàng chuyên doanh'],
  ['4772', 'Bán lẻ thuốc, dụng cụ y tế, mỹ phẩm và vật phẩm vệ sinh trong các cửa hàng chuyên doanh'],
  ['4781', 'Bán lẻ lương thực, thực phẩm, đồ uống, thuốc lá, thuốc lào lưu động hoặc tại chợ'],
  ['4932', 'Vận tải hành khách đường bộ khác'],
  ['5510', 'Dịch vụ lưu trú ngắn ngày'],
  ['5610', 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động'],
  ['5630', 'Dịch vụ phục vụ đồ uống'],
  ['9511', 'Sửa chữa máy vi tính và thiết bị ngoại vi'],
  ['9620', 'Giặt là, làm sạch các sản phẩm dệt và lông thú'],
  ['9631', 'Cắt tóc, làm đầu, gội đầu'],
]);

export const AMENDMENT_TYPES = [
  { value: 'NAME', text: 'Thay đổi tên hộ kinh doanh', block: 'NAME' },
  { value: 'ADDR', text: 'Thay đổi địa chỉ trụ sở hộ kinh doanh', block: 'ADDR' },
  { value: 'BLINE', text: 'Thay đổi ngành, nghề kinh doanh', block: 'BLINE' },
  { value: 'CAP', text: 'Thay đổi vốn kinh doanh', block: 'CAP' },
  { value: 'OWNER', text: 'Thay đổi chủ hộ kinh doanh', block: 'OWNER' },
  { value: 'OWNINFO', text: 'Thay đổi thông tin cá nhân của chủ hộ kinh doanh', block: 'OWNER' },
];

export const REGISTRATION_TYPES = [
  { value: 'NEW', text: 'Thành lập mới' },
  { value: 'AMEND', text: 'Đăng ký thay đổi' },
  { value: 'SUSPEN', text: 'Tạm ngừng' },
  { value: 'DISSOL', text: 'Chấm dứt' },
  { value: 'REISSUE', text: 'Cấp lại' },
];

/** Shown at #ctl00_C_INFOCtl_DOCUMENT_TYPE_IDFld. */
export const DOCUMENT_TYPE_TITLES = {
  NEW: 'Thành lập mới',
  AMEND: 'Thay đổi nội dung đăng ký hộ kinh doanh',
  SUSPEN: 'Tạm ngừng kinh doanh',
  DISSOL: 'Chấm dứt hoạt động hộ kinh doanh',
  REISSUE: 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh',
};
