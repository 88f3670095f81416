/**
 * Import of a replacement catalog from JSON (our schema) or CSV (a ward's spreadsheet).
 * All-or-nothing: the whole input is validated; on any error the caller keeps its current catalog
 * and gets every problem with the row (spreadsheet row / procedure number) and column it sits in.
 */
import { catalogSchema, type Catalog, type ProcedureInput } from './schema';
import { parseCsv } from './csv';
import { parseComponentsCell, ComponentCellError } from './import-components';
import { CSV_COLUMNS, type ColumnKey, parseBool, parseDays, resolveColumns } from './import-columns';
import { makeField } from './field';
import { nationalCodeOf, normalizeCode } from './codes';

export interface ImportError {
  /** JSON: 1-based procedure number; CSV: spreadsheet row (header = 1); 0 = the file as a whole. */
  row: number;
  /** JSON path inside the procedure, or the CSV header as written; '' for the file. */
  column: string;
  message: string;
}

export type ImportResult = { ok: true; catalog: Catalog } | { ok: false; errors: ImportError[] };

export function formatImportError(e: ImportError): string {
  if (e.row === 0) return `Tệp / file${e.column ? ` (${e.column})` : ''}: ${e.message}`; // name the part that is wrong
  return `Dòng ${e.row}${e.column ? `, cột “${e.column}”` : ''}: ${e.message}`;
}

function validate(input: unknown, locate: (procIndex: number, path: PropertyKey[]) => { row: number; column: string }): ImportResult {
  const r = catalogSchema.safeParse(input);
  if (r.success) return { ok: true, catalog: r.data };
  const errors = r.error.issues.map((issue) => {
    const [head, index, ...rest] = issue.path;
    if (head === 'procedures' && typeof index === 'number') return { ...locate(index, rest), message: issue.message };
    return { row: 0, column: issue.path.join('.'), message: issue.message };
  });
  return { ok: false, errors };
}

/** JSON: `{ version, procedures: [...] }` or a bare array of procedures. */
export function importCatalogJson(text: string, opts: { version?: string } = {}): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ row: 0, column: '', message: `JSON không hợp lệ / invalid JSON: ${(e as Error).message}` }] };
  }
  const input = Array.isArray(data) ? { version: opts.version ?? 'imported', procedures: data } : data;
  return validate(input, (i, path) => ({ row: i + 1, column: path.join('.') }));
}

/** CSV with the columns of CSV_COLUMNS (Vietnamese or English headers, any case/diacritics). */
export function importCatalogCsv(text: string, opts: { version?: string } = {}): ImportResult {
  const records = parseCsv(text);
  const header = records[0];
  if (!header) return { ok: false, errors: [{ row: 0, column: '', message: 'tệp rỗng / empty file' }] };
  const { columns, errors } = resolveColumns(header.cells);
  if (errors.length) return { ok: false, errors: errors.map((message) => ({ row: header.line, column: '', message })) };
  const headerOf = (key: ColumnKey) => header.cells[columns[key] ?? -1] ?? CSV_COLUMNS[key][0];
  const rowErrors: ImportError[] = [];
  const rows = records.slice(1);
  const procedures = rows.map((rec) => {
    const cell = (key: ColumnKey) => (columns[key] === undefined ? '' : (rec.cells[columns[key]] ?? '').trim());
    const fail = (key: ColumnKey, message: string) => rowErrors.push({ row: rec.line, column: headerOf(key), message });
    return buildProcedure(cell, fail);
  });
  if (rowErrors.length) return { ok: false, errors: rowErrors };
  const keyOfPath: Partial<Record<string, ColumnKey>> = {
    code: 'code', name: 'name', field: 'field', components: 'components', localCodes: 'localCodes',
    aliases: 'aliases', processingDays: 'processingDays', fee: 'fee', nonGeographic: 'nonGeographic', online: 'toanTrinh',
  };
  return validate({ version: opts.version ?? 'imported-csv', procedures }, (i, path) => ({
    row: rows[i]?.line ?? 0,
    column: headerOf(keyOfPath[String(path[0])] ?? 'code'),
  }));
}

function buildProcedure(cell: (k: ColumnKey) => string, fail: (k: ColumnKey, m: string) => void): ProcedureInput {
  const rawCode = normalizeCode(cell('code'));
  const code = nationalCodeOf(rawCode) ?? rawCode;
  const localCodes = [...(rawCode !== code ? [rawCode] : []), ...splitList(cell('localCodes'))];
  const guard = <T>(key: ColumnKey, f: () => T, fallback: T): T => {
    try {
      return f();
    } catch (e) {
      fail(key, e instanceof ComponentCellError || e instanceof RangeError ? e.message : String(e));
      return fallback;
    }
  };
  const toanTrinh = guard('toanTrinh', () => parseBool(cell('toanTrinh')), null);
  const motPhan = guard('motPhan', () => parseBool(cell('motPhan')), null);
  if (toanTrinh && motPhan) fail('toanTrinh', 'không thể vừa toàn trình vừa một phần / cannot be both');
  return {
    code,
    localCodes,
    aliases: splitList(cell('aliases')).map((c) => ({ code: nationalCodeOf(c) ?? c, kind: 'former' as const })),
    name: cell('name'),
    field: makeField(cell('field')),
    components: guard('components', () => parseComponentsCell(cell('components')), []),
    processingDays: guard('processingDays', () => parseDays(cell('processingDays')), null),
    fee: cell('fee') || null,
    nonGeographic: guard('nonGeographic', () => parseBool(cell('nonGeographic')), null),
    online: toanTrinh ? 'toan-trinh' : motPhan ? 'mot-phan' : null,
    source: 'csv-import',
  };
}

function splitList(s: string): string[] {
  return s.split(/[,;\s]+/).map((x) => normalizeCode(x)).filter(Boolean);
}
