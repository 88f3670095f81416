/** The page as the state machine needs it: kind, step, save outcome, validation errors. */
import { foldKey, collapseSpaces } from '@/utils/vn/text';
import { detectHkdPageKind } from '@/utils/sites/hkdonline/detect-step';
import type { Observation } from '../machine';
import { PAGE_MARKS } from '../hkd-controls';

const SAVED_TEXT = 'thanh cong';

function summaryLines(doc: ParentNode): string[] {
  const box = doc.querySelector(PAGE_MARKS.validation);
  if (!box) return [];
  const items = Array.from(box.querySelectorAll('li'), (li) => collapseSpaces(li.textContent ?? '')).filter(Boolean);
  return items.length ? items : [collapseSpaces(box.textContent ?? '')].filter(Boolean);
}

export function observe(doc: Document, url: string = doc.location?.href ?? ''): Observation {
  const { pageKind, step } = detectHkdPageKind(url, doc);
  const message = foldKey(doc.querySelector(PAGE_MARKS.message)?.textContent ?? '');
  const type = doc.querySelector(PAGE_MARKS.documentType)?.textContent;
  return {
    pageKind,
    step,
    blockSaved: Boolean(doc.querySelector(`${PAGE_MARKS.currentMenuItem}.saved`)),
    saveSucceeded: message.includes(SAVED_TEXT),
    errors: summaryLines(doc),
    docTypeTitle: type ? collapseSpaces(type) : undefined,
  };
}
