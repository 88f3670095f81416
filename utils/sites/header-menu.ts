/**
 * The signed-in user as the page's header shows it (the user-menu trigger in the top bar).
 * Found by structure and ARIA, not by class names: inside header / [role=banner] /
 * mat-toolbar, a menu trigger (aria-haspopup, mat-menu trigger) or a lone element whose text
 * reads like a person's name or an account name. Greetings ("Xin chào,") are dropped.
 */
import { foldKey } from '@/utils/vn/text';
import { textOf } from './labels/dom-text';

const BARS = 'header, [role=banner], mat-toolbar';
const TRIGGERS = '[aria-haspopup], [mat-menu-trigger-for], [matmenutriggerfor], [ng-reflect-menu], [data-toggle=dropdown], [data-bs-toggle=dropdown]';
const GREETING = /^(xin chào|chào|hello|welcome)[,:]?\s*/iu;
/** Words that name menu entries or apps, never a person. */
const NOT_A_USER = /\b(dang xuat|dang nhap|thong bao|trang chu|tro giup|huong dan|menu|cai dat|ho so|he thong|tim kiem|dich vu|ubnd|trung tam)\b|^(phuong|xa|tinh|thanh pho|so|bo|cong) /;

const PERSON = /^(\p{Lu}[\p{L}']*)(\s+\p{Lu}[\p{L}']*){1,6}$/u;
const ACCOUNT = /^[\p{L}\d._@-]{3,64}$/u;

export interface HeaderUser {
  text: string;
  detail: string;
}

function userText(el: Element): string | null {
  const own = (el.getAttribute('aria-label') ?? '').trim();
  // A trigger often holds an avatar initial and a caret besides the name: try its parts too.
  const parts = Array.from(el.querySelectorAll('*'), (c) => (c.children.length ? '' : textOf(c))).sort((a, b) => b.length - a.length);
  for (const raw of [textOf(el), own, ...parts]) {
    const t = raw.replace(GREETING, '').replace(/\s*(arrow_drop_down|expand_more|account_circle|person)\s*/g, ' ').trim();
    if (!t || NOT_A_USER.test(foldKey(t))) continue;
    if (PERSON.test(t) || (ACCOUNT.test(t) && /[a-z]/i.test(t))) return t;
  }
  return null;
}

/** "Xin chào, <b>Phạm Thị Lan</b>" anywhere on the page (sites without a header element). */
function readGreeting(root: ParentNode): HeaderUser | null {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const m = /^\s*(xin chào|chào)\s*[,:]?\s*(.*)$/iu.exec(n.nodeValue ?? '');
    if (!m) continue;
    let t = m[2]!.trim();
    if (!t) {
      let next = n.nextSibling;
      while (next && next.nodeType === 3 && !next.nodeValue?.trim()) next = next.nextSibling;
      t = next ? textOf(next) : '';
    }
    if (t && PERSON.test(t)) return { text: t, detail: 'greeting "Xin chào, …"' };
  }
  return null;
}

export function readHeaderUser(root: ParentNode): HeaderUser | null {
  return readMenuTrigger(root) ?? readGreeting(root);
}

function readMenuTrigger(root: ParentNode): HeaderUser | null {
  for (const bar of Array.from(root.querySelectorAll(BARS))) {
    for (const el of Array.from(bar.querySelectorAll(TRIGGERS))) {
      const t = userText(el);
      if (t) return { text: t, detail: `${bar.localName} ${el.localName}[menu trigger]` };
    }
    for (const el of Array.from(bar.querySelectorAll('button, a, span, div, strong'))) {
      if (el.children.length > 2) continue;
      const t = userText(el);
      if (t && PERSON.test(t)) return { text: t, detail: `${bar.localName} ${el.localName}` };
    }
  }
  return null;
}
