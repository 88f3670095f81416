/**
 * Write HkdOnline's registration result into System A's "Kết quả giải quyết" fields, found by
 * their labels (any layout: label[for], Angular Material form field, table row), the way a
 * person types. Read-only inputs (the dossier's own data, e.g. the owner's "Ngày cấp") never match.
 */
import { foldKey } from '@/utils/vn/text';
import type { HkdResult } from '@/utils/sites/snapshot';
import { newCounter, typeInto } from './dom-write';

export const RESULT_LABELS = {
  code: ['Mã số hộ kinh doanh', 'Mã số thuế/Mã số hộ kinh doanh', 'Mã hộ kinh doanh'],
  certificateNumber: ['Số giấy chứng nhận', 'Số Giấy chứng nhận đăng ký hộ kinh doanh', 'Số GCN'],
  date: ['Ngày cấp', 'Ngày cấp Giấy chứng nhận', 'Ngày đăng ký'],
} as const;
const SECTION = ['ket qua giai quyet', 'ket qua xu ly'];

type Writable = HTMLInputElement | HTMLTextAreaElement;
const writable = (el: Element | null | undefined): el is Writable =>
  !!el && (el.localName === 'input' || el.localName === 'textarea') && !(el as Writable).readOnly && !(el as Writable).disabled && (el as HTMLInputElement).type !== 'hidden';

function controlFor(label: Element): Writable | undefined {
  const id = label.getAttribute('for');
  const byId = id ? label.ownerDocument.getElementById(id) : null;
  if (writable(byId)) return byId;
  const field = label.closest('mat-form-field, .mat-form-field, .form-group, td, tr, li, div');
  const inField = field?.querySelector('input, textarea');
  if (writable(inField)) return inField;
  const next = label.closest('td')?.nextElementSibling?.querySelector('input, textarea');
  return writable(next) ? next : undefined;
}

/** The result section's container (its heading says "Kết quả giải quyết"), else the document. */
function resultScope(doc: Document): ParentNode {
  const heading = Array.from(doc.querySelectorAll('h1, h2, h3, h4, mat-card-title, .mat-card-title, legend, .card-title'))
    .find((h) => SECTION.some((s) => foldKey(h.textContent ?? '').startsWith(s)));
  return heading?.closest('mat-card, .mat-card, fieldset, section, .card') ?? doc;
}

function findControl(scope: ParentNode, labels: readonly string[]): Writable | undefined {
  const wanted = labels.map(foldKey);
  const candidates = Array.from(scope.querySelectorAll('label, mat-label, .lbl, th, dt'));
  for (const w of wanted) {
    for (const el of candidates) {
      if (foldKey(el.textContent ?? '') !== w) continue;
      const control = controlFor(el.localName === 'mat-label' ? (el.closest('label') ?? el) : el);
      if (control) return control;
    }
  }
  return undefined;
}

/** Fill the three result fields; returns the labels of the fields that could not be found. */
export function fillResultFields(doc: Document, result: HkdResult): string[] {
  const scope = resultScope(doc);
  const missing: string[] = [];
  const count = newCounter();
  for (const key of ['code', 'certificateNumber', 'date'] as const) {
    const control = findControl(scope, RESULT_LABELS[key]);
    if (control) typeInto(control, result[key], count);
    else missing.push(RESULT_LABELS[key][0]);
  }
  return missing;
}
