/**
 * Days off and make-up working days for state agencies (công chức, viên chức), as data.
 * Labour Code 2019 Art. 112 gives the holidays; each year the Prime Minister fixes the exact days,
 * compensations for holidays that fall on a weekend and swaps with a make-up Saturday.
 * `provisional: true` = the annual decision was not found; the entry follows the statutory rule
 * (holiday + weekday compensation) and must be checked when the decision is published.
 * To extend: add a year block below; nothing else reads dates from anywhere else.
 */

export interface DayOff {
  date: string; // yyyy-MM-dd, local date in Asia/Ho_Chi_Minh
  name: string;
  provisional?: boolean;
}

/** Weekdays that are NOT working days (holidays, compensations and swapped days). */
export const DAYS_OFF: readonly DayOff[] = [
  // 2025 — Tết 25/1–2/2 (9 days), 30/4–4/5 with 2/5 swapped, 30/8–2/9.
  { date: '2025-01-01', name: 'Tết Dương lịch' },
  { date: '2025-01-27', name: 'Tết Nguyên đán (hoán đổi, làm bù 08/02)' },
  { date: '2025-01-28', name: 'Tết Nguyên đán' },
  { date: '2025-01-29', name: 'Tết Nguyên đán' },
  { date: '2025-01-30', name: 'Tết Nguyên đán' },
  { date: '2025-01-31', name: 'Tết Nguyên đán' },
  { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương' },
  { date: '2025-04-30', name: 'Ngày Chiến thắng' },
  { date: '2025-05-01', name: 'Ngày Quốc tế lao động' },
  { date: '2025-05-02', name: 'Hoán đổi (làm bù 26/04)' },
  { date: '2025-09-01', name: 'Quốc khánh (ngày liền kề)' },
  { date: '2025-09-02', name: 'Quốc khánh' },
  // 2026 — 1/1–4/1 (2/1 swapped, VPCP 12729/VPCP-KGVX), Tết 14/2–22/2, Giỗ Tổ 26/4 is a Sunday,
  // 30/4–3/5, Quốc khánh 29/8–2/9 (5 days as announced; the make-up day for 31/8 was not found).
  { date: '2026-01-01', name: 'Tết Dương lịch' },
  { date: '2026-01-02', name: 'Hoán đổi (làm bù 10/01)' },
  { date: '2026-02-16', name: 'Tết Nguyên đán' },
  { date: '2026-02-17', name: 'Tết Nguyên đán' },
  { date: '2026-02-18', name: 'Tết Nguyên đán' },
  { date: '2026-02-19', name: 'Tết Nguyên đán' },
  { date: '2026-02-20', name: 'Tết Nguyên đán' },
  { date: '2026-04-27', name: 'Giỗ Tổ Hùng Vương (nghỉ bù)' },
  { date: '2026-04-30', name: 'Ngày Chiến thắng' },
  { date: '2026-05-01', name: 'Ngày Quốc tế lao động' },
  { date: '2026-08-31', name: 'Quốc khánh (hoán đổi)' },
  { date: '2026-09-01', name: 'Quốc khánh (ngày liền kề)' },
  { date: '2026-09-02', name: 'Quốc khánh' },
  // 2027 — Tết Đinh Mùi: mùng 1 = Sat 06/02/2027. Statutory layout (30 Tết + mùng 1–4, weekend days
  // compensated on the next working days) until the annual decision is published.
  { date: '2027-01-01', name: 'Tết Dương lịch' },
  { date: '2027-02-05', name: 'Tết Nguyên đán', provisional: true },
  { date: '2027-02-08', name: 'Tết Nguyên đán', provisional: true },
  { date: '2027-02-09', name: 'Tết Nguyên đán', provisional: true },
  { date: '2027-02-10', name: 'Tết Nguyên đán (nghỉ bù)', provisional: true },
  { date: '2027-02-11', name: 'Tết Nguyên đán (nghỉ bù)', provisional: true },
  { date: '2027-04-16', name: 'Giỗ Tổ Hùng Vương' },
  { date: '2027-04-30', name: 'Ngày Chiến thắng' },
  { date: '2027-05-03', name: 'Ngày Quốc tế lao động (nghỉ bù, 01/05 là thứ Bảy)' },
  { date: '2027-09-02', name: 'Quốc khánh' },
  { date: '2027-09-03', name: 'Quốc khánh (ngày liền kề)', provisional: true },
];

/** Saturdays that are working days because a weekday was swapped off. */
export const MAKE_UP_WORKDAYS: readonly DayOff[] = [
  { date: '2025-02-08', name: 'Làm bù cho 27/01/2025' },
  { date: '2025-04-26', name: 'Làm bù cho 02/05/2025' },
  { date: '2026-01-10', name: 'Làm bù cho 02/01/2026' },
];

/** Years whose calendar is covered; outside them only weekends are known (callers may warn). */
export const COVERED_YEARS: readonly number[] = [2025, 2026, 2027];

export const DAY_OFF_SET: ReadonlySet<string> = new Set(DAYS_OFF.map((d) => d.date));
export const MAKE_UP_SET: ReadonlySet<string> = new Set(MAKE_UP_WORKDAYS.map((d) => d.date));
