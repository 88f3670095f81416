import { describe, expect, it } from 'vitest';
import { DAYS_OFF, MAKE_UP_WORKDAYS } from './holidays';
import { addWorkingDays, addWorkingTime, isWorkingDay, processingDeadline, workingDaysBetween } from './working-days';
import { parseInstant, parseVnDate, type VnDate } from './date';

const d = (s: string): VnDate => parseVnDate(s)!;
const t = (s: string): number => parseInstant(s)!;
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe('holiday data', () => {
  it('lists only weekdays as days off and only Saturdays as make-up days', () => {
    for (const day of DAYS_OFF) expect([1, 2, 3, 4, 5], day.date).toContain(weekday(day.date));
    for (const day of MAKE_UP_WORKDAYS) expect(weekday(day.date), day.date).toBe(6);
  });
  it('has no duplicates', () => {
    expect(new Set(DAYS_OFF.map((x) => x.date)).size).toBe(DAYS_OFF.length);
  });
});

describe('isWorkingDay', () => {
  it('knows Tết, holidays, weekends and make-up Saturdays', () => {
    expect(isWorkingDay(d('28/01/2025'))).toBe(false); // Tết Ất Tỵ
    expect(isWorkingDay(d('17/02/2026'))).toBe(false); // mùng 1 Tết Bính Ngọ
    expect(isWorkingDay(d('23/02/2026'))).toBe(true); // back to work
    expect(isWorkingDay(d('08/02/2025'))).toBe(true); // Saturday, làm bù
    expect(isWorkingDay(d('10/01/2026'))).toBe(true); // Saturday, làm bù
    expect(isWorkingDay(d('02/01/2026'))).toBe(false); // swapped Friday
    expect(isWorkingDay(d('27/04/2026'))).toBe(false); // Giỗ Tổ on Sunday → Monday off
    expect(isWorkingDay(d('02/09/2025'))).toBe(false);
    expect(isWorkingDay(d('07/06/2025'))).toBe(false); // ordinary Saturday
    expect(isWorkingDay(d('06/06/2025'))).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('skips Tết', () => {
    expect(addWorkingDays(d('24/01/2025'), 1)).toEqual(d('03/02/2025'));
    expect(addWorkingDays(d('13/02/2026'), 3)).toEqual(d('25/02/2026'));
  });
  it('counts a make-up Saturday', () => {
    expect(addWorkingDays(d('07/02/2025'), 1)).toEqual(d('08/02/2025'));
  });
  it('n = 0 returns the day itself or the next working day', () => {
    expect(addWorkingDays(d('06/06/2025'), 0)).toEqual(d('06/06/2025'));
    expect(addWorkingDays(d('07/06/2025'), 0)).toEqual(d('09/06/2025'));
  });
  it('refuses negative or fractional n', () => {
    expect(() => addWorkingDays(d('06/06/2025'), -1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts office hours only (8 h = 1 day)', () => {
    expect(workingDaysBetween(t('2025-06-06T07:30:00+07:00'), t('2025-06-06T17:00:00+07:00'))).toBe(1);
    expect(workingDaysBetween(t('2025-06-06T11:30:00+07:00'), t('2025-06-06T13:00:00+07:00'))).toBe(0);
    // Friday 16:00 → Monday 09:30: 1 h + 2 h = 3/8.
    expect(workingDaysBetween(t('2025-06-06T16:00:00+07:00'), t('2025-06-09T09:30:00+07:00'))).toBe(3 / 8);
    // Submitted on Saturday night, Tết in between: nothing counts until Monday 3/2/2025.
    expect(workingDaysBetween(t('2025-01-25T20:00:00+07:00'), t('2025-02-03T07:30:00+07:00'))).toBe(0);
    expect(workingDaysBetween(t('2025-06-09T09:30:00+07:00'), t('2025-06-06T16:00:00+07:00'))).toBe(-3 / 8);
  });
  it('addWorkingTime is its inverse', () => {
    const start = t('2025-04-29T15:00:00+07:00');
    const due = addWorkingTime(start, 1);
    // 29/4 15:00 → 17:00 = 2 h; 30/4, 1/5, 2/5 off, weekend; 5/5 07:30 + 6 h → 15:00.
    expect(due).toBe(t('2025-05-05T15:00:00+07:00'));
    expect(workingDaysBetween(start, due)).toBe(1);
  });
});

describe('processingDeadline', () => {
  it('same-day procedures: before 15:00 today, after 15:00 next working day', () => {
    expect(processingDeadline(t('2025-06-06T14:59:00+07:00'), 0)).toEqual(d('06/06/2025'));
    expect(processingDeadline(t('2025-06-06T15:00:00+07:00'), 0)).toEqual(d('09/06/2025'));
  });
  it('counts working days from the receipt day', () => {
    expect(processingDeadline(t('2025-06-09T10:00:00+07:00'), 3)).toEqual(d('12/06/2025'));
    expect(processingDeadline(t('2025-06-07T10:00:00+07:00'), 3)).toEqual(d('12/06/2025'));
  });
});
