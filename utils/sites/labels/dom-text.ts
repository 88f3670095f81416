/**
 * Reading text and control values the way a person sees them: block boundaries and <br> become
 * spaces, inline markup does not split words, scripts/styles and the extension's own UI
 * (<motcua-assist>, <motcua-flag>) are never read.
 */
import { collapseSpaces, nfc } from '@/utils/vn/text';

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'motcua-assist', 'motcua-flag']);
const INLINE = new Set(['span', 'b', 'strong', 'i', 'em', 'a', 'small', 'sup', 'sub', 'font', 'u', 'abbr', 'code', 'mark']);
const CONTROLS = new Set(['input', 'select', 'textarea']);

export function isSkipped(el: Element): boolean {
  return SKIP.has(el.localName);
}

export function isControl(el: Element): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  return CONTROLS.has(el.localName);
}

function rawText(node: Node, out: string[], controls = true): void {
  if (node.nodeType === 3) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (isSkipped(el)) return;
  if (el.localName === 'br') {
    out.push('\n');
    return;
  }
  if (isControl(el)) {
    if (controls) out.push(' ', controlValue(el), ' ');
    return;
  }
  const block = !INLINE.has(el.localName);
  if (block) out.push(' ');
  for (let c = el.firstChild; c; c = c.nextSibling) rawText(c, out, controls);
  if (block) out.push(' ');
}

/** Visible-ish text of a node with line breaks kept as "\n" (for "Label: value" lines). */
export function textWithBreaks(node: Node): string {
  const out: string[] = [];
  rawText(node, out);
  return nfc(out.join('')).replace(/[ \t\u00a0]+/g, ' ');
}

/** Text of a node on one line, NFC, single spaces. */
export function textOf(node: Node): string {
  const out: string[] = [];
  rawText(node, out);
  return collapseSpaces(nfc(out.join('')));
}

/** Text of a label: like textOf, but the values of controls inside it do not count. */
export function labelText(node: Node): string {
  const out: string[] = [];
  rawText(node, out, false);
  return collapseSpaces(nfc(out.join('')));
}

/** The value a control shows: selected option text for selects, checked state for boxes. */
export function controlValue(el: Element): string {
  if (el.localName === 'select') {
    const sel = el as HTMLSelectElement;
    const opt = sel.selectedIndex >= 0 ? sel.options[sel.selectedIndex] : undefined;
    return opt ? collapseSpaces(nfc(opt.textContent ?? '')) : '';
  }
  if (el.localName === 'input') {
    const input = el as HTMLInputElement;
    if (input.type === 'checkbox' || input.type === 'radio') return input.checked ? input.value || 'x' : '';
    if (input.type === 'hidden' || input.type === 'password') return '';
  }
  return collapseSpaces(nfc((el as HTMLInputElement).value ?? ''));
}

/** First visible control inside an element (hidden inputs do not count). */
export function controlIn(el: Element): Element | null {
  for (const c of Array.from(el.querySelectorAll('input, select, textarea'))) {
    if (c.localName === 'input' && ['hidden', 'submit', 'button', 'image', 'reset'].includes((c as HTMLInputElement).type)) continue;
    return c;
  }
  return null;
}

/** Value shown by an element: a control's value, or its text. */
export function valueOf(el: Element): string {
  if (isControl(el)) return controlValue(el);
  const ctl = controlIn(el);
  if (ctl && textOf(el) === textOf(ctl)) return controlValue(ctl);
  return textOf(el);
}

/** Is a box ticked: a checked input, aria-checked, or an "x"/✓ mark as printed forms use. */
export function isTicked(el: Element): boolean {
  const box = el.querySelector('input[type=checkbox], input[type=radio]') as HTMLInputElement | null;
  if (box) return box.checked;
  if (el.getAttribute('aria-checked') === 'true' || el.querySelector('[aria-checked="true"]')) return true;
  return /^(x|✓|✔|☑|☒|có|co)$/iu.test(textOf(el));
}
