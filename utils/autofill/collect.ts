/**
 * Collect: System A's dossier snapshot (+ the rendered page for a notice's own content) → the
 * capture source. The Mẫu 01 record comes from the shared readers; a notice's changes, dates
 * and reasons are read here by their labels (the record has no place for them).
 */
import type { ProcessingDetailSnapshot } from '@/utils/sites/snapshot';
import { hkdProcedureKind } from '@/utils/sites/motcua/eform-record';
import { findByLabel } from '@/utils/sites/labels/find-by-label';
import { findTables } from '@/utils/sites/labels/tables';
import { textOf } from '@/utils/sites/labels/dom-text';
import type { CaptureSource, Notice } from './source';

const CHANGE_COLUMNS = {
  item: ['Nội dung thay đổi', 'Nội dung đăng ký thay đổi'],
  old: ['Thông tin đã đăng ký', 'Nội dung đã đăng ký'],
  new: ['Thông tin đăng ký thay đổi', 'Nội dung thay đổi thành', 'Thông tin mới'],
};

const value = (doc: ParentNode, labels: string[]) => findByLabel(doc, labels)?.value;

function readChanges(doc: ParentNode): Notice['changes'] {
  const out: Notice['changes'] = [];
  for (const t of findTables(doc, CHANGE_COLUMNS, ['item', 'new'])) {
    for (const r of t.rows) {
      const item = r.cells.item ? textOf(r.cells.item) : '';
      const newValue = r.cells.new ? textOf(r.cells.new) : '';
      if (item && newValue) out.push({ item, newValue, oldValue: r.cells.old ? textOf(r.cells.old) : undefined });
    }
  }
  return out;
}

export function readNotice(doc: ParentNode): Notice {
  const notice: Notice = { changes: readChanges(doc) };
  const from = value(doc, ['Ngày bắt đầu tạm ngừng', 'Tạm ngừng từ ngày']);
  if (from) notice.suspension = { from, to: value(doc, ['Ngày kết thúc tạm ngừng', 'Đến ngày']), reason: value(doc, ['Lý do tạm ngừng']) };
  const date = value(doc, ['Ngày chấm dứt hoạt động', 'Ngày chấm dứt']);
  if (date) notice.termination = { date, reason: value(doc, ['Lý do chấm dứt', 'Lý do chấm dứt hoạt động']) };
  const reason = value(doc, ['Lý do đề nghị cấp lại', 'Lý do cấp lại']);
  if (reason) notice.reissue = { reason };
  return notice;
}

/** The capture source of a household-business dossier, or null for any other dossier. */
export function collectSource(snapshot: ProcessingDetailSnapshot, doc?: ParentNode): CaptureSource | null {
  const d = snapshot.dossier;
  const record = d.householdBusiness;
  if (!d.code || !record || !hkdProcedureKind(d.procedureCode)) return null;
  const notice = record.procedure !== 'register' && doc ? readNotice(doc) : undefined;
  return { dossierCode: d.code, procedureCode: d.procedureCode, record, notice };
}
