/**
 * The fill's driver on one HkdOnline page load: load the tab's state, observe the page, let the
 * state machine decide, STORE the new state, then act (an act usually reloads the page, and the
 * next load continues). Extension APIs stay outside: the caller passes a FillPort.
 */
import { foldKey } from '@/utils/vn/text';
import type { FillState, PlanStep } from '../types';
import { advance, decide, type Observation } from '../machine';
import { PAGE_MARKS, WIZARD } from '../hkd-controls';
import { observe } from './observe';
import { fillStep, isStepOnPage } from './fill-step';
import { byName, clickControl, followPostBackLink, newCounter, postBack, type Counter } from './dom-write';

export interface FillPort {
  load(): Promise<FillState | undefined>;
  store(state: FillState): Promise<void>;
}

export interface PageTiming {
  /** Server time of this page load (navigation timing: requestStart → responseEnd). */
  serverMs: number;
}

function withCounts(state: FillState, c: Counter): FillState {
  const m = state.metrics;
  return { ...state, metrics: { ...m, chars: m.chars + c.chars, controls: m.controls + c.controls, clicks: m.clicks + c.clicks } };
}

function withLoad(state: FillState, timing: PageTiming): FillState {
  const m = state.metrics;
  const steps = m.steps.map((s, i) => (i === m.steps.length - 1 ? { ...s, loads: s.loads + 1, serverMs: s.serverMs + timing.serverMs } : s));
  return { ...state, metrics: { ...m, loads: m.loads + 1, serverMs: m.serverMs + timing.serverMs, steps } };
}

const fail = (state: FillState, key: string, args: string[]): FillState => ({ ...state, status: 'error', message: { key, args } });

/** Move to a data block: its side-menu link (a __doPostBack link), or the overview's "Cập nhật". */
function gotoBlock(doc: Document, step: PlanStep, count: Counter): boolean {
  const want = foldKey(step.menu ?? '');
  const link = Array.from(doc.querySelectorAll(PAGE_MARKS.sideMenu)).find((a) => foldKey(a.textContent ?? '') === want);
  if (link) return followPostBackLink(doc, link, count);
  const key = step.id.replace(/^block:/, '');
  const edit = Array.from(doc.querySelectorAll('a[href*="__doPostBack"]')).find((a) => (a.getAttribute('href') ?? '').includes(`Edit$${key}`));
  return edit ? followPostBackLink(doc, edit, count) : false;
}

async function onReady(doc: Document, port: FillPort, state: FillState, step: PlanStep, r: { changed: boolean; saveEnabled: boolean }, count: Counter, now: number) {
  if (step.nextButton) {
    const next = byName<HTMLInputElement>(doc, step.nextButton)[0];
    if (!next) return port.store(fail(state, 'autofill_controlMissing', [step.title]));
    count.clicks += 1;
    await port.store(withCounts(advance(state, now), count));
    return clickControl(next, newCounter());
  }
  if (r.changed || r.saveEnabled) {
    const save = byName<HTMLInputElement>(doc, 'ctl00$C$btnSave')[0]!;
    count.clicks += 1;
    await port.store(withCounts({ ...state, phase: 'saving', saves: { ...state.saves, [step.id]: (state.saves[step.id] ?? 0) + 1 } }, count));
    return clickControl(save, newCounter());
  }
  return moveOn(doc, port, withCounts(state, count), now);
}

/** The current block is saved and verified: advance and go to the next block (if any). */
async function moveOn(doc: Document, port: FillPort, state: FillState, now: number) {
  const next = advance(state, now);
  const step = next.plan.steps[next.index];
  const count = newCounter();
  if (step && !step.nextButton) count.clicks += 1;
  await port.store(withCounts(next, count));
  if (step && !step.nextButton) gotoBlock(doc, step, newCounter());
}

async function act(doc: Document, port: FillPort, state: FillState, command: ReturnType<typeof decide>['command'], obs: Observation, now: number) {
  const count = newCounter();
  switch (command.kind) {
    case 'none':
    case 'wait-login':
      return port.store(state);
    case 'recover': {
      await port.store(state);
      const back = doc.querySelector<HTMLAnchorElement>(PAGE_MARKS.errorBack);
      return back ? back.click() : doc.defaultView?.history.back();
    }
    case 'open-registration':
      await port.store(withCounts(state, { chars: 0, controls: 0, clicks: 1 }));
      return postBack(doc, WIZARD.mainMenu, 'REG', count);
    case 'goto-block':
      await port.store(withCounts(state, { chars: 0, controls: 0, clicks: 1 }));
      if (!gotoBlock(doc, command.step, count)) await port.store(fail(state, 'autofill_navigationFailed', [command.step.title]));
      return;
    case 'saved':
      if (!isStepOnPage(doc, command.step)) return port.store(fail(state, 'autofill_readBackFailed', [command.step.title]));
      return moveOn(doc, port, state, now);
    case 'fill': {
      const r = fillStep(doc, command.step, count, obs.errors);
      if (r.kind === 'problem') return port.store(withCounts(fail(state, r.key, r.args), count));
      if (r.kind === 'postback') {
        await port.store(withCounts(state, count));
        return r.act();
      }
      return onReady(doc, port, state, command.step, r, count, now);
    }
  }
}

export async function runFillOnPage(doc: Document, port: FillPort, timing: PageTiming = { serverMs: 0 }, now: () => number = Date.now): Promise<FillState | undefined> {
  const loaded = await port.load();
  if (!loaded || (loaded.status !== 'running' && loaded.status !== 'paused')) return loaded;
  const obs = observe(doc);
  const { state, command } = decide(withLoad(loaded, timing), obs);
  await act(doc, port, state, command, obs, now());
  return port.load();
}
