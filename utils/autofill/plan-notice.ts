/**
 * Notices (change, suspension, termination, re-issue) → block field operations. A change item
 * the plan does not recognise becomes a note shown in the preview, never a guessed value.
 */
import type { HouseholdBusinessRecord } from '@/utils/hkd/record';
import { foldKey } from '@/utils/vn/text';
import type { Notice } from './source';
import type { BlockKey } from './hkd-controls';
import type { FieldOp, LineRow } from './types';
import { addressOps, select, text } from './plan-fields';

export interface BlockContent {
  fields: FieldOp[];
  lines?: LineRow[];
}

export interface Amendments {
  /** Amendment checkbox values, in HkdOnline's order. */
  types: string[];
  blocks: Partial<Record<BlockKey, BlockContent>>;
  notes: string[];
}

const ORDER = ['NAME', 'ADDR', 'BLINE', 'CAP', 'OWNER', 'OWNINFO'];

/** "Bổ sung: 4723 - Bán lẻ đồ uống có cồn" → rows to add. */
export function parseAddedLines(value: string): LineRow[] {
  const out: LineRow[] = [];
  for (const m of value.matchAll(/(\d{4,7})\s*[-–:]\s*([^;\n]+)/g)) out.push({ code: m[1]!, name: m[2]!.trim(), main: false });
  return out;
}

function changeItem(item: string, value: string, r: HouseholdBusinessRecord): [string, BlockKey, BlockContent] | null {
  const k = foldKey(item);
  if (k.includes('von')) return ['CAP', 'CAP', { fields: text('ctl00$C$CAPCtl$CAPITALFld', 'Vốn kinh doanh', value.replace(/\D/g, ''), 'digits') }];
  if (k.includes('nganh')) {
    const lines = parseAddedLines(value);
    return lines.length ? ['BLINE', 'BLINE', { fields: [], lines }] : null;
  }
  if (k.includes('dia chi')) {
    const seat = { ...r.business.seat, street: value };
    return ['ADDR', 'ADDR', { fields: addressOps('ctl00$C$ADDRCtl$', seat, 'Địa chỉ trụ sở hộ kinh doanh') }];
  }
  if (k.startsWith('ten')) return ['NAME', 'NAME', { fields: text('ctl00$C$NAMECtl$NAMEFld', 'Tên hộ kinh doanh', value.toLocaleUpperCase('vi'), 'upper') }];
  return null;
}

export function amendmentsOf(notice: Notice | undefined, r: HouseholdBusinessRecord): Amendments {
  const out: Amendments = { types: [], blocks: {}, notes: [] };
  for (const c of notice?.changes ?? []) {
    const found = changeItem(c.item, c.newValue, r);
    if (!found) {
      out.notes.push(`${c.item}: ${c.newValue}`);
      continue;
    }
    const [type, block, content] = found;
    if (!out.types.includes(type)) out.types.push(type);
    const prev = out.blocks[block];
    out.blocks[block] = { fields: [...(prev?.fields ?? []), ...content.fields], lines: [...(prev?.lines ?? []), ...(content.lines ?? [])] };
  }
  out.types.sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  return out;
}

const REISSUE_REASONS: [RegExp, string][] = [[/\bmat\b/, 'Bị mất'], [/chay|rach|nat|tieu huy/, 'Bị cháy, rách, nát hoặc bị tiêu hủy dưới hình thức khác']];

export function suspensionOps(n: Notice | undefined): FieldOp[] {
  const s = n?.suspension;
  return [
    ...text('ctl00$C$SUSPCtl$START_DATEFld', 'Ngày bắt đầu tạm ngừng', s?.from),
    ...text('ctl00$C$SUSPCtl$END_DATEFld', 'Ngày kết thúc tạm ngừng', s?.to),
    ...text('ctl00$C$SUSPCtl$REASONFld', 'Lý do tạm ngừng', s?.reason),
  ];
}

export function terminationOps(n: Notice | undefined): FieldOp[] {
  const t = n?.termination;
  return [
    ...text('ctl00$C$DISSCtl$DISSOLUTION_DATEFld', 'Ngày chấm dứt hoạt động', t?.date),
    ...text('ctl00$C$DISSCtl$REASONFld', 'Lý do chấm dứt', t?.reason),
  ];
}

export function reissueOps(n: Notice | undefined): FieldOp[] {
  const reason = n?.reissue?.reason;
  if (!reason) return [];
  const k = foldKey(reason);
  const option = REISSUE_REASONS.find(([re]) => re.test(k))?.[1] ?? 'Khác';
  return [...select('ctl00$C$REICtl$REASONFld', 'Lý do đề nghị cấp lại', option), ...text('ctl00$C$REICtl$DETAILFld', 'Ghi chú', reason)];
}
