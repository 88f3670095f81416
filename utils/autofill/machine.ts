/**
 * The fill's resumable state machine (pure). Every HkdOnline page load gives an Observation;
 * `decide` says what to do on this page and returns the next state, which the content script
 * stores (per tab, storage.session) BEFORE it acts, so a postback, an error page or a new
 * sign-in resumes at the step where it stopped. Nothing here touches the DOM.
 */
import { foldKey } from '@/utils/vn/text';
import type { HkdPageKind, StepId } from '@/utils/sites/snapshot';
import type { FillState, Plan, PlanStep } from './types';

export interface Observation {
  pageKind: HkdPageKind;
  step?: StepId;
  /** The current block is marked saved in the side menu. */
  blockSaved: boolean;
  /** "Lưu thông tin thành công." is shown. */
  saveSucceeded: boolean;
  /** Lines of the validation summary. */
  errors: string[];
  /** Registration type on the wizard's info bar, when shown. */
  docTypeTitle?: string;
}

export type Command =
  | { kind: 'none' }
  | { kind: 'recover' }
  | { kind: 'wait-login' }
  | { kind: 'open-registration' }
  | { kind: 'goto-block'; step: PlanStep }
  | { kind: 'fill'; step: PlanStep }
  | { kind: 'saved'; step: PlanStep };

export interface Decision {
  state: FillState;
  command: Command;
}

const MAX_ATTEMPTS = 6;
const MAX_RECOVERIES = 60;
const NO_CHANGE = 'khong co thay doi';

export function startFill(plan: Plan, now: number, account?: string): FillState {
  return {
    dossierCode: plan.dossierCode, plan, index: 0, phase: 'enter', status: 'running', attempts: 0, saves: {}, account,
    metrics: { startedAt: now, chars: 0, controls: 0, clicks: 0, serverMs: 0, loads: 0, errorsRecovered: 0, expiries: 0, steps: [{ id: plan.steps[0]!.id, startedAt: now, loads: 0, serverMs: 0 }] },
  };
}

const isBlock = (s: PlanStep) => s.id.startsWith('block:');
const stop = (state: FillState, status: 'stopped' | 'error', key: string, args: string[] = []): Decision =>
  ({ state: { ...state, status, message: { key, args } }, command: { kind: 'none' } });

/** Move past the current step (after its save, or its next button is about to be pressed). */
export function advance(state: FillState, now: number): FillState {
  const steps = state.metrics.steps.map((s, i, all) => (i === all.length - 1 && s.endedAt === undefined ? { ...s, endedAt: now } : s));
  const index = state.index + 1;
  const next = state.plan.steps[index];
  if (!next) {
    return { ...state, index, phase: 'enter', attempts: 0, status: 'done', message: { key: 'autofill_statusDone', args: [] }, metrics: { ...state.metrics, steps, endedAt: now } };
  }
  return { ...state, index, phase: 'enter', attempts: 0, message: undefined, metrics: { ...state.metrics, steps: [...steps, { id: next.id, startedAt: now, loads: 0, serverMs: 0 }] } };
}

function onStepPage(state: FillState, obs: Observation, step: PlanStep): Decision {
  if (state.phase === 'saving') {
    const noChange = obs.errors.some((e) => foldKey(e).includes(NO_CHANGE));
    if (obs.saveSucceeded || noChange) return { state, command: { kind: 'saved', step } };
    if (obs.errors.length) return stop(state, 'error', 'autofill_saveRefused', [step.title, obs.errors.join(' ')]);
    return { state: { ...state, phase: 'enter' }, command: { kind: 'fill', step } };
  }
  return { state, command: { kind: 'fill', step } };
}

function onWizardPage(state: FillState, obs: Observation): Decision {
  const { plan } = state;
  if (obs.docTypeTitle && !foldKey(obs.docTypeTitle).startsWith(foldKey(plan.typeTitle))) {
    return stop(state, 'stopped', 'autofill_otherDraft', [obs.docTypeTitle]);
  }
  const expected = plan.steps[state.index]!;
  if (obs.step === expected.page) return onStepPage(state, obs, expected);
  const j = plan.steps.findIndex((s) => s.page === obs.step);
  if (j < 0) return stop(state, 'stopped', 'autofill_unexpectedPage', [expected.title, obs.step ?? '']);
  const between = j > state.index ? plan.steps.slice(state.index, j) : [];
  // An earlier wizard step (its postback failed) is simply done again; so are wizard steps the
  // draft is already past. Data blocks are never redone: the fill moves to the expected block.
  if ((j < state.index && !isBlock(plan.steps[j]!)) || (j > state.index && !between.some(isBlock))) {
    return { state: { ...state, index: j, phase: 'enter', attempts: 0 }, command: { kind: 'fill', step: plan.steps[j]! } };
  }
  if (!isBlock(expected)) return skipToBlocks(state, j) ?? stop(state, 'stopped', 'autofill_unexpectedPage', [expected.title, obs.step ?? '']);
  return navigate(state, { kind: 'goto-block', step: expected });
}

/**
 * A fill started again on a draft that is already in its data blocks (the fill state was lost
 * with the browser, say): the wizard steps before the first block are done, so go to that block
 * and walk the blocks in order. Blocks whose values the draft already holds are not saved again
 * (HkdOnline keeps Save disabled while nothing differs).
 */
function skipToBlocks(state: FillState, j: number): Decision | undefined {
  const { steps } = state.plan;
  const first = steps.findIndex((s, i) => i > state.index && isBlock(s));
  if (first < 0 || j < first || !isBlock(steps[j]!)) return undefined;
  const at: FillState = { ...state, index: first, phase: 'enter', attempts: 0 };
  return first === j ? { state: at, command: { kind: 'fill', step: steps[j]! } } : navigate(at, { kind: 'goto-block', step: steps[first]! });
}

function navigate(state: FillState, command: Command): Decision {
  if (state.attempts >= MAX_ATTEMPTS) return stop(state, 'error', 'autofill_navigationFailed', [state.plan.steps[state.index]?.title ?? '']);
  return { state: { ...state, attempts: state.attempts + 1 }, command };
}

export function decide(state: FillState, obs: Observation): Decision {
  if (state.status !== 'running' && state.status !== 'paused') return { state, command: { kind: 'none' } };
  if (obs.pageKind === 'login') {
    const counted = state.status === 'running' ? state.metrics.expiries + 1 : state.metrics.expiries;
    return { state: { ...state, status: 'paused', pauseReason: 'login', message: { key: 'autofill_waitLogin', args: [] }, metrics: { ...state.metrics, expiries: counted } }, command: { kind: 'wait-login' } };
  }
  const resumed: FillState = state.status === 'paused' ? { ...state, status: 'running', pauseReason: undefined, message: undefined } : state;
  if (obs.pageKind === 'error') {
    if (resumed.metrics.errorsRecovered >= MAX_RECOVERIES) return stop(resumed, 'error', 'autofill_tooManyErrors');
    return { state: { ...resumed, metrics: { ...resumed.metrics, errorsRecovered: resumed.metrics.errorsRecovered + 1 } }, command: { kind: 'recover' } };
  }
  if (obs.pageKind === 'menu') return navigate(resumed, { kind: 'open-registration' });
  if (obs.pageKind === 'overview') {
    const expected = resumed.plan.steps[resumed.index]!;
    return isBlock(expected) ? navigate(resumed, { kind: 'goto-block', step: expected }) : stop(resumed, 'stopped', 'autofill_unexpectedPage', [expected.title, 'overview']);
  }
  if (obs.pageKind !== 'wizard-step') return stop(resumed, 'stopped', 'autofill_unexpectedPage', [resumed.plan.steps[resumed.index]?.title ?? '', obs.pageKind]);
  return onWizardPage(resumed, obs);
}

export function stopFill(state: FillState, now: number): FillState {
  if (state.status === 'done') return state;
  return { ...state, status: 'stopped', message: { key: 'autofill_stoppedByOfficer', args: [] }, metrics: { ...state.metrics, endedAt: now } };
}

/** The step text "n/m" shown on the status element. */
export function stepText(state: FillState): string {
  const m = state.plan.steps.length;
  return `${Math.min(state.index + 1, m)}/${m}`;
}
