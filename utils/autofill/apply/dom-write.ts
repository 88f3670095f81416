/**
 * Writing into a host page the way a person's typing does: focus, the native value setter
 * (so frameworks that track the value see it), bubbling input and change, blur. Postbacks are
 * made the way ASP.NET's own __doPostBack makes them — set __EVENTTARGET/__EVENTARGUMENT and
 * submit the form — because Chromium refuses `javascript:` URLs clicked from an extension.
 */
export interface Counter {
  chars: number;
  controls: number;
  clicks: number;
}

export function newCounter(): Counter {
  return { chars: 0, controls: 0, clicks: 0 };
}

function nativeSetter(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): ((v: string) => void) | undefined {
  const proto = Object.getPrototypeOf(el) as object;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set?.bind(el) as ((v: string) => void) | undefined;
}

function fire(el: Element, type: string): void {
  const Ctor = type === 'input' ? (el.ownerDocument.defaultView?.InputEvent ?? Event) : Event;
  el.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: type !== 'input' }));
}

/** Focus, set the value through the native setter, fire bubbling input and change, blur. */
function writeAsPerson(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  el.focus();
  const set = nativeSetter(el);
  if (set) set(value);
  else el.value = value;
  fire(el, 'input');
  fire(el, 'change');
  el.blur();
}

/** Type a value into a text box (or textarea): counted as the characters a person would type. */
export function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string, count: Counter): void {
  writeAsPerson(el, value);
  count.chars += value.length;
  count.controls += 1;
}

/** Choose an option by value; fires what a person's choice fires (the page's AutoPostBack included). */
export function chooseOption(el: HTMLSelectElement, value: string, count: Counter): void {
  writeAsPerson(el, value);
  count.controls += 1;
  count.clicks += 1;
}

/** Submitting the dossier is the officer's act: the fill refuses to press it, whatever a plan says. */
const NEVER_PRESS = new Set(['ctl00$C$btnSubmit']);

/** A click on a radio, checkbox or submit button (real click: its own handlers run). */
export function clickControl(el: HTMLElement, count: Counter): void {
  if (NEVER_PRESS.has(el.getAttribute('name') ?? '')) throw new Error('autofill: refusing to press the submit button');
  el.click();
  count.clicks += 1;
}

/** `javascript:__doPostBack('a','b')` or `setTimeout('__doPostBack(\'a\',\'\')', 0)` → [a, b]. */
export function parsePostBack(js: string): [string, string] | undefined {
  const m = /__doPostBack\(\\?['"]([^'"\\]*)\\?['"]\s*,\s*\\?['"]([^'"\\]*)\\?['"]\)/.exec(js);
  return m ? [m[1]!, m[2]!] : undefined;
}

/** Whether the control posts back by itself (its inline handler calls __doPostBack). */
export function postsBackItself(el: Element): boolean {
  return /__doPostBack/.test(`${el.getAttribute('onchange') ?? ''} ${el.getAttribute('onclick') ?? ''}`);
}

export function postBack(doc: Document, target: string, argument: string, count: Counter): void {
  const form = (doc.getElementById('aspnetForm') as HTMLFormElement | null) ?? doc.forms[0];
  if (!form) throw new Error('HkdOnline: no form to post back');
  const field = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  const t = field('__EVENTTARGET');
  const a = field('__EVENTARGUMENT');
  if (!t || !a) throw new Error('HkdOnline: __EVENTTARGET/__EVENTARGUMENT missing');
  t.value = target;
  a.value = argument;
  count.clicks += 1;
  HTMLFormElement.prototype.submit.call(form);
}

/** Follow a `javascript:__doPostBack` link by doing what it would do. */
export function followPostBackLink(doc: Document, link: Element, count: Counter): boolean {
  const pb = parsePostBack(link.getAttribute('href') ?? '');
  if (!pb) return false;
  postBack(doc, pb[0], pb[1], count);
  return true;
}

export function byName<T extends Element = HTMLInputElement>(doc: ParentNode, name: string): T[] {
  return Array.from(doc.querySelectorAll<T>(`[name="${name.replace(/["\\]/g, '\\$&')}"]`));
}
