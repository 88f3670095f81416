// Marks the dossier-list rows this account should not take (or that are close to late) with a
// <motcua-flag data-rule="…"> inside the row, with a tooltip and an accessible label.
import { readListRows } from '@/utils/sites/motcua/read-list';
import type { ProcessingListSnapshot } from '@/utils/sites/snapshot';
import type { CheckListResponse, FindingWire } from '@/utils/messaging';

export const FLAG_TAG = 'motcua-flag';

export function readRows(): ReturnType<typeof readListRows> {
  return readListRows(document);
}

export function paintFlags(
  rows: ReturnType<typeof readListRows>['rows'],
  response: CheckListResponse,
  describe: (f: FindingWire) => string,
): number {
  document.querySelectorAll(FLAG_TAG).forEach((el) => el.remove());
  let flagged = 0;
  for (const result of response.rows) {
    const row = rows.find((r) => r.rowIndex === result.rowIndex && r.code === result.code);
    if (!row || !result.findings.length) continue;
    flagged += 1;
    const cell = row.element.querySelector('td, [role="cell"], .mat-cell') ?? row.element;
    for (const finding of result.findings) cell.prepend(flagFor(finding, describe(finding)));
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
  const root = flag.attachShadow({ mode: 'open' });
  const mark = document.createElement('span');
  mark.textContent = finding.severity === 'error' ? '⛔' : '⏰';
  mark.setAttribute('style', 'display:inline-block;margin-right:4px;font-size:14px;cursor:help');
  root.append(mark);
  return flag;
}

export type { ProcessingListSnapshot };
