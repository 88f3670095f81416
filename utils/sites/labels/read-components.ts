/**
 * The document components (thành phần hồ sơ) of a dossier and their attached files, from a
 * table or a list under a "Thành phần hồ sơ" / "Giấy tờ kèm theo" heading (or column header).
 * "Chưa đính kèm", "Không có tệp", "—" or an empty cell mean no file.
 */
import { foldKey } from '@/utils/vn/text';
import type { DossierComponent } from '@/utils/sites/snapshot';
import { createLabelIndex, isLabelIndex, type LabelIndex } from './label-index';
import { labelKey } from './normalize';
import { textOf } from './dom-text';
import { readTable } from './tables';

export const COMPONENT_HEADINGS = ['Thành phần hồ sơ', 'Giấy tờ kèm theo', 'Danh sách thành phần hồ sơ', 'Giấy tờ, tài liệu kèm theo'];
const NAME_COLS = ['Tên giấy tờ', 'Thành phần hồ sơ', 'Tên thành phần hồ sơ', 'Tên thành phần', 'Giấy tờ', 'Tên giấy tờ, tài liệu', 'Tên', 'Tên tài liệu'];
const FILE_COLS = ['Tệp đính kèm', 'Tệp tin đính kèm', 'Tệp tin', 'Tệp', 'File', 'File đính kèm', 'Đính kèm', 'Tập tin', 'Tài liệu đính kèm'];
const NO_FILE = /^(chua dinh kem|chua co tep|khong co tep|khong co tep dinh kem|khong co|khong|chua co|[-–—]|)$/;
const FILE_NAME = /[^\s/\\]+\.(?:pdf|docx?|xlsx?|jpe?g|png|gif|tiff?|zip|rar|7z|odt|txt|xml|p7s)\b/giu;
const CONTAINERS = 'table, [role=table], [role=grid], mat-table, ul, ol, mat-list, [role=list], dl';
const ITEMS = ':scope > li, :scope > mat-list-item, :scope > [role=listitem], :scope > dd';

/** File names shown in an element: link texts, else file-name tokens, else its text. */
export function filesIn(el: Element): string[] {
  const text = textOf(el);
  if (NO_FILE.test(foldKey(text))) return [];
  const links = Array.from(el.querySelectorAll('a, [download]')).map(textOf).filter((t) => t && !NO_FILE.test(foldKey(t)));
  if (links.length) return links;
  const tokens = text.match(FILE_NAME);
  return tokens ? [...tokens] : [text];
}

function cleanName(s: string): string {
  return s
    .replace(/^\s*\d+[.)]\s+/, '')
    .replace(/[\s*:–—-]+$/u, '')
    .trim();
}

function fromTable(table: Element): DossierComponent[] | null {
  const read = readTable(table, { name: NAME_COLS, files: FILE_COLS }, ['name']);
  if (!read) return null;
  return read.rows
    .filter((r) => r.cells.name && textOf(r.cells.name))
    .map((r) => ({ name: cleanName(textOf(r.cells.name!)), files: r.cells.files ? filesIn(r.cells.files) : [] }));
}

function fromList(list: Element): DossierComponent[] {
  return Array.from(list.querySelectorAll(ITEMS)).flatMap((item) => {
    const fileEls = Array.from(item.querySelectorAll('a, [download]'));
    const clone = item.cloneNode(true) as Element;
    clone.querySelectorAll('a, [download]').forEach((a) => a.remove());
    let name = textOf(clone).replace(FILE_NAME, ' ');
    name = name.replace(/\(?\s*(chưa đính kèm|không có tệp|chưa có tệp)\s*\)?/giu, ' ');
    name = cleanName(name.replace(/\s+/g, ' '));
    if (!name) return [];
    const files = fileEls.length ? fileEls.map(textOf).filter(Boolean) : (textOf(item).match(FILE_NAME) ?? []);
    return [{ name, files: [...files] }];
  });
}

const TABLE = 'table, [role=table], [role=grid], mat-table';

function followingContainer(el: Element): Element | null {
  for (let cur: Element | null = el, depth = 0; cur && depth < 4; cur = cur.parentElement, depth++) {
    for (let sib = cur.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (sib.matches(CONTAINERS)) return sib;
      const inner = sib.querySelector(CONTAINERS);
      if (inner) return inner;
    }
  }
  return null;
}

/** Containers that may hold the components for a heading element, most specific first. */
function containersFor(el: Element): Element[] {
  const out: (Element | null)[] = [];
  const table = el.closest(TABLE);
  if (table) out.push(table);
  const cell = el.closest('th, td');
  if (cell) out.push(cell.nextElementSibling?.querySelector(CONTAINERS) ?? null);
  const box = el.closest('fieldset, mat-card');
  if (box) out.push(box.querySelector(CONTAINERS));
  out.push(followingContainer(el));
  return out.filter((x): x is Element => x !== null);
}

/** Components under the first matching heading that yields any; null when none is found. */
export function readComponents(root: ParentNode | LabelIndex, headings: string[] = COMPONENT_HEADINGS): DossierComponent[] | null {
  const index = isLabelIndex(root) ? root : createLabelIndex(root);
  let empty: DossierComponent[] | null = null;
  for (const h of headings) {
    for (const c of index.byKey.get(labelKey(h)) ?? []) {
      if (c.kind !== 'element') continue;
      for (const box of containersFor(c.node as Element)) {
        const list = box.matches(TABLE) ? fromTable(box) : fromList(box);
        if (list && list.length) return list;
        if (list && box.matches(TABLE)) empty = list;
      }
    }
  }
  return empty;
}
