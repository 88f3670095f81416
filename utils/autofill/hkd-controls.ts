/**
 * HkdOnline control names and block menu titles, as data (RESEARCH-NOTES §2.3; the real
 * system's names). The plan refers to controls only through this table, so a renamed control
 * is one edit here. Block keys follow HkdOnline's own block codes.
 */
export const OWN = 'ctl00$C$OWN_PCtl$PERSCtl$';
export const TAX = 'ctl00$C$TAXCtl$';
export const SUB = 'ctl00$C$PERSCtl$';
const WIZ = 'ctl00$C$myWizard$';

export const WIZARD = {
  type: `${WIZ}CtlType`,
  startNext: `${WIZ}StartNavigationTemplateContainerID$StartNextButton`,
  stepNext: `${WIZ}StepNavigationTemplateContainerID$StepNextButton`,
  finish: `${WIZ}FinishNavigationTemplateContainerID$FinishButton`,
  searchButton: 'ctl00$C$btnSearch',
  searchCode: 'ctl00$C$GDT_CODEFld',
  searchCertificate: 'ctl00$C$IMP_BUSINESS_REG_NUMBERFbl',
  searchDoc: 'ctl00$C$PERS_DOC_NOFbl',
  searchResult: '#ctl00_C_grdHousehold',
  amendment: 'ctl00$C$CtlAmendmentType',
  mainMenu: 'ctl00$MainMenu',
} as const;

export const BLOCK_BUTTONS = {
  save: 'ctl00$C$btnSave',
  next: 'ctl00$C$btnNext',
  copyAccount: 'ctl00$C$btnIS_SIGNER',
  /** Never pressed by the fill: submitting is the officer's act. */
  submit: 'ctl00$C$btnSubmit',
} as const;

export const PAGE_MARKS = {
  sideMenu: '#ctl00_C_BLCtl_CtlList a',
  currentMenuItem: '#ctl00_C_BLCtl_CtlList li.cur',
  message: '#ctl00_C_lblMessage',
  validation: '#ctl00_C_ValidationSummary1',
  errorBack: '#ctl00_C_lnkBack',
  documentType: '#ctl00_C_INFOCtl_DOCUMENT_TYPE_IDFld',
  overviewGrid: 'ctl00$C$grdBlocks',
} as const;

export const LINE_CONTROLS = {
  grid: 'ctl00$C$BLINECtl$grdLines',
  gridId: 'ctl00_C_BLINECtl_grdLines',
  code: 'ctl00$C$BLINECtl$NEW_CODEFld',
  name: 'ctl00$C$BLINECtl$NEW_NAMEFld',
  add: 'ctl00$C$BLINECtl$btnAdd',
} as const;

export const LOCATION_CONTROLS = {
  gridId: 'ctl00_C_TAXCtl_grdLocations',
  name: `${TAX}LOC_NAMEFld`,
  city: `${TAX}LOC_CITY_IDFld`,
  ward: `${TAX}LOC_WARD_IDFld`,
  street: `${TAX}LOC_STREETFld`,
  start: `${TAX}LOC_START_DATEFld`,
  add: `${TAX}btnAddLocation`,
} as const;

export type BlockKey = 'ADDR' | 'BLINE' | 'NAME' | 'OWNER' | 'CAP' | 'TAX' | 'SUBMIT' | 'SUSP' | 'DISS' | 'REI';

/** Side-menu text of each block (what the officer clicks) and the wizard step it shows. */
export const BLOCKS: Record<BlockKey, { menu: string; page: string }> = {
  ADDR: { menu: 'Địa chỉ', page: 'address' },
  BLINE: { menu: 'Ngành nghề kinh doanh', page: 'lines' },
  NAME: { menu: 'Tên hộ kinh doanh', page: 'name' },
  OWNER: { menu: 'Thông tin về chủ hộ kinh doanh', page: 'owner' },
  CAP: { menu: 'Thông tin về vốn', page: 'capital' },
  TAX: { menu: 'Thông tin về thuế', page: 'tax' },
  SUBMIT: { menu: 'Người nộp hồ sơ', page: 'submitter' },
  SUSP: { menu: 'Tạm ngừng kinh doanh', page: 'suspension' },
  DISS: { menu: 'Chấm dứt hoạt động', page: 'termination' },
  REI: { menu: 'Thông tin đề nghị cấp lại', page: 'reissue' },
};

/** Registration type radio values and how the type shown on the wizard's info bar begins. */
export const REGISTRATION_TYPES = {
  register: { value: 'NEW', title: 'Thành lập mới' },
  change: { value: 'AMEND', title: 'Thay đổi' },
  suspend: { value: 'SUSPEN', title: 'Tạm ngừng' },
  terminate: { value: 'DISSOL', title: 'Chấm dứt' },
  reissue: { value: 'REISSUE', title: 'Cấp lại' },
} as const;

/** Amendment checkbox value → the block it opens. */
export const AMENDMENT_BLOCKS: Record<string, BlockKey> = {
  NAME: 'NAME', ADDR: 'ADDR', BLINE: 'BLINE', CAP: 'CAP', OWNER: 'OWNER', OWNINFO: 'OWNER',
};
