// Marks the dossier-list rows this account should not take (or that are close to late) with a
// <motcua-flag data-rule="…"> inside the row, with a tooltip and an accessible label.
// Flags are plain elements styled by ONE shared stylesheet (the mark is CSS generated content,
// so it never joins the row's text): a shadow root per flag cost ~1 ms each on 500-row lists.
import { readListRowsChunked, type ListRowsRead } from '@/utils/sites/motcua/read-list';
import type { ProcessingListSnapshot } from '@/utils/sites/snapshot';
import type { CheckListResponse, FindingWire } from '@/utils/messaging';

export const FLAG_TAG = 'motcua-flag';

const FLAG_CSS = `${FLAG_TAG}{display:inline-block;margin-right:4px;font-size:14px;line-height:1;cursor:help;font-style:normal}
${FLAG_TAG}[data-severity="error"]::before{content:"⛔"}
${FLAG_TAG}:not([data-severity="error"])::before{content:"⏰"}`;

let sheet: CSSStyleSheet | undefined;

/** Adds the flags' stylesheet to the document once (adoptedStyleSheets; a <style> where unsupported). */
function ensureFlagStyles(doc: Document): void {
  if ('adoptedStyleSheets' in doc && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(FLAG_CSS);
    }
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return;
  }
  if (doc.getElementById('motcua-flag-style')) return;
  const style = doc.createElement('style');
  style.id = 'motcua-flag-style';
  style.textContent = FLAG_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

/** Longest stretch of reading before the page gets a turn (long tasks are > 50 ms). */
const SLICE_MS = 30;

/**
 * Lets the page breathe between chunks of a big list (input, rendering) once a slice is used up;
 * a fast machine reads 500 rows in one slice and never waits. scheduler.yield() resumes ahead of
 * other queued tasks; a zero timeout where it is missing.
 */
function slicer(): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    await (scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0)));
    sliceStart = performance.now();
  };
}

export function readRows(): Promise<ListRowsRead> {
  return readListRowsChunked(document, slicer(), 50);
}

const rowKey = (rowIndex: number, code: string) => `${rowIndex}\u0000${code}`;

export function paintFlags(
  rows: ListRowsRead['rows'],
  response: CheckListResponse,
  describe: (f: FindingWire) => string,
): number {
  document.querySelectorAll(FLAG_TAG).forEach((el) => el.remove());
  ensureFlagStyles(document);
  const byKey = new Map(rows.map((r) => [rowKey(r.rowIndex, r.code), r]));
  // Most flags of a page say the same thing (same rule, same field): translate each text once.
  const texts = new Map<string, string>();
  const textOf = (f: FindingWire) => {
    const k = `${f.messageKey}\u0000${f.messageArgs.join('\u0000')}`;
    let t = texts.get(k);
    if (t === undefined) texts.set(k, (t = describe(f)));
    return t;
  };
  let flagged = 0;
  for (const result of response.rows) {
    const row = byKey.get(rowKey(result.rowIndex, result.code));
    if (!row || !result.findings.length) continue;
    flagged += 1;
    const cell = row.element.querySelector('td, [role="cell"], .mat-cell') ?? row.element;
    for (const finding of result.findings) cell.prepend(flagFor(finding, textOf(finding)));
  }
  return flagged;
}

function flagFor(finding: FindingWire, text: string): HTMLElement {
  const flag = document.createElement(FLAG_TAG);
  flag.dataset.rule = finding.ruleId;
  flag.dataset.severity = finding.severity;
  flag.title = text;
  flag.setAttribute('role', 'img');
  flag.setAttribute('aria-label', text);
  return flag;
}

export type { ProcessingListSnapshot };
