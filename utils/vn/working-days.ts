/**
 * Working-day arithmetic in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
 *
 * Definitions (documented in README):
 * - A working day is Mon–Fri that is not in DAYS_OFF, plus the make-up Saturdays in MAKE_UP_WORKDAYS.
 * - Working time is the office hours of a working day; by default 07:30–11:30 and 13:00–17:00
 *   (HCMC administrative hours), so one working day = 8 working hours.
 * - workingDaysBetween(a, b) = working time between two instants divided by one day's working time
 *   (fractional). Used for "an online dossier must be received within 1 working day".
 * - addWorkingDays(date, n) moves n whole working days on the calendar (deadlines in ngày làm việc).
 */
import { DAY_OFF_SET, MAKE_UP_SET } from './holidays';
import { toIsoDate, vnDateOf, type VnDate } from './date';

const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

/** Office intervals of a working day, minutes after local midnight, sorted, non-overlapping. */
export type OfficeHours = ReadonlyArray<readonly [number, number]>;
export const DEFAULT_OFFICE_HOURS: OfficeHours = [
  [7 * 60 + 30, 11 * 60 + 30],
  [13 * 60, 17 * 60],
];

function weekday(d: VnDate): number {
  return new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
}

export function isWorkingDay(d: VnDate): boolean {
  const key = toIsoDate(d);
  if (MAKE_UP_SET.has(key)) return true;
  const wd = weekday(d);
  return wd !== 0 && wd !== 6 && !DAY_OFF_SET.has(key);
}

function shiftDays(d: VnDate, n: number): VnDate {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d) + n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Next working day strictly after d. */
export function nextWorkingDay(d: VnDate): VnDate {
  let cur = shiftDays(d, 1);
  while (!isWorkingDay(cur)) cur = shiftDays(cur, 1);
  return cur;
}

/**
 * Move n whole working days (n ≥ 0). With n = 0 returns d if it is a working day, else the next one.
 * addWorkingDays(Fri 24/01/2025, 1) = Mon 03/02/2025 (Tết in between).
 */
export function addWorkingDays(d: VnDate, n: number): VnDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a non-negative integer, got ${n}`);
  let cur = isWorkingDay(d) ? d : nextWorkingDay(d);
  for (let i = 0; i < n; i++) cur = nextWorkingDay(cur);
  return cur;
}

/** Local midnight (as an instant) of a VN date. */
function midnightOf(d: VnDate): number {
  return Date.UTC(d.y, d.m - 1, d.d) - VN_OFFSET_MS;
}

function minutesPerDay(hours: OfficeHours): number {
  return hours.reduce((s, [a, b]) => s + (b - a), 0);
}

/**
 * Working time between instants a and b, in working days (fractional; negative if b < a).
 * Iterates calendar days, so cost is proportional to the span (fine for spans of months).
 */
export function workingDaysBetween(a: number, b: number, hours: OfficeHours = DEFAULT_OFFICE_HOURS): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Number.NaN;
  if (b < a) return -workingDaysBetween(b, a, hours);
  let minutes = 0;
  for (let day = vnDateOf(a); midnightOf(day) < b; day = shiftDays(day, 1)) {
    if (!isWorkingDay(day)) continue;
    const base = midnightOf(day);
    for (const [s, e] of hours) {
      const from = Math.max(a, base + s * 60_000);
      const to = Math.min(b, base + e * 60_000);
      if (to > from) minutes += (to - from) / 60_000;
    }
  }
  return minutes / minutesPerDay(hours);
}

/**
 * The instant reached after `days` working days of working time from `start` (e.g. the moment an
 * online dossier submitted at `start` becomes late: addWorkingTime(start, 1)).
 */
export function addWorkingTime(start: number, days: number, hours: OfficeHours = DEFAULT_OFFICE_HOURS): number {
  let left = days * minutesPerDay(hours) * 60_000;
  for (let day = vnDateOf(start); ; day = shiftDays(day, 1)) {
    if (!isWorkingDay(day)) continue;
    const base = midnightOf(day);
    for (const [s, e] of hours) {
      const from = Math.max(start, base + s * 60_000);
      const to = base + e * 60_000;
      if (to <= from) continue;
      if (left <= to - from) return from + left;
      left -= to - from;
    }
  }
}

/** Hộ tịch / chứng thực rule: "trong ngày" dossiers received after 15:00 are returned next working day. */
export const SAME_DAY_CUTOFF_MINUTES = 15 * 60;

/**
 * Date the result is due for a dossier received at `receivedAt` with a processing time of
 * `processingDays` working days (0 = same day). Counting starts on the next working day when
 * the dossier arrives on a day off or (for same-day procedures) after the 15:00 cut-off.
 */
export function processingDeadline(receivedAt: number, processingDays: number): VnDate {
  const day = vnDateOf(receivedAt);
  const minuteOfDay = Math.floor((receivedAt - midnightOf(day)) / 60_000);
  if (processingDays === 0) {
    if (isWorkingDay(day) && minuteOfDay < SAME_DAY_CUTOFF_MINUTES) return day;
    return nextWorkingDay(day);
  }
  return addWorkingDays(day, processingDays);
}
