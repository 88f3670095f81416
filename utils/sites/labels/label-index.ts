/**
 * One pass over a page collects every place that could be a label, keyed by its label key.
 * Lookups are then map hits, so reading thirty values from a big page stays linear in the page.
 *
 * Candidates:
 *  - `element`: an element with its own text (≤ MAX_LABEL chars), e.g. <th>, <dt>, <label>,
 *    <mat-label>, <div class="label">;
 *  - `control`: a control labelled by aria-label/placeholder (Material fields without mat-label);
 *  - `inline`: one line "Label: value" inside a text node (value may be empty, then it follows).
 */
import { labelKey } from './normalize';
import { isControl, isSkipped, labelText } from './dom-text';
import { createSectionMemo, type SectionMemo } from './sections';

const MAX_LABEL = 120;

export interface LabelCandidate {
  kind: 'element' | 'control' | 'inline';
  key: string;
  /** The label text as shown (for evidence). */
  text: string;
  node: Node;
  /** For `inline`: the text after the colon on the same line. */
  inlineValue?: string;
  order: number;
}

export interface LabelIndex {
  root: ParentNode;
  byKey: Map<string, LabelCandidate[]>;
  /** Section headings and chains computed while reading through this index. */
  sections: SectionMemo;
}

export function isLabelIndex(x: unknown): x is LabelIndex {
  return typeof x === 'object' && x !== null && (x as LabelIndex).byKey instanceof Map;
}

function ownText(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) s += c.nodeValue ?? '';
  return s.trim();
}

function add(index: LabelIndex, c: Omit<LabelCandidate, 'order'>, order: number): void {
  if (!c.key || c.key.length > MAX_LABEL) return;
  const list = index.byKey.get(c.key);
  const cand = { ...c, order };
  if (list) list.push(cand);
  else index.byKey.set(c.key, [cand]);
}

function indexElement(index: LabelIndex, el: Element, order: number): void {
  if (isControl(el)) {
    const name = el.getAttribute('aria-label') || el.getAttribute('placeholder');
    if (name) add(index, { kind: 'control', key: labelKey(name), text: name, node: el }, order);
    return;
  }
  if (!ownText(el)) return;
  if ((el.textContent ?? '').length > MAX_LABEL * 2) return;
  const text = labelText(el);
  if (text.length <= MAX_LABEL) add(index, { kind: 'element', key: labelKey(text), text, node: el }, order);
}

function indexTextNode(index: LabelIndex, node: Text, order: number): void {
  const value = node.nodeValue ?? '';
  if (!value.includes(':') || value.length > 2000) return;
  // Outside <pre>, a line break in the source is only whitespace; lines are split by <br>,
  // which already ends the text node.
  const pre = node.parentElement?.closest('pre') !== null && node.parentElement !== null;
  for (const line of pre ? value.split(/\r?\n/) : [value]) {
    const at = line.indexOf(':');
    if (at <= 0) continue;
    const before = line.slice(0, at);
    if (before.trim().length > 80) continue;
    const text = before.trim();
    add(index, { kind: 'inline', key: labelKey(text), text, node, inlineValue: line.slice(at + 1).replace(/^[\s:：]+/u, '').trim() }, order);
  }
}

/**
 * Visits elements and text nodes under root in document order, not descending into skipped
 * elements (what a TreeWalker with an acceptNode filter does, without a JS callback per node).
 */
function walk(root: Node, visit: (n: Node) => void): void {
  let n: Node | null = root.firstChild;
  while (n) {
    let descend = false;
    if (n.nodeType === 1) {
      if (!isSkipped(n as Element)) {
        visit(n);
        descend = true;
      }
    } else if (n.nodeType === 3) visit(n);
    if (descend && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    if (!n || n === root) return;
    n = n.nextSibling;
  }
}

/** Build the index for a document or element. Skips scripts and the extension's own UI. */
export function createLabelIndex(root: ParentNode): LabelIndex {
  const index: LabelIndex = { root, byKey: new Map(), sections: createSectionMemo() };
  let order = 0;
  walk(root as Node, (n) => {
    order += 1;
    if (n.nodeType === 1) indexElement(index, n as Element, order);
    else indexTextNode(index, n as Text, order);
  });
  return index;
}
