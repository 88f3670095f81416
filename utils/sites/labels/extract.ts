/**
 * Given a label candidate, find the value it labels. Layouts, in the order tried:
 * <label for> / a label wrapping its control; table rows (th|td label, next cell value);
 * dt/dd; Angular Material form fields (mat-label + control or displayed value);
 * "Label: value" on one line; otherwise the nearest following sibling with content.
 */
import type { LabelCandidate } from './label-index';
import { labelKey } from './normalize';
import { controlIn, controlValue, isControl, labelText, textOf, textWithBreaks, valueOf } from './dom-text';

export interface Extracted {
  value: string;
  layout: string;
}

/** Elements that are the label itself; climbing out of them would lose the pairing. */
const LABEL_BOXES = new Set(['label', 'th', 'td', 'dt', 'dd', 'mat-label', 'legend', 'li', 'tr', 'body']);
/** Decorations skipped when looking for the value next to a label. */
/** Section headings name a block; they never label a single value. */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'caption', 'mat-card-title', 'mat-panel-title']);
const NESTED_LABELS = 'label, mat-label, dt, th, legend';
const DECOR = new Set(['i', 'svg', 'img', 'br', 'mat-icon', 'hr']);

/** Climb wrappers that add nothing but markup: <div><span><b>Label</b></span></div>. */
function climbWrappers(el: Element, key: string): Element {
  let cur = el;
  while (!LABEL_BOXES.has(cur.localName)) {
    const parent: Element | null = cur.parentElement;
    if (!parent || parent.localName === 'body' || controlIn(parent)) break;
    if (labelKey(labelText(parent)) !== key) break;
    cur = parent;
  }
  return cur;
}

/** A grid whose first row is all column headers (≥ 3): its cells are data, not label/value pairs. */
function inDataGrid(cell: Element): boolean {
  const table = cell.closest('table');
  const first = table?.querySelector('tr');
  if (!first || first === cell.parentElement) return false;
  const cells = Array.from(first.children);
  return cells.length >= 3 && cells.every((c) => c.localName === 'th');
}

function fromCell(el: Element): Extracted | null {
  if (inDataGrid(el)) return null;
  let next = el.nextElementSibling;
  while (next && !['td', 'th'].includes(next.localName) && !next.getAttribute('role')?.includes('cell')) next = next.nextElementSibling;
  // A th next to the label means a header row (column titles), not a label/value row.
  if (!next || next.localName === 'th') return null;
  return { value: valueOf(next), layout: 'table row' };
}

function fromLabelElement(el: Element): Extracted | null {
  const forId = el.getAttribute('for');
  if (forId) {
    const target = el.ownerDocument.getElementById(forId);
    if (target) return { value: isControl(target) ? controlValue(target) : textOf(target), layout: 'label[for]' };
  }
  const inner = controlIn(el);
  return inner ? { value: controlValue(inner), layout: 'label wrapping control' } : null;
}

function fromMaterialField(el: Element): Extracted | null {
  const field = el.closest('mat-form-field, .mat-form-field, .mat-mdc-form-field');
  if (!field) return null;
  const ctl = controlIn(field);
  if (ctl) return { value: controlValue(ctl), layout: 'mat-form-field control' };
  const shown = Array.from(field.querySelectorAll('mat-select, [role=combobox], [role=listbox]'))[0];
  if (shown) return { value: textOf(shown), layout: 'mat-form-field select' };
  return null;
}

/** First line of a text, for "Label: value" runs that hold several lines. */
function firstLine(s: string): string {
  return (s.split('\n').find((l) => l.trim()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The nearest following sibling node with content (text node or element). */
function fromFollowing(node: Node): Extracted | null {
  for (let n = node.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const line = firstLine(n.nodeValue ?? '');
      if (line) return { value: line, layout: 'following text' };
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (DECOR.has(el.localName)) continue;
    if (isControl(el)) return { value: controlValue(el), layout: 'following control' };
    // Another labelled field follows, not a value: this text was a heading, not a label.
    if (el.querySelector(NESTED_LABELS)) return null;
    const v = controlIn(el) ? valueOf(el) : firstLine(textWithBreaks(el));
    return { value: v, layout: 'following element' };
  }
  return null;
}

export function extractValue(c: LabelCandidate): Extracted | null {
  if (c.kind === 'control') return { value: controlValue(c.node as Element), layout: 'control aria-label' };
  if (c.kind === 'inline') {
    if (c.inlineValue) return { value: c.inlineValue, layout: '"label: value" text' };
    return fromFollowing(c.node);
  }
  const el = climbWrappers(c.node as Element, c.key);
  const name = el.localName;
  if (HEADINGS.has(name)) return null;
  if (name === 'label') {
    const r = fromLabelElement(el);
    if (r) return r;
  }
  if (name === 'th' || name === 'td' || el.getAttribute('role')?.includes('cell')) return fromCell(el);
  if (name === 'dt') {
    let dd = el.nextElementSibling;
    while (dd && dd.localName !== 'dd') dd = dd.nextElementSibling;
    return dd ? { value: valueOf(dd), layout: 'dt/dd' } : null;
  }
  if (name === 'mat-label' || el.closest('mat-label')) {
    const r = fromMaterialField(el);
    if (r) return r;
  }
  return fromFollowing(el);
}
