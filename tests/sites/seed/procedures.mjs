// Procedures of the seed: a copy of the needed rows of the domain catalog (catalog-sample.json;
// /work/shared is not available in CI). Names of procedures and documents are verbatim, because
// the completeness rules match dossier components to the catalog by name. `kind` is the seed's own
// tag telling the dossier factory how to fill each component.

/** Sector codes as iGate shows them in procedure.sector.code (TLHDH is the observed one). */
export const SECTOR_CODES = { 'Hộ tịch': 'HTICH', 'Chứng thực': 'CTHUC', 'Thành lập và hoạt động của hộ kinh doanh': 'TLHDH', 'Bảo trợ xã hội': 'BTXH', 'Đất đai': 'DDAI', 'Hoạt động xây dựng': 'HDXD' };

export const PROCEDURES = [
  {
    code: '1.001193', field: 'Hộ tịch', processingDays: 0,
    name: "Đăng ký khai sinh",
    documents: [
      { kind: 'paper', required: true, name: "Tờ khai đăng ký khai sinh theo mẫu" },
      { kind: 'eform', required: true, name: "Mẫu hộ tịch điện tử tương tác đăng ký khai sinh" },
      { kind: 'required', required: true, name: "Giấy chứng sinh; nếu không có: văn bản của người làm chứng xác nhận việc sinh hoặc giấy cam đoan về việc sinh" },
      { kind: 'optional', required: false, name: "Biên bản xác nhận việc trẻ bị bỏ rơi" },
      { kind: 'optional', required: false, name: "Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản (mang thai hộ)" },
      { kind: 'authorization', required: false, name: "Văn bản ủy quyền" },
      { kind: 'optional', required: false, name: "Giấy tờ tùy thân của người yêu cầu (Hộ chiếu/CCCD/Thẻ căn cước/Căn cước điện tử…) — xuất trình" },
    ],
  },
  {
    code: '1.000894', field: 'Hộ tịch', processingDays: 1,
    name: "Đăng ký kết hôn",
    documents: [
      { kind: 'paper', required: true, name: "Tờ khai đăng ký kết hôn theo mẫu (hai bên có thể khai chung một tờ khai)" },
      { kind: 'eform', required: true, name: "Mẫu hộ tịch điện tử tương tác đăng ký kết hôn" },
      { kind: 'required', required: true, name: "Giấy tờ tùy thân còn giá trị của hai bên (Hộ chiếu/CCCD/Thẻ căn cước/Căn cước điện tử…)" },
      { kind: 'optional', required: false, name: "Giấy tờ chứng minh thông tin cư trú" },
      { kind: 'optional', required: false, name: "Bản sao có chứng thực các giấy tờ phải xuất trình" },
      { kind: 'optional', required: false, name: "Trích lục ghi chú ly hôn/hủy việc kết hôn" },
    ],
  },
  {
    code: '1.000656', field: 'Hộ tịch', processingDays: 0,
    name: "Đăng ký khai tử",
    documents: [
      { kind: 'paper', required: true, name: "Tờ khai đăng ký khai tử theo mẫu" },
      { kind: 'eform', required: true, name: "Mẫu hộ tịch điện tử tương tác đăng ký khai tử" },
      { kind: 'required', required: true, name: "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp" },
      { kind: 'optional', required: false, name: "Giấy tờ/chứng cứ chứng minh sự kiện chết" },
      { kind: 'optional', required: false, name: "Giấy tờ chứng minh nơi chết/nơi phát hiện thi thể" },
      { kind: 'authorization', required: false, name: "Văn bản ủy quyền" },
      { kind: 'optional', required: false, name: "Giấy tờ tùy thân của người yêu cầu (Hộ chiếu/CCCD/Thẻ căn cước/Căn cước điện tử…) — xuất trình" },
    ],
  },
  {
    code: '1.004873', field: 'Hộ tịch', processingDays: 3,
    name: "Cấp Giấy xác nhận tình trạng hôn nhân",
    documents: [
      { kind: 'paper', required: true, name: "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu" },
      { kind: 'eform', required: true, name: "Mẫu điện tử tương tác cấp Giấy xác nhận tình trạng hôn nhân" },
      { kind: 'optional', required: false, name: "Giấy tờ chứng minh việc ly hôn/vợ hoặc chồng đã chết" },
      { kind: 'optional', required: false, name: "Giấy xác nhận tình trạng hôn nhân đã cấp trước đây" },
      { kind: 'authorization', required: false, name: "Văn bản ủy quyền" },
      { kind: 'optional', required: false, name: "Giấy tờ tùy thân của người yêu cầu (Hộ chiếu/CCCD/Thẻ căn cước/Căn cước điện tử…) — xuất trình" },
    ],
  },
  {
    code: '2.000635', field: 'Hộ tịch', processingDays: 0,
    name: "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh",
    documents: [
      { kind: 'paper', required: true, name: "Tờ khai đề nghị cấp bản sao Trích lục hộ tịch (cá nhân) hoặc văn bản yêu cầu nêu rõ lý do (cơ quan, tổ chức)" },
      { kind: 'eform', required: true, name: "Mẫu điện tử tương tác yêu cầu cấp bản sao Giấy khai sinh, bản sao Trích lục hộ tịch" },
      { kind: 'authorization', required: false, name: "Văn bản ủy quyền" },
      { kind: 'optional', required: false, name: "Giấy tờ tùy thân của người yêu cầu (Hộ chiếu/CCCD/Thẻ căn cước/Căn cước điện tử…) — xuất trình" },
      { kind: 'optional', required: false, name: "Bản sao có chứng thực các giấy tờ phải xuất trình" },
    ],
  },
  {
    code: '1.004859', field: 'Hộ tịch', processingDays: 1,
    name: "Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc",
    documents: [
      { kind: 'paper', required: true, name: "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc" },
      { kind: 'eform', required: true, name: "Mẫu hộ tịch điện tử tương tác thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc" },
      { kind: 'required', required: true, name: "Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc" },
      { kind: 'authorization', required: false, name: "Văn bản ủy quyền" },
      { kind: 'optional', required: false, name: "Giấy tờ tùy thân của người yêu cầu (Hộ chiếu/CCCD/Thẻ căn cước/Căn cước điện tử…) — xuất trình" },
      { kind: 'optional', required: false, name: "Giấy tờ chứng minh thông tin cư trú" },
    ],
  },
  {
    code: '2.000815', field: 'Chứng thực', processingDays: 0,
    name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận",
    documents: [
      { kind: 'required', required: true, name: "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao (kèm bản sao cần chứng thực)" },
      { kind: 'required', required: true, name: "Bản sao cần chứng thực" },
      { kind: 'optional', required: false, name: "Bản chính giấy tờ do nước ngoài cấp đã hợp pháp hóa lãnh sự" },
    ],
  },
  {
    code: '2.000884', field: 'Chứng thực', processingDays: 0,
    name: "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)",
    documents: [
      { kind: 'required', required: true, name: "Bản chính hoặc bản sao có chứng thực Thẻ CCCD/Thẻ căn cước/Hộ chiếu/Căn cước điện tử còn giá trị" },
      { kind: 'required', required: true, name: "Giấy tờ, văn bản cần chứng thực chữ ký (người yêu cầu ký trước mặt người thực hiện chứng thực)" },
    ],
  },
  {
    code: '2.001035', field: 'Chứng thực', processingDays: 2,
    name: "Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở",
    documents: [
      { kind: 'required', required: true, name: "Dự thảo hợp đồng, giao dịch" },
      { kind: 'required', required: true, name: "Bản sao giấy tờ tùy thân của người yêu cầu chứng thực (xuất trình bản chính để đối chiếu)" },
      { kind: 'required', required: true, name: "Bản sao Giấy chứng nhận quyền sở hữu/quyền sử dụng hoặc giấy tờ thay thế của tài sản" },
      { kind: 'authorization', required: false, name: "Văn bản ủy quyền" },
    ],
  },
  {
    code: '2.001019', field: 'Chứng thực', processingDays: 2,
    name: "Chứng thực di chúc",
    documents: [
      { kind: 'required', required: true, name: "Dự thảo di chúc" },
      { kind: 'required', required: true, name: "Giấy tờ tùy thân của người lập di chúc" },
      { kind: 'optional', required: false, name: "Giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế đối với tài sản" },
    ],
  },
  {
    code: '1.001612', field: 'Thành lập và hoạt động của hộ kinh doanh', processingDays: 3,
    name: "Đăng ký thành lập hộ kinh doanh",
    documents: [
      { kind: 'required', required: true, name: "Giấy đề nghị đăng ký hộ kinh doanh (Mẫu số 01, Phụ lục II, Thông tư 68/2025/TT-BTC)" },
      { kind: 'family-minutes', required: false, name: "Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh" },
      { kind: 'authorization', required: false, name: "Văn bản ủy quyền cho người đi nộp hồ sơ và giấy tờ pháp lý của người được ủy quyền" },
      { kind: 'id-copy', required: false, name: "Bản sao giấy tờ pháp lý của cá nhân (CCCD…) — loại đính kèm CPID trên HkdOnline" },
    ],
  },
  {
    code: '2.000720', field: 'Thành lập và hoạt động của hộ kinh doanh', processingDays: 3,
    name: "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
    documents: [
      { kind: 'required', required: true, name: "Thông báo thay đổi nội dung đăng ký hộ kinh doanh (Phụ lục II TT 68/2025/TT-BTC)" },
      { kind: 'family-minutes', required: false, name: "Bản sao biên bản họp thành viên hộ gia đình" },
      { kind: 'authorization', required: false, name: "Văn bản ủy quyền và giấy tờ pháp lý của người được ủy quyền" },
      { kind: 'optional', required: false, name: "Giấy chứng nhận đăng ký hộ kinh doanh đã cấp" },
    ],
  },
  {
    code: '1.001570', field: 'Thành lập và hoạt động của hộ kinh doanh', processingDays: 3,
    name: "Tạm ngừng hoạt động hộ kinh doanh",
    documents: [
      { kind: 'required', required: true, name: "Thông báo/Giấy đề nghị tạm ngừng kinh doanh của hộ kinh doanh (ngày bắt đầu, ngày kết thúc, lý do)" },
      { kind: 'authorization', required: false, name: "Văn bản ủy quyền" },
    ],
  },
  {
    code: '1.001266', field: 'Thành lập và hoạt động của hộ kinh doanh', processingDays: 5,
    name: "Chấm dứt hoạt động hộ kinh doanh",
    documents: [
      { kind: 'required', required: true, name: "Thông báo về việc chấm dứt hoạt động hộ kinh doanh" },
      { kind: 'required', required: true, name: "Thông báo về việc chấm dứt hiệu lực mã số thuế của Cơ quan thuế" },
      { kind: 'family-minutes', required: false, name: "Bản sao biên bản họp thành viên hộ gia đình" },
      { kind: 'authorization', required: false, name: "Văn bản ủy quyền" },
    ],
  },
  {
    code: '2.000575', field: 'Thành lập và hoạt động của hộ kinh doanh', processingDays: 3,
    name: "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh, Cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh",
    documents: [
      { kind: 'required', required: true, name: "Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh (Phụ lục II TT 68/2025/TT-BTC; số mẫu chưa thống nhất giữa nguồn)" },
    ],
  },
  {
    code: '1.001776', field: 'Bảo trợ xã hội', processingDays: null,
    name: "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng",
    documents: [
      { kind: 'required', required: true, name: "Tờ khai đề nghị trợ cấp xã hội/hỗ trợ kinh phí chăm sóc, nuôi dưỡng theo mẫu (1a–1đ, 2a, 2b, 03 tùy đối tượng)" },
      { kind: 'optional', required: false, name: "Giấy tờ tùy thân/giấy khai sinh của đối tượng" },
      { kind: 'optional', required: false, name: "Giấy xác nhận khuyết tật" },
    ],
  },
  {
    code: '1.001699', field: 'Bảo trợ xã hội', processingDays: 25,
    name: "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật",
    documents: [
      { kind: 'required', required: true, name: "Đơn đề nghị xác định mức độ khuyết tật (Mẫu số 01)" },
      { kind: 'optional', required: false, name: "Bản sao các giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị…)" },
      { kind: 'optional', required: false, name: "Bản sao kết luận của Hội đồng giám định y khoa" },
      { kind: 'optional', required: false, name: "Giấy tờ tùy thân" },
    ],
  },
  {
    code: '1.013967', field: 'Đất đai', processingDays: null,
    name: "Hòa giải tranh chấp đất đai (cấp xã)",
    documents: [
      { kind: 'required', required: true, name: "Đơn yêu cầu hòa giải tranh chấp đất đai" },
    ],
  },
  {
    code: '1.013225', field: 'Hoạt động xây dựng', processingDays: null,
    name: "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ (cấp xã)",
    documents: [
      { kind: 'required', required: true, name: "Đơn đề nghị cấp giấy phép xây dựng (mẫu NĐ 175/2024/NĐ-CP)" },
      { kind: 'required', required: true, name: "Giấy tờ chứng minh quyền sử dụng đất (GCN QSDĐ…)" },
      { kind: 'required', required: true, name: "Bản vẽ thiết kế xây dựng" },
    ],
  },
];

/**
 * Real-looking procedures that are deliberately NOT in the catalog (scenario `unknown-procedure`).
 * Their fields are ones the catalog knows, so only the catalog rule should react.
 */
export const UNKNOWN_PROCEDURES = [
  {
    code: '1.003583', field: 'Hộ tịch', processingDays: 3,
    name: 'Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
    documents: [
      { kind: 'required', required: true, name: 'Tờ khai ghi vào Sổ hộ tịch việc kết hôn theo mẫu' },
      { kind: 'required', required: true, name: 'Bản sao giấy tờ chứng nhận việc kết hôn do cơ quan có thẩm quyền của nước ngoài cấp' },
    ],
  },
  {
    code: '2.001016', field: 'Chứng thực', processingDays: 2,
    name: 'Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
    documents: [
      { kind: 'required', required: true, name: 'Dự thảo văn bản khai nhận di sản' },
      { kind: 'required', required: true, name: 'Giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản' },
    ],
  },
];

/** Household-business procedures (they carry the Mẫu 01 / change e-form and a result slot). */
export const HKD_CODES = ['1.001612', '2.000720', '1.001570', '1.001266', '2.000575'];

/** Catalog procedures by national code, unknown ones included. */
export function procedureByCode(code) {
  const found = [...PROCEDURES, ...UNKNOWN_PROCEDURES].find((p) => p.code === code);
  if (!found) throw new Error(`seed: no procedure ${code}`);
  return found;
}
