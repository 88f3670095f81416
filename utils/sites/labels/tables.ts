/**
 * Tables found by their column headers, in native (<table>) or ARIA/Material (role=row,
 * mat-row) markup. A column is identified by any of its header labels, never by position or
 * class name, so reordered or extra columns do not matter.
 */
import { labelKey } from './normalize';
import { textOf } from './dom-text';

const TABLES = 'table, [role=table], [role=grid], mat-table';
const ROWS = 'tr, [role=row], mat-row, mat-header-row';

export type ColumnSpec = Record<string, string[]>;

export interface TableRow {
  element: Element;
  /** Column id → cell element (missing when the table has no such column). */
  cells: Record<string, Element | undefined>;
}

export interface ReadTable {
  table: Element;
  rows: TableRow[];
  /** Column ids from the spec whose header was not found. */
  missing: string[];
}

const CELL_TAGS = new Set(['th', 'td', 'mat-cell', 'mat-header-cell']);
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader']);

/** A cell: th, td, [role=cell|gridcell|columnheader], mat-cell, mat-header-cell (no selector match per cell: 500-row lists). */
function isCell(c: Element): boolean {
  if (CELL_TAGS.has(c.localName)) return true;
  const role = c.getAttribute('role');
  return role !== null && CELL_ROLES.has(role);
}

function cellsOf(row: Element): Element[] {
  const out: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (isCell(c)) out.push(c);
  return out;
}

/** Rows that belong to this table (not to a table nested inside one of its cells). */
function rowsOf(table: Element): Element[] {
  return Array.from(table.querySelectorAll(ROWS)).filter((r) => r.closest(TABLES) === table);
}

function headerMap(row: Element, spec: ColumnSpec): Map<string, number> {
  const keys = cellsOf(row).map((c) => labelKey(textOf(c)));
  const map = new Map<string, number>();
  for (const [col, labels] of Object.entries(spec)) {
    const wanted = labels.map(labelKey);
    const at = keys.findIndex((k) => wanted.includes(k));
    if (at >= 0) map.set(col, at);
  }
  return map;
}

/**
 * Read a table whose header row names at least the `required` columns. The header row is the
 * first row that does; data rows follow it. Returns null when no row names them.
 */
export function readTable(table: Element, spec: ColumnSpec, required: string[]): ReadTable | null {
  const rows = rowsOf(table);
  for (let i = 0; i < rows.length; i++) {
    const map = headerMap(rows[i]!, spec);
    if (!required.every((c) => map.has(c))) continue;
    const data: TableRow[] = [];
    for (const element of rows.slice(i + 1)) {
      const cells = cellsOf(element);
      if (cells.length <= 1) continue;
      const byCol: Record<string, Element | undefined> = {};
      for (const [col, at] of map) byCol[col] = cells[at];
      data.push({ element, cells: byCol });
    }
    return {
      table,
      rows: data,
      missing: Object.keys(spec).filter((c) => !map.has(c)),
    };
  }
  return null;
}

/** Every table under root whose header names the required columns, in document order. */
export function findTables(root: ParentNode, spec: ColumnSpec, required: string[]): ReadTable[] {
  const out: ReadTable[] = [];
  for (const t of Array.from(root.querySelectorAll(TABLES))) {
    const read = readTable(t, spec, required);
    if (read) out.push(read);
  }
  return out;
}
