/**
 * Write a step's field operations into the page, in plan order. A value already equivalent is
 * left alone (no double write); an AutoPostBack control ends the pass, because the page
 * reloads — the next load continues from the state machine.
 */
import { readControlValues } from '@/utils/sites/hkdonline/read-control-values';
import type { FieldOp } from '../types';
import { isFieldDone } from '../equivalent';
import { matchOption } from '../match-option';
import { byName, chooseOption, clickControl, newCounter, postBack, postsBackItself, typeInto, type Counter } from './dom-write';

/** A postback is returned as an action, run only after the state is stored (the page unloads). */
export type FieldsOutcome =
  | { kind: 'postback'; act: () => void }
  | { kind: 'written'; changed: boolean }
  | { kind: 'problem'; key: string; args: string[] };

const problem = (key: string, ...args: string[]): FieldsOutcome => ({ kind: 'problem', key, args });

/** The control's own postback fires from its handler; without one, make it as __doPostBack does. */
function postbackAct(doc: Document, el: Element, name: string, change: (c: Counter) => void, count: Counter): FieldsOutcome {
  count.controls += 1;
  count.clicks += 1;
  return {
    kind: 'postback',
    act: () => {
      const scratch = newCounter();
      change(scratch);
      if (!postsBackItself(el)) postBack(doc, name, '', scratch);
    },
  };
}

function writeOne(doc: Document, op: FieldOp, count: Counter): FieldsOutcome | 'ok' {
  const els = byName<HTMLElement>(doc, op.name);
  if (!els.length) return problem('autofill_controlMissing', op.label);
  if (op.kind === 'text') {
    typeInto(els[0] as HTMLInputElement, op.value, count);
    return 'ok';
  }
  if (op.kind === 'select') {
    const sel = els[0] as HTMLSelectElement;
    const options = Array.from(sel.options, (o) => ({ value: o.value, text: o.textContent ?? '' }));
    const found = matchOption(options, op.value);
    if (!found) return problem('autofill_optionMissing', op.label, op.value);
    if (op.postback) return postbackAct(doc, sel, op.name, (c) => chooseOption(sel, found.value, c), count);
    chooseOption(sel, found.value, count);
    return 'ok';
  }
  if (op.kind === 'radio') {
    const radio = (els as HTMLInputElement[]).find((r) => r.value === op.value);
    if (!radio) return problem('autofill_optionMissing', op.label, op.display);
    clickControl(radio, count);
    count.controls += 1;
    return 'ok';
  }
  const boxes = els as HTMLInputElement[];
  for (const want of op.values) if (!boxes.some((b) => b.value === want)) return problem('autofill_optionMissing', op.label, want);
  for (const box of boxes) {
    if (box.checked === op.values.includes(box.value)) continue;
    if (op.postback) return postbackAct(doc, box, op.name, (c) => clickControl(box, c), count);
    clickControl(box, count);
    count.controls += 1;
  }
  return 'ok';
}

export function writeFields(doc: Document, ops: FieldOp[], count: Counter): FieldsOutcome {
  let changed = false;
  for (const op of ops) {
    if (isFieldDone(op, readControlValues(doc))) continue;
    const r = writeOne(doc, op, count);
    if (r !== 'ok') return r;
    changed = true;
  }
  // Read back: a value the page refused (or rewrote into something else) is reported.
  const values = readControlValues(doc);
  const wrong = ops.find((op) => !isFieldDone(op, values));
  if (wrong) return problem('autofill_readBackFailed', wrong.label);
  return { kind: 'written', changed };
}
