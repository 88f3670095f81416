import { describe, expect, it } from 'vitest';
import { advance, decide, startFill, stopFill, type Observation } from './machine';
import { buildPlan } from './plan';
import { registrationSource } from './test-source';
import type { FillState } from './types';

const plan = buildPlan(registrationSource());
const page = (o: Partial<Observation>): Observation => ({ pageKind: 'wizard-step', blockSaved: false, saveSucceeded: false, errors: [], ...o });
const at = (index: number, extra: Partial<FillState> = {}): FillState => ({ ...startFill(plan, 0), index, ...extra });
const ADDR = plan.steps.findIndex((s) => s.id === 'block:ADDR');

describe('fill state machine', () => {
  it('fills the expected step when the page is that step', () => {
    expect(decide(at(0), page({ step: 'type' })).command).toMatchObject({ kind: 'fill', step: { id: 'type' } });
  });

  it('recovers from an error page, counting it, without moving on', () => {
    const d = decide(at(ADDR), page({ pageKind: 'error' }));
    expect(d.command.kind).toBe('recover');
    expect(d.state.index).toBe(ADDR);
    expect(d.state.metrics.errorsRecovered).toBe(1);
  });

  it('pauses on the sign-in page and resumes on the same step after the officer signs in', () => {
    const paused = decide(at(ADDR, { phase: 'saving' }), page({ pageKind: 'login' }));
    expect(paused.state).toMatchObject({ status: 'paused', pauseReason: 'login', index: ADDR });
    expect(paused.state.metrics.expiries).toBe(1);
    expect(decide(paused.state, page({ pageKind: 'login' })).state.metrics.expiries).toBe(1);
    // Back on the block without the success message: the save was lost, so enter again.
    const resumed = decide(paused.state, page({ step: 'address' }));
    expect(resumed.state).toMatchObject({ status: 'running', phase: 'enter', index: ADDR });
    expect(resumed.command.kind).toBe('fill');
  });

  it('after a save: success → saved; "no change" → saved (never a second save); other errors → error', () => {
    const saving = at(ADDR, { phase: 'saving' });
    expect(decide(saving, page({ step: 'address', saveSucceeded: true })).command.kind).toBe('saved');
    expect(decide(saving, page({ step: 'address', errors: ['Không có thay đổi nào để lưu.'] })).command.kind).toBe('saved');
    expect(decide(saving, page({ step: 'address', errors: ['Email: địa chỉ email không hợp lệ.'] })).state.status).toBe('error');
  });

  it('redoes an earlier wizard step whose postback failed, but moves forward to a block instead of redoing one', () => {
    expect(decide(at(1), page({ step: 'type' })).state.index).toBe(0);
    const d = decide(at(ADDR + 1), page({ step: 'address' }));
    expect(d.command).toMatchObject({ kind: 'goto-block', step: { id: 'block:BLINE' } });
    expect(d.state.index).toBe(ADDR + 1);
  });

  it('a fill started again on a draft already in its blocks skips the done wizard steps to the first block', () => {
    const d = decide(at(0), page({ step: 'submitter' }));
    const first = plan.steps.findIndex((s) => s.id.startsWith('block:'));
    expect(d.state).toMatchObject({ status: 'running', index: first });
    expect(d.command).toMatchObject({ kind: 'goto-block', step: { id: plan.steps[first]!.id } });
    expect(decide(at(0), page({ step: plan.steps[first]!.page })).command).toMatchObject({ kind: 'fill', step: { id: plan.steps[first]!.id } });
    expect(decide(at(0), page({ step: 'address', docTypeTitle: 'Tạm ngừng kinh doanh' })).state.message?.key).toBe('autofill_otherDraft');
  });

  it('stops with a clear message on a page that is not in the plan, or a draft of another type', () => {
    expect(decide(at(ADDR), page({ step: 'suspension' })).state).toMatchObject({ status: 'stopped', message: { key: 'autofill_unexpectedPage' } });
    expect(decide(at(ADDR), page({ step: 'address', docTypeTitle: 'Tạm ngừng kinh doanh' })).state.message?.key).toBe('autofill_otherDraft');
  });

  it('gives up navigating after repeated attempts', () => {
    let s = at(ADDR + 1);
    for (let i = 0; i < 6; i++) s = decide(s, page({ step: 'address' })).state;
    expect(decide(s, page({ step: 'address' })).state.status).toBe('error');
  });

  it('advance closes step timings and ends in done; stop is final', () => {
    let s = at(plan.steps.length - 1);
    s = advance(s, 500);
    expect(s.status).toBe('done');
    expect(s.metrics.endedAt).toBe(500);
    expect(decide(s, page({ step: 'submitter' })).command.kind).toBe('none');
    expect(decide(stopFill(at(ADDR), 9), page({ step: 'address' })).command.kind).toBe('none');
  });
});
