/**
 * Every named control of the page's form, as the server would receive it. A select gives its
 * value under its name and the selected option's text under `<name>#text` (HkdOnline options
 * are bare names like "Đà Nẵng"; the fill matches either). Radios and checkboxes give the
 * checked value only; ASP.NET's own state fields (__VIEWSTATE…) are left out.
 */
import { collapseSpaces, nfc } from '@/utils/vn/text';

const FRAMEWORK = /^__(VIEWSTATE|VIEWSTATEGENERATOR|EVENTVALIDATION|EVENTTARGET|EVENTARGUMENT|LASTFOCUS|PREVIOUSPAGE|SCROLLPOSITION)/;
const BUTTONS = new Set(['submit', 'button', 'image', 'reset', 'file', 'password']);

export function readControlValues(doc: ParentNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of Array.from(doc.querySelectorAll('input[name], select[name], textarea[name]'))) {
    const name = el.getAttribute('name')!;
    if (FRAMEWORK.test(name)) continue;
    if (el.localName === 'select') {
      const sel = el as HTMLSelectElement;
      const opt = sel.selectedIndex >= 0 ? sel.options[sel.selectedIndex] : undefined;
      out[name] = opt?.value ?? '';
      out[`${name}#text`] = collapseSpaces(nfc(opt?.textContent ?? ''));
      continue;
    }
    const input = el as HTMLInputElement;
    const type = (input.type || 'text').toLowerCase();
    if (BUTTONS.has(type)) continue;
    if (type === 'radio' || type === 'checkbox') {
      if (input.checked) out[name] = name in out && type === 'checkbox' ? `${out[name]},${input.value}` : input.value;
      else if (!(name in out)) out[name] = '';
      continue;
    }
    out[name] = nfc(input.value ?? '');
  }
  return out;
}
