/**
 * The row tables: business lines (add missing rows, then choose the main line) and business
 * locations. Rows already present are matched by code, else by name, and never added twice.
 */
import { foldKey, collapseSpaces } from '@/utils/vn/text';
import type { LineRow, LocationRow } from '../types';
import { LINE_CONTROLS, LOCATION_CONTROLS } from '../hkd-controls';
import { matchOption } from '../match-option';
import { byName, chooseOption, clickControl, followPostBackLink, newCounter, postBack, postsBackItself, typeInto, type Counter } from './dom-write';

export type TableOutcome = { kind: 'postback'; act: () => void } | { kind: 'complete' } | { kind: 'problem'; key: string; args: string[] };

interface GridRow {
  cells: string[];
  row: HTMLTableRowElement;
}

function gridRows(doc: Document, id: string): GridRow[] {
  const table = doc.getElementById(id);
  if (!table) return [];
  return Array.from(table.querySelectorAll('tr'))
    .filter((tr) => tr.querySelector('td') && !tr.querySelector('td[colspan]'))
    .map((row) => ({ row: row as HTMLTableRowElement, cells: Array.from(row.querySelectorAll('td'), (td) => collapseSpaces(td.textContent ?? '')) }));
}

const sameLine = (r: GridRow, l: LineRow) => (l.code ? r.cells[2] === l.code : foldKey(r.cells[1] ?? '') === foldKey(l.name));

function type(doc: Document, name: string, value: string, count: Counter): boolean {
  const el = byName<HTMLInputElement>(doc, name)[0];
  if (!el) return false;
  if (el.value !== value) typeInto(el, value, count);
  return true;
}

/** A button press as a deferred action (it reloads the page), counted now. */
function press(doc: Document, name: string, count: Counter): TableOutcome | undefined {
  const btn = byName<HTMLInputElement>(doc, name)[0];
  if (!btn) return undefined;
  count.clicks += 1;
  return { kind: 'postback', act: () => clickControl(btn, newCounter()) };
}

export function fillLines(doc: Document, lines: LineRow[], count: Counter): TableOutcome {
  const rows = gridRows(doc, LINE_CONTROLS.gridId);
  const missing = lines.find((l) => !rows.some((r) => sameLine(r, l)));
  if (missing) {
    const typed = type(doc, LINE_CONTROLS.code, missing.code, count) && type(doc, LINE_CONTROLS.name, missing.name, count);
    return (typed && press(doc, LINE_CONTROLS.add, count)) || { kind: 'problem', key: 'autofill_controlMissing', args: ['Thêm ngành'] };
  }
  const main = lines.find((l) => l.main);
  const row = main ? rows.find((r) => sameLine(r, main)) : undefined;
  if (row && row.cells[3] !== 'X') {
    const link = Array.from(row.row.querySelectorAll('a')).find((a) => /Main\$/.test(a.getAttribute('href') ?? ''));
    if (!link) return { kind: 'problem', key: 'autofill_controlMissing', args: ['Chọn làm ngành chính'] };
    count.clicks += 1;
    return { kind: 'postback', act: () => followPostBackLink(doc, link, newCounter()) };
  }
  return { kind: 'complete' };
}

export function fillLocations(doc: Document, locations: LocationRow[], count: Counter): TableOutcome {
  const rows = gridRows(doc, LOCATION_CONTROLS.gridId);
  const missing = locations.find((l) => !rows.some((r) => foldKey(r.cells[1] ?? '') === foldKey(l.name)));
  if (!missing) return { kind: 'complete' };
  const city = byName<HTMLSelectElement>(doc, LOCATION_CONTROLS.city)[0];
  const ward = byName<HTMLSelectElement>(doc, LOCATION_CONTROLS.ward)[0];
  if (!city || !ward) return { kind: 'problem', key: 'autofill_controlMissing', args: ['Địa điểm kinh doanh'] };
  const opts = (s: HTMLSelectElement) => Array.from(s.options, (o) => ({ value: o.value, text: o.textContent ?? '' }));
  const province = matchOption(opts(city), missing.province);
  if (!province) return { kind: 'problem', key: 'autofill_optionMissing', args: ['Tỉnh/Thành phố', missing.province] };
  if (city.value !== province.value) {
    type(doc, LOCATION_CONTROLS.name, missing.name, count);
    count.controls += 1;
    count.clicks += 1;
    return {
      kind: 'postback',
      act: () => {
        chooseOption(city, province.value, newCounter());
        if (!postsBackItself(city)) postBack(doc, LOCATION_CONTROLS.city, '', newCounter());
      },
    };
  }
  const w = matchOption(opts(ward), missing.ward);
  if (!w) return { kind: 'problem', key: 'autofill_optionMissing', args: ['Xã/Phường/Đặc khu', missing.ward] };
  if (ward.value !== w.value) chooseOption(ward, w.value, count);
  type(doc, LOCATION_CONTROLS.name, missing.name, count);
  type(doc, LOCATION_CONTROLS.street, missing.street, count);
  type(doc, LOCATION_CONTROLS.start, missing.startDate, count);
  return press(doc, LOCATION_CONTROLS.add, count) ?? { kind: 'problem', key: 'autofill_controlMissing', args: ['Thêm địa điểm'] };
}

/** Rows present in the grids, as read back (for the final verification). */
export function linesComplete(doc: Document, lines: LineRow[]): boolean {
  const rows = gridRows(doc, LINE_CONTROLS.gridId);
  return lines.every((l) => rows.some((r) => sameLine(r, l) && (!l.main || r.cells[3] === 'X')));
}
