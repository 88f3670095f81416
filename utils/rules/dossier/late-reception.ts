/**
 * dossier/late-reception — NĐ 118/2025 Điều 17–18: an online dossier not received within one
 * working day counts as "chậm được tiếp nhận" (RESEARCH-NOTES §6.2). Warn from 75 % of that
 * working day ("sắp trễ") and beyond it ("đã trễ"). Working time follows utils/vn/working-days
 * (office hours, weekends, holidays and make-up Saturdays).
 */
import { defineRule, type RuleResult } from '../define-rule';
import { foldKey } from '@/utils/vn/text';
import { parseInstant, toVnIsoDateTime } from '@/utils/vn/date';
import { addWorkingTime, workingDaysBetween } from '@/utils/vn/working-days';
import type { Channel } from '@/utils/sites/snapshot';

export const SOON_FRACTION = 0.75;
const KEYS = { soon: 'rule_lateReception_soon', late: 'rule_lateReception_late' } as const;

/** Status texts of dossiers still waiting to be received (iGate and the portal's wording). */
const AWAITING = ['cho tiep nhan', 'chua tiep nhan', 'moi dang ky', 'moi nop', 'cho xu ly'];

export function isAwaitingReception(status: string | undefined): boolean {
  const k = foldKey(status ?? '');
  return k !== '' && AWAITING.some((s) => k.includes(s));
}

/** "dd/MM/yyyy HH:mm" in Vietnamese time. */
function display(instant: number): string {
  const [date = '', time = ''] = toVnIsoDateTime(instant).split('T');
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y} ${time.slice(0, 5)}`;
}

/** Working time as h:mm (8 h = one working day). */
function hoursMinutes(days: number): string {
  const minutes = Math.round(days * 8 * 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

interface Waiting {
  channel: Channel | undefined;
  submittedAt: string | undefined;
  paths: { channel: string; submittedAt: string };
}

export function judgeLateness(w: Waiting, now: Date): RuleResult[] {
  if (w.channel !== 'online') return [];
  if (!w.submittedAt) return [{ need: w.paths.submittedAt }];
  const start = parseInstant(w.submittedAt);
  if (start === null) return [{ need: w.paths.submittedAt }];
  const waited = workingDaysBetween(start, now.getTime());
  if (!(waited >= SOON_FRACTION)) return [];
  const late = waited > 1;
  const deadline = addWorkingTime(start, 1);
  return [
    {
      messageKey: late ? KEYS.late : KEYS.soon,
      messageArgs: [display(start), hoursMinutes(waited), display(deadline)],
      facts: { submittedAt: w.submittedAt, waitedWorkingDays: Math.round(waited * 1000) / 1000, deadline: toVnIsoDateTime(deadline) },
      uses: [w.paths.channel, w.paths.submittedAt],
      discriminator: late ? 'late' : 'soon',
    },
  ];
}

export default defineRule({
  id: 'dossier/late-reception',
  defaultSeverity: 'warning',
  messageKeys: Object.values(KEYS),
  reads: ['channel', 'submittedAt', 'receiveButtonPresent / status', 'now'],
  check({ dossier, ctx }) {
    // The receive button on screen is the surest sign the dossier has not been received yet.
    if (!dossier.receiveButtonPresent && !isAwaitingReception(dossier.status)) return [];
    const paths = { channel: 'dossier.channel', submittedAt: 'dossier.submittedAt' };
    return judgeLateness({ channel: dossier.channel, submittedAt: dossier.submittedAt, paths }, ctx.now);
  },
  checkRow({ row, ctx }) {
    if (!isAwaitingReception(row.status)) return [];
    const paths = { channel: 'rows.channel', submittedAt: 'rows.submittedAt' };
    return judgeLateness({ channel: row.channel, submittedAt: row.submittedAt, paths }, ctx.now);
  },
});
