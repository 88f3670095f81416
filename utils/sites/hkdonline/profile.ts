/**
 * Built-in profile of System B (HkdOnline, hokinhdoanh.dkkd.gov.vn). All wizard steps share one
 * URL (`Registration.aspx?h=…`), so steps are told apart by the controls on the page: the
 * control names below are the real system's (RESEARCH-NOTES §2.3). Names are matched by
 * substring so a different naming-container prefix still matches.
 */
import { z } from 'zod';
import { SiteProfileSchema, type SiteProfile } from '@/utils/sites/profile-schema';
import { StepIdSchema } from '@/utils/sites/snapshot';

export const StepRuleSchema = z.object({
  step: StepIdSchema,
  /** Any control whose name contains one of these marks the step. */
  names: z.array(z.string().min(1)).min(1),
});
export type StepRule = z.infer<typeof StepRuleSchema>;

/** Most specific first: data blocks, then the wizard's own steps. */
export const HKD_STEP_RULES: StepRule[] = z.array(StepRuleSchema).parse([
  { step: 'address', names: ['$ADDRCtl$CITY_IDFld', '$ADDRCtl$WARD_IDFld', '$DCONTClt$HO_PHONEFld'] },
  { step: 'lines', names: ['$BLINECtl$', 'newBusinessLineCode'] },
  { step: 'name', names: ['$NAMECtl$NAMEFld'] },
  { step: 'owner', names: ['$OWN_PCtl$PERSCtl$FULL_NAMEFld', '$OWN_PCtl$PERSCtl$PERS_DOC_NOFld'] },
  { step: 'capital', names: ['$CAPCtl$CAPITALFld'] },
  { step: 'tax', names: ['$TAXCtl$'] },
  { step: 'suspension', names: ['$SUSPCtl$'] },
  { step: 'termination', names: ['$DISSCtl$'] },
  { step: 'reissue', names: ['$REICtl$'] },
  { step: 'submitter', names: ['ctl00$C$PERSCtl$', 'btnIS_SIGNER'] },
  { step: 'amendment', names: ['CtlAmendmentType'] },
  { step: 'search', names: ['GDT_CODEFld', 'IMP_BUSINESS_REG_NUMBERFbl', 'PERS_DOC_NOFbl', 'AmenHOUSEHOLDUIDFld'] },
  { step: 'confirm', names: ['$FinishButton'] },
  { step: 'type', names: ['myWizard$CtlType'] },
]);

export const HKDONLINE_PROFILE: SiteProfile = SiteProfileSchema.parse({
  id: 'hkdonline',
  version: 1,
  pageKinds: [
    { kind: 'login', urlPattern: '.*', requires: 'input[type=password]' },
    { kind: 'overview', urlPattern: '/Forms/APP/DW_DOCUMENTEdit\\.aspx' },
    { kind: 'wizard', urlPattern: '/Forms/APP/(?:Registration|Dissolution|DW_SUSPENSIONEdit|DW_RE_ISSUANCEEdit)\\.aspx' },
    { kind: 'menu', urlPattern: '/HkdOnline/(?:Default\\.aspx)?(?:[?#].*)?$' },
  ],
  values: {
    'account.username': [lbl(['Tên đăng nhập', 'Tài khoản', 'Người dùng'])],
    'account.fullName': [lbl(['Xin chào', 'Họ và tên người dùng', 'Người dùng']), { menu: true }],
    'result.code': [lbl(['Mã số hộ kinh doanh', 'Mã số thuế/Mã số hộ kinh doanh', 'Mã hộ kinh doanh'])],
    'result.certificateNumber': [lbl(['Số Giấy chứng nhận đăng ký hộ kinh doanh', 'Số Giấy chứng nhận', 'Số GCN'])],
    'result.date': [lbl(['Ngày cấp', 'Ngày cấp Giấy chứng nhận', 'Ngày đăng ký'])],
  },
  needed: ['result.code', 'result.certificateNumber', 'result.date'],
});

function lbl(label: string[]): { label: string[] } {
  return { label };
}
