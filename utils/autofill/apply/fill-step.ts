/**
 * One pass over the current wizard page for a plan step: fields in plan order, then row
 * tables, then the account-copy button. Returns the postback to make (as an action, run once
 * the state is stored), a problem to report, or "ready" (everything on the page matches).
 */
import type { PlanStep } from '../types';
import { SUB, WIZARD, BLOCK_BUTTONS } from '../hkd-controls';
import { isFieldDone } from '../equivalent';
import { readControlValues } from '@/utils/sites/hkdonline/read-control-values';
import { writeFields } from './fill-fields';
import { fillLines, fillLocations, linesComplete } from './fill-tables';
import { byName, clickControl, newCounter, type Counter } from './dom-write';

export type StepOutcome =
  | { kind: 'postback'; act: () => void }
  | { kind: 'problem'; key: string; args: string[] }
  | { kind: 'ready'; changed: boolean; saveEnabled: boolean };

function pressLater(doc: Document, name: string, count: Counter): StepOutcome | undefined {
  const btn = byName<HTMLInputElement>(doc, name)[0];
  if (!btn || btn.disabled) return undefined;
  count.clicks += 1;
  return { kind: 'postback', act: () => clickControl(btn, newCounter()) };
}

function searchPass(doc: Document, step: PlanStep, count: Counter, errors: string[]): StepOutcome | undefined {
  if (!step.searchButton || doc.querySelector(WIZARD.searchResult)) return undefined;
  if (errors.length) return { kind: 'problem', key: 'autofill_searchFailed', args: [errors.join(' ')] };
  return pressLater(doc, step.searchButton, count) ?? { kind: 'problem', key: 'autofill_controlMissing', args: ['Tìm kiếm'] };
}

export function fillStep(doc: Document, step: PlanStep, count: Counter, errors: string[] = []): StepOutcome {
  const fields = writeFields(doc, step.fields, count);
  if (fields.kind !== 'written') return fields;
  if (step.lines?.length) {
    const t = fillLines(doc, step.lines, count);
    if (t.kind !== 'complete') return t;
  }
  if (step.locations?.length) {
    const t = fillLocations(doc, step.locations, count);
    if (t.kind !== 'complete') return t;
  }
  if (step.copyAccount && !(readControlValues(doc)[`${SUB}FULL_NAMEFld`] ?? '').trim()) {
    return pressLater(doc, BLOCK_BUTTONS.copyAccount, count) ?? { kind: 'problem', key: 'autofill_controlMissing', args: ['Sao chép thông tin đăng ký tài khoản'] };
  }
  const search = searchPass(doc, step, count, errors);
  if (search) return search;
  const save = byName<HTMLInputElement>(doc, BLOCK_BUTTONS.save)[0];
  return { kind: 'ready', changed: fields.changed, saveEnabled: Boolean(save && !save.disabled) };
}

/** Read back after the page settled: every value and row of the step is on the page. */
export function isStepOnPage(doc: Document, step: PlanStep): boolean {
  const values = readControlValues(doc);
  return step.fields.every((op) => isFieldDone(op, values)) && (!step.lines?.length || linesComplete(doc, step.lines));
}
