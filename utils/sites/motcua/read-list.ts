/**
 * The dossier list (any table layout: native table, mat-table, role=grid): columns found by
 * their header labels, rows in display order with their index so the UI can flag them.
 */
import * as V from '@/utils/sites/values';
import { findTables, type ColumnSpec, type TableRow } from '@/utils/sites/labels/tables';
import { textOf } from '@/utils/sites/labels/dom-text';
import type { Account, ListRow, ProcessingListSnapshot } from '@/utils/sites/snapshot';

export const LIST_COLUMNS: ColumnSpec = {
  code: ['Mã hồ sơ', 'Số hồ sơ', 'Mã biên nhận'],
  procedure: ['Thủ tục', 'Tên thủ tục', 'Thủ tục hành chính', 'Tên thủ tục hành chính'],
  procedureCode: ['Mã thủ tục', 'Mã TTHC'],
  field: ['Lĩnh vực'],
  channel: ['Hình thức nộp', 'Hình thức tiếp nhận', 'Hình thức'],
  submittedAt: ['Ngày nộp', 'Thời gian nộp', 'Ngày nộp hồ sơ'],
  status: ['Trạng thái', 'Trạng thái hồ sơ', 'Tình trạng'],
};
/** Columns the routing check needs on a list. */
const NEEDED = ['field'];

export interface ListRowRead extends ListRow {
  element: Element;
}

function rowOf(cells: Record<string, Element | undefined>, rowIndex: number): ListRow | null {
  const cell = (k: string) => (cells[k] ? textOf(cells[k]!) : undefined);
  const code = V.text(cell('code'));
  if (!code) return null;
  const procText = cell('procedure');
  // A procedure cell often shows "1.001612 - Đăng ký thành lập hộ kinh doanh".
  const procedureCode = V.procedureCode(cell('procedureCode')) ?? V.procedureCode(procText);
  const procedureName = V.text(procText?.replace(/^\s*\d\.\d{6}(?:\.[\w.]+)?\s*[-–:]\s*/, ''));
  return {
    code, procedureCode, procedureName, field: V.text(cell('field')), channel: V.channelOf(cell('channel')),
    submittedAt: V.instant(cell('submittedAt')), status: V.text(cell('status')), rowIndex,
  };
}

export interface ListRowsRead {
  rows: ListRowRead[];
  missing: string[];
}

/** Rows with their elements (for the content script to mark); see readList for the snapshot. */
export function readListRows(doc: ParentNode): ListRowsRead {
  const [table] = findTables(doc, LIST_COLUMNS, ['code']);
  if (!table) return { rows: [], missing: ['code', ...NEEDED] };
  const rows: ListRowRead[] = [];
  for (const r of table.rows) addRow(rows, r);
  return { rows, missing: table.missing.filter((c) => NEEDED.includes(c)) };
}

function addRow(rows: ListRowRead[], r: TableRow): void {
  const row = rowOf(r.cells, rows.length);
  if (row) rows.push({ ...row, element: r.element });
}

/**
 * readListRows for big lists on a live page: the same rows, read `chunk` at a time with `pause()`
 * awaited between chunks so no single task holds the page (500 rows ≈ 50 ms in one go).
 */
export async function readListRowsChunked(doc: ParentNode, pause: () => Promise<void>, chunk = 100): Promise<ListRowsRead> {
  const [table] = findTables(doc, LIST_COLUMNS, ['code']);
  if (!table) return { rows: [], missing: ['code', ...NEEDED] };
  const rows: ListRowRead[] = [];
  for (let i = 0; i < table.rows.length; i += chunk) {
    if (i > 0) await pause();
    for (const r of table.rows.slice(i, i + chunk)) addRow(rows, r);
  }
  return { rows, missing: table.missing.filter((c) => NEEDED.includes(c)) };
}

export function readList(doc: ParentNode, url = '', account: Account = {}): ProcessingListSnapshot {
  const { rows, missing } = readListRows(doc);
  // Not zod-validated here (keeps zod out of the content script): the background validates it.
  return {
    system: 'processing', pageKind: 'dossier-list', url, account,
    rows: rows.map(({ element: _e, ...row }) => row),
    unreadable: missing.map((c) => ({ value: `rows.${c}`, tried: [`column header ${(LIST_COLUMNS[c] ?? []).join(' | ')}`] })),
  };
}
