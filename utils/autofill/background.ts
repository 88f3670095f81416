/**
 * Background side of auto-fill: captures (encrypted, Dexie), plans, the per-tab fill state and
 * the audit trail. The lead's service worker routes every message whose type starts with
 * `autofill_` here (handleAutofillMessage returns undefined for the others) and calls
 * purgeExpiredCaptures on start-up and on an alarm.
 */
import { db } from '@/utils/db/database';
import type { AuditEntry } from '@/utils/db/types';
import { AutofillMessageSchema, isAutofillMessage, type AutofillMessage } from './messages';
import { eraseCapture, getCaptureSummary, listCaptures, purgeCaptures, readCapture, saveCapture, setCaptureResult } from './capture-store';
import { buildPlan } from './plan';
import { captureProblems } from './problems';
import { startFill, stopFill } from './machine';
import { loadFillState, storeFillState } from './fill-session';
import type { FillState } from './types';

export interface SenderLike {
  id?: string;
  tab?: { id?: number };
}

async function audit(kind: AuditEntry['kind'], dossierCode: string | undefined, account: string | undefined, detail: Record<string, unknown>, now: number) {
  await db().audit.add({ at: now, kind, dossierCode, account, detail });
}

function fillAudit(s: FillState): Record<string, unknown> {
  const m = s.metrics;
  return {
    status: s.status, steps: s.plan.steps.map((x) => x.id), reached: Math.min(s.index, s.plan.steps.length),
    saves: s.saves, chars: m.chars, controls: m.controls, clicks: m.clicks, errorsRecovered: m.errorsRecovered, expiries: m.expiries,
  };
}

function tabOf(sender: SenderLike): number {
  const id = sender.tab?.id;
  if (typeof id !== 'number') throw new Error('autofill: message without a tab');
  return id;
}

async function planFor(dossierCode: string, officerIsSubmitter: boolean, now: number) {
  const source = await readCapture(dossierCode, now);
  if (!source) throw new Error(`autofill: no capture for ${dossierCode}`);
  return { source, plan: buildPlan(source, { officerIsSubmitter }) };
}

async function onStateChange(tabId: number, before: FillState | undefined, after: FillState, now: number) {
  await storeFillState(tabId, after);
  const finished = after.status === 'done' || after.status === 'stopped' || after.status === 'error';
  if (finished && before?.status !== after.status) await audit('fill', after.dossierCode, after.account, fillAudit(after), now);
}

async function handle(msg: AutofillMessage, sender: SenderLike, now: number): Promise<unknown> {
  switch (msg.type) {
    case 'autofill_capture': {
      const summary = await saveCapture(msg.source, now);
      const r = msg.source.record;
      await audit('capture', msg.source.dossierCode, msg.account, { procedure: r.procedure, lines: r.business.lines.length, members: r.members.length, problems: captureProblems(r).map((p) => p.ruleId) }, now);
      return summary;
    }
    case 'autofill_list':
      return listCaptures(now);
    case 'autofill_get':
      return (await getCaptureSummary(msg.dossierCode, now)) ?? null;
    case 'autofill_plan':
      return (await planFor(msg.dossierCode, msg.officerIsSubmitter, now)).plan;
    case 'autofill_start': {
      const tabId = tabOf(sender);
      const { plan } = await planFor(msg.dossierCode, msg.officerIsSubmitter, now);
      const state = startFill(plan, now, msg.account);
      await storeFillState(tabId, state);
      return state;
    }
    case 'autofill_state_get':
      return (await loadFillState(tabOf(sender))) ?? null;
    case 'autofill_state_put': {
      const tabId = tabOf(sender);
      const before = await loadFillState(tabId);
      // A stop pressed while the page was loading wins over the page's own progress.
      if (before?.status === 'stopped' && msg.state.status !== 'stopped') return before;
      await onStateChange(tabId, before, msg.state, now);
      return msg.state;
    }
    case 'autofill_stop': {
      const tabId = tabOf(sender);
      const before = await loadFillState(tabId);
      if (!before) return null;
      const after = stopFill(before, now);
      await onStateChange(tabId, before, after, now);
      return after;
    }
    case 'autofill_resume': {
      const tabId = tabOf(sender);
      const before = await loadFillState(tabId);
      if (!before || before.status === 'done') return before ?? null;
      const after: FillState = { ...before, status: 'running', phase: 'enter', attempts: 0, message: undefined };
      await storeFillState(tabId, after);
      return after;
    }
    case 'autofill_result': {
      const ok = await setCaptureResult(msg.dossierCode, msg.result);
      if (ok) await audit('result', msg.dossierCode, msg.account, { stage: 'read-on-hkdonline' }, now);
      return ok;
    }
    case 'autofill_result_done': {
      const erased = await eraseCapture(msg.dossierCode);
      await audit('result', msg.dossierCode, msg.account, { stage: 'written-to-processing-system', erased }, now);
      return erased;
    }
    case 'autofill_erase': {
      const erased = await eraseCapture(msg.dossierCode);
      await audit('erase', msg.dossierCode, msg.account, { erased }, now);
      return erased;
    }
  }
}

/**
 * Route target for the service worker. Returns undefined when the message is not an auto-fill
 * message (so the caller tries its other handlers); rejects on invalid input or a foreign sender.
 */
export function handleAutofillMessage(message: unknown, sender: SenderLike, opts: { extensionId?: string; now?: number } = {}): Promise<unknown> | undefined {
  if (!isAutofillMessage(message)) return undefined;
  if (opts.extensionId && sender.id !== opts.extensionId) return Promise.reject(new Error('autofill: foreign sender'));
  const parsed = AutofillMessageSchema.safeParse(message);
  if (!parsed.success) return Promise.reject(new Error(`autofill: invalid message: ${parsed.error.issues[0]?.message ?? ''}`));
  return handle(parsed.data, sender, opts.now ?? Date.now());
}

/** Delete captures older than their expiry (7 days at most); audited with the count only. */
export async function purgeExpiredCaptures(now: number): Promise<number> {
  const count = await purgeCaptures(now);
  if (count) await audit('purge', undefined, undefined, { captures: count }, now);
  return count;
}
