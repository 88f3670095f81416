/** Column vocabulary of ward catalog spreadsheets, and the cell parsers for their value types. */
import { foldKey } from '@/utils/vn/text';

/** Accepted header spellings per column (compared folded: case, diacritics, trailing colon). */
export const CSV_COLUMNS = {
  code: ['Mã thủ tục', 'Mã TTHC', 'Mã', 'code', 'Mã thủ tục hành chính'],
  name: ['Tên thủ tục', 'Tên TTHC', 'Tên', 'name', 'Tên thủ tục hành chính'],
  field: ['Lĩnh vực', 'field'],
  nonGeographic: ['Phi địa giới', 'Không phụ thuộc địa giới hành chính', 'nonGeographic', 'non-geographic'],
  toanTrinh: ['Toàn trình', 'DVC toàn trình', 'online full'],
  motPhan: ['Một phần', 'DVC một phần', 'online partial'],
  components: ['Thành phần hồ sơ', 'Giấy tờ', 'components'],
  localCodes: ['Mã địa phương', 'Mã TTHC địa phương', 'localCodes'],
  aliases: ['Mã cũ', 'Mã thay thế', 'aliases'],
  processingDays: ['Thời hạn giải quyết', 'Thời hạn', 'Số ngày', 'processingDays'],
  fee: ['Phí, lệ phí', 'Lệ phí', 'Phí', 'fee'],
} as const;
export type ColumnKey = keyof typeof CSV_COLUMNS;

const REQUIRED: readonly ColumnKey[] = ['code', 'name', 'field'];

export function resolveColumns(headers: string[]): { columns: Partial<Record<ColumnKey, number>>; errors: string[] } {
  const columns: Partial<Record<ColumnKey, number>> = {};
  headers.forEach((h, i) => {
    const key = (Object.keys(CSV_COLUMNS) as ColumnKey[]).find((k) => CSV_COLUMNS[k].some((a) => foldKey(a) === foldKey(h)));
    if (key && columns[key] === undefined) columns[key] = i;
  });
  const errors = REQUIRED.filter((k) => columns[k] === undefined).map(
    (k) => `thiếu cột “${CSV_COLUMNS[k][0]}” / missing column "${k}"`,
  );
  return { columns, errors };
}

const TRUE = new Set(['x', 'co', '1', 'true', 'yes', 'y', 'v', '✓', '✔']);
const FALSE = new Set(['', 'khong', '0', 'false', 'no', 'n', '-']);

/** Spreadsheet booleans ("x", "Có", "TRUE"…); '' is false when present, null only if absent. */
export function parseBool(s: string): boolean | null {
  const k = foldKey(s);
  if (s.trim() === '') return null;
  if (TRUE.has(k)) return true;
  if (FALSE.has(k)) return false;
  throw new RangeError(`"${s}" không phải có/không / not a yes/no value`);
}

/** "3", "03 ngày làm việc", "Trong ngày" → working days; '' → null. */
export function parseDays(s: string): number | null {
  const k = foldKey(s);
  if (k === '') return null;
  if (k === 'trong ngay' || k === 'ngay trong ngay' || k === 'giai quyet ngay') return 0;
  const m = /^(\d{1,3})(?:\s*ngay(?:\s*lam\s*viec)?)?$/.exec(k);
  if (m) return Number(m[1]);
  throw new RangeError(`"${s}" không phải số ngày làm việc / not a number of working days`);
}
