/** The system's receive button: its text is "Tiếp nhận" or "Tiếp nhận hồ sơ" (DESIGN "The receive guard"). */
import { foldKey } from '@/utils/vn/text';
import { textOf } from '@/utils/sites/labels/dom-text';

const RECEIVE = new Set(['tiep nhan', 'tiep nhan ho so']);
const CLICKABLES = 'button, a, [role=button], input[type=button], input[type=submit]';

export function isReceiveButton(el: Element): boolean {
  if (!el.matches(CLICKABLES)) return false;
  const text = el.localName === 'input' ? (el as HTMLInputElement).value : textOf(el);
  return RECEIVE.has(foldKey(text));
}

export function findReceiveButtons(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(CLICKABLES)).filter(isReceiveButton);
}
