// CSV for spreadsheets: UTF-8 with a BOM (so Excel reads Vietnamese diacritics), CRLF rows,
// RFC 4180 quoting, and a leading apostrophe on cells a spreadsheet would run as a formula.
export const BOM = '\uFEFF';

export type Cell = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;
/** Cells starting like a formula; a plain number such as -5 is left alone. */
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

/** A whole CSV document: BOM, header, rows, CRLF line ends. */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return BOM + lines.join('\r\n') + '\r\n';
}
