/**
 * Household-business procedures (Thành lập và hoạt động của hộ kinh doanh), NĐ 168/2025/NĐ-CP and
 * TT 68/2025/TT-BTC. Registrar = cơ quan đăng ký kinh doanh cấp xã; iGate sector code TLHDH.
 */
import { makeField } from '../field';
import { always, authorisation, optional, whenFact } from './common';
import type { ProcedureInput } from './types';

const field = makeField('Thành lập và hoạt động của hộ kinh doanh');
const base = { field, localCodes: [], aliases: [], nonGeographic: true, online: null, fee: null };
const MEMBERS_MEETING = 'householdMembersFound';

export const HKD: ProcedureInput[] = [
  {
    ...base,
    code: '1.001612',
    localCodes: ['1.001612.000.00.00.H48'],
    name: 'Đăng ký thành lập hộ kinh doanh',
    components: [
      always('giay-de-nghi', 'Giấy đề nghị đăng ký hộ kinh doanh (Mẫu số 01, Phụ lục II, Thông tư 68/2025/TT-BTC)', { aliases: ['Giấy đề nghị đăng ký hộ kinh doanh'] }),
      whenFact('bien-ban-hop-gia-dinh', 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', MEMBERS_MEETING),
      authorisation('Văn bản ủy quyền cho người đi nộp hồ sơ và giấy tờ pháp lý của người được ủy quyền'),
      whenFact('ban-sao-giay-to-phap-ly', 'Bản sao giấy tờ pháp lý của cá nhân (CCCD…) — loại đính kèm CPID trên HkdOnline', 'populationDataUnavailable', {
        aliases: ['Bản sao giấy tờ pháp lý của cá nhân', 'Bản sao CCCD', 'Bản sao căn cước công dân'],
        notRequiredByLaw: true,
        note: 'NĐ 168/2025 không yêu cầu nếu đã khai thác được CSDL quốc gia về dân cư',
      }),
    ],
    processingDays: 3,
    fee: 'Theo NQ HĐND tỉnh (HCMC amount not found)',
    confidence: 'high',
    notes: 'May be submitted at any commune-level registrar in the same province. Online via DVCQG → HkdOnline.',
    source: 'NĐ 168/2025/NĐ-CP; public code samples',
  },
  {
    ...base,
    code: '2.000720',
    name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    components: [
      always('thong-bao-thay-doi', 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh (Phụ lục II TT 68/2025/TT-BTC)', { aliases: ['Thông báo thay đổi nội dung đăng ký hộ kinh doanh'] }),
      {
        id: 'bien-ban-hop-gia-dinh',
        name: 'Bản sao biên bản họp thành viên hộ gia đình',
        required: 'conditional',
        condition: { kind: 'any', of: [{ kind: 'fact', fact: MEMBERS_MEETING }, { kind: 'fact', fact: 'ownerChange' }] },
      },
      authorisation('Văn bản ủy quyền và giấy tờ pháp lý của người được ủy quyền'),
      optional('gcn-da-cap', 'Giấy chứng nhận đăng ký hộ kinh doanh đã cấp', { note: 'Some local lists still require the current GCN (secondary)' }),
    ],
    processingDays: 3,
    confidence: 'med',
    notes: 'Thay đổi chủ hộ: Điều 100 khoản 3 NĐ 168/2025.',
    source: 'public code samples',
  },
  {
    ...base,
    code: '1.001570',
    name: 'Tạm ngừng hoạt động hộ kinh doanh',
    nameVariants: ['Tạm ngừng hoạt động kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh'],
    components: [
      always('thong-bao-tam-ngung', 'Thông báo/Giấy đề nghị tạm ngừng kinh doanh của hộ kinh doanh (ngày bắt đầu, ngày kết thúc, lý do)'),
      authorisation(),
    ],
    processingDays: 3,
    confidence: 'med',
    notes: 'HkdOnline change wizard type SUSPEN → page DW_SUSPENSIONEdit.',
    source: 'public code samples',
  },
  {
    ...base,
    code: '1.001266',
    name: 'Chấm dứt hoạt động hộ kinh doanh',
    components: [
      always('thong-bao-cham-dut', 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh'),
      always('cham-dut-mst', 'Thông báo về việc chấm dứt hiệu lực mã số thuế của Cơ quan thuế'),
      whenFact('bien-ban-hop-gia-dinh', 'Bản sao biên bản họp thành viên hộ gia đình', MEMBERS_MEETING),
      authorisation(),
    ],
    processingDays: 5,
    confidence: 'med',
    notes: 'Some sources also ask for the original GCN.',
    source: 'public code samples',
  },
  {
    ...base,
    code: '2.000575',
    localCodes: ['2.000575.000.00.00.H35'],
    name: 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh, Cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh',
    components: [
      always('giay-de-nghi-cap-lai', 'Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh (Phụ lục II TT 68/2025/TT-BTC; số mẫu chưa thống nhất giữa nguồn)', {
        aliases: ['Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh'],
      }),
    ],
    processingDays: 3,
    confidence: 'med',
    notes: 'Official record has 2 steps and many dossier rows (38 incl. notes/cases). HkdOnline page DW_RE_ISSUANCEEdit.',
    source: 'public code samples',
  },
];
