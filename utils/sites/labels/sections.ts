/**
 * Which section a value sits in. Labels like "Điện thoại" or "Tỉnh/Thành phố" repeat under the
 * owner, the permanent and contact addresses and the business seat, so a value belongs to its
 * nearest enclosing section heading. The chain is built like a document outline: walking back
 * over previous siblings and up through ancestors, a heading joins the chain when it is of a
 * higher rank than the last one found; container headings (legend, caption, card titles) always
 * join, because everything after them in the container is theirs, and so do the headings
 * around a container that opens with its own heading (nested <section><h3> of equal level).
 */
import { labelKey, headingMatches } from './normalize';
import { textOf } from './dom-text';

const CONTAINER_TITLES = new Set(['legend', 'caption', 'mat-card-title', 'mat-panel-title', 'summary']);
const CONTAINER_HEADERS = 'mat-card-title, mat-panel-title, mat-card-subtitle';
const EMPHASIS = new Set(['strong', 'b']);
/** Rank for headings that carry no level of their own. */
const PLAIN = 7;

export interface Heading {
  key: string;
  level: number;
  container: boolean;
}

function hLevel(el: Element): number | null {
  const m = /^h([1-6])$/.exec(el.localName);
  if (m) return Number(m[1]);
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level') ?? PLAIN) || PLAIN;
  return null;
}

/** A row that is a heading inside a table: one cell only (a th, or a cell spanning columns). */
function tableHeadingRow(el: Element): boolean {
  if (el.localName !== 'tr') return false;
  const cells = el.children;
  if (cells.length !== 1) return false;
  const cell = cells[0]!;
  return cell.localName === 'th' || Number(cell.getAttribute('colspan') ?? 1) > 1;
}

/** A block whose whole text is one bold run: <p><strong>Địa chỉ trụ sở</strong></p>. */
function emphasisBlock(el: Element): boolean {
  if (EMPHASIS.has(el.localName)) return true;
  if (el.children.length !== 1 || !['p', 'div'].includes(el.localName)) return false;
  const only = el.children[0]!;
  return EMPHASIS.has(only.localName) && textOf(only) === textOf(el);
}

export function headingOf(el: Element): Heading | null {
  const level = hLevel(el);
  if (level !== null) return { key: labelKey(textOf(el)), level, container: false };
  if (CONTAINER_TITLES.has(el.localName)) return { key: labelKey(textOf(el)), level: PLAIN, container: true };
  if (el.localName === 'mat-card-header' || el.localName === 'mat-expansion-panel-header') {
    const t = el.querySelector(CONTAINER_HEADERS);
    return { key: labelKey(textOf(t ?? el)), level: PLAIN, container: true };
  }
  if (tableHeadingRow(el) || emphasisBlock(el)) {
    const text = textOf(el);
    if (text.length > 0 && text.length <= 120) return { key: labelKey(text), level: PLAIN, container: false };
  }
  return null;
}

/**
 * Per-read memo (one per label index): thirty values looked up by label share most ancestors
 * and preceding siblings, so each element's heading and each node's chain is computed once.
 * Only valid while the page does not change: a new read makes a new memo.
 */
export interface SectionMemo {
  headings: WeakMap<Element, Heading | null>;
  chains: WeakMap<Node, string[]>;
}

export function createSectionMemo(): SectionMemo {
  return { headings: new WeakMap(), chains: new WeakMap() };
}

function headingCached(el: Element, memo?: SectionMemo): Heading | null {
  if (!memo) return headingOf(el);
  let h = memo.headings.get(el);
  if (h === undefined) {
    h = headingOf(el);
    memo.headings.set(el, h);
  }
  return h;
}

/** Section heading keys enclosing a node, nearest first. Bounded by the node's depth × siblings. */
export function sectionChain(node: Node, stopAt?: Node, memo?: SectionMemo): string[] {
  const known = memo?.chains.get(node);
  if (known) return known;
  const chain = computeChain(node, stopAt, memo);
  memo?.chains.set(node, chain);
  return chain;
}

function computeChain(node: Node, stopAt: Node | undefined, memo: SectionMemo | undefined): string[] {
  const chain: string[] = [];
  let threshold = Infinity;
  let cur: Node | null = node;
  while (cur && cur !== stopAt) {
    for (let sib = previousElement(cur); sib; sib = sib.previousElementSibling) {
      const h = headingCached(sib, memo);
      if (!h || !h.key) continue;
      if (h.container || h.level < threshold) {
        chain.push(h.key);
        threshold = h.container ? Infinity : h.level;
        if (h.container) break;
      }
    }
    // Leaving a container that opens with its own heading (<section><h3>…</h3>…): that
    // heading owned the container, so outer headings of any level enclose it.
    if (cur.nodeType === 1 && opensWithHeading(cur as Element, memo)) threshold = Infinity;
    cur = cur.parentNode;
    if (cur && cur.nodeType !== 1) break;
  }
  return chain;
}

function opensWithHeading(el: Element, memo?: SectionMemo): boolean {
  const first = el.firstElementChild;
  return first !== null && headingCached(first, memo) !== null;
}

function previousElement(n: Node): Element | null {
  let p = n.previousSibling;
  while (p && p.nodeType !== 1) p = p.previousSibling;
  return p as Element | null;
}

/** Position of the nearest enclosing section matching one of `sectionKeys`, or -1. */
export function sectionRank(chain: string[], sectionKeys: string[]): number {
  return chain.findIndex((h) => sectionKeys.some((s) => headingMatches(h, s)));
}
