/**
 * Plan: capture source + options → the steps of HkdOnline's wizard, each with the values to
 * write (the fill preview shows exactly this). Pure: no DOM, no browser APIs.
 */
import type { HouseholdBusinessRecord } from '@/utils/hkd/record';
import type { CaptureSource } from './source';
import { BLOCKS, BLOCK_BUTTONS, REGISTRATION_TYPES, WIZARD, type BlockKey } from './hkd-controls';
import type { FieldOp, LineRow, Plan, PlanStep } from './types';
import { ownerOps, seatOps, submitterOps, taxOps, text } from './plan-fields';
import { amendmentsOf, reissueOps, suspensionOps, terminationOps, type BlockContent } from './plan-notice';

export interface PlanOptions {
  /** The officer files as the submitter: copy the account's identity (DESIGN: "Sao chép…"). */
  officerIsSubmitter?: boolean;
}

const TITLES: Record<BlockKey, string> = {
  ADDR: 'Địa chỉ trụ sở', BLINE: 'Ngành, nghề kinh doanh', NAME: 'Tên hộ kinh doanh', OWNER: 'Thông tin về chủ hộ kinh doanh',
  CAP: 'Thông tin về vốn', TAX: 'Thông tin về thuế', SUBMIT: 'Người nộp hồ sơ', SUSP: 'Tạm ngừng kinh doanh',
  DISS: 'Chấm dứt hoạt động', REI: 'Thông tin đề nghị cấp lại',
};

function block(key: BlockKey, content: BlockContent & Pick<PlanStep, 'copyAccount' | 'locations'>): PlanStep {
  const { page, menu } = BLOCKS[key];
  return { id: `block:${key}`, page: page as PlanStep['page'], title: TITLES[key], menu, ...content };
}

function wizardStep(id: 'type' | 'search' | 'amendment' | 'confirm', title: string, fields: FieldOp[], nextButton: string, searchButton?: string): PlanStep {
  return { id, page: id, title, fields, nextButton, ...(searchButton ? { searchButton } : {}) };
}

function searchStep(r: HouseholdBusinessRecord): PlanStep {
  const e = r.existing ?? {};
  const code = e.householdCode ?? e.taxCode;
  const fields = [
    ...text(WIZARD.searchCode, 'Mã số thuế/Mã số hộ kinh doanh', code),
    ...(code ? [] : text(WIZARD.searchCertificate, 'Số Giấy chứng nhận', e.certificateNumber)),
    ...text(WIZARD.searchDoc, 'Số giấy tờ pháp lý của chủ hộ', r.owner.docNumber),
  ];
  return wizardStep('search', 'Tìm kiếm hộ kinh doanh', fields, WIZARD.stepNext, WIZARD.searchButton);
}

function lines(r: HouseholdBusinessRecord): LineRow[] {
  return r.business.lines.map((l) => ({ name: l.name, code: l.code ?? '', main: l.main }));
}

function registrationBlocks(r: HouseholdBusinessRecord): PlanStep[] {
  const b = r.business;
  return [
    block('ADDR', { fields: seatOps(r) }),
    block('BLINE', { fields: [], lines: lines(r) }),
    block('NAME', { fields: text('ctl00$C$NAMECtl$NAMEFld', 'Tên hộ kinh doanh', b.name?.toLocaleUpperCase('vi'), 'upper') }),
    block('OWNER', { fields: ownerOps(r) }),
    block('CAP', { fields: text('ctl00$C$CAPCtl$CAPITALFld', 'Tổng số (bằng số, VNĐ)', b.capital === undefined ? undefined : String(b.capital), 'digits') }),
    block('TAX', { fields: taxOps(r), locations: b.locations.map((l) => ({ name: l.name, province: l.address.province ?? '', ward: l.address.ward ?? '', street: l.address.street ?? '', startDate: l.startDate ?? '' })) }),
  ];
}

export function buildPlan(source: CaptureSource, opts: PlanOptions = {}): Plan {
  const r = source.record;
  const kind = r.procedure;
  const type = REGISTRATION_TYPES[kind];
  const steps: PlanStep[] = [wizardStep('type', 'Chọn loại đăng ký trực tuyến', [{ kind: 'radio', name: WIZARD.type, label: 'Loại đăng ký', value: type.value, display: type.title }], WIZARD.startNext)];
  const notes: string[] = [];
  if (kind !== 'register') steps.push(searchStep(r));
  if (kind === 'change') {
    const a = amendmentsOf(source.notice, r);
    notes.push(...a.notes);
    steps.push(wizardStep('amendment', 'Chọn loại đăng ký thay đổi', [{ kind: 'checkboxes', name: WIZARD.amendment, label: 'Nội dung đăng ký thay đổi', values: a.types, postback: false }], WIZARD.stepNext));
    steps.push(wizardStep('confirm', 'Xác nhận thông tin đăng ký', [], WIZARD.finish));
    for (const key of ['ADDR', 'BLINE', 'NAME', 'OWNER', 'CAP'] as BlockKey[]) if (a.blocks[key]) steps.push(block(key, a.blocks[key]!));
  } else {
    steps.push(wizardStep('confirm', 'Xác nhận thông tin đăng ký', [], WIZARD.finish));
    if (kind === 'register') steps.push(...registrationBlocks(r));
    if (kind === 'suspend') steps.push(block('SUSP', { fields: suspensionOps(source.notice) }));
    if (kind === 'terminate') steps.push(block('DISS', { fields: terminationOps(source.notice) }));
    if (kind === 'reissue') steps.push(block('REI', { fields: reissueOps(source.notice) }));
  }
  const sub = submitterOps(r, Boolean(opts.officerIsSubmitter));
  steps.push(block('SUBMIT', { fields: sub.ops, copyAccount: sub.copyAccount }));
  return { dossierCode: source.dossierCode, procedure: kind, registrationType: type.value, typeTitle: type.title, steps, notes };
}

/** The save button every data block ends with (wizard steps end with their next button). */
export const SAVE_BUTTON = BLOCK_BUTTONS.save;
