/**
 * Calendar dates as Vietnamese forms and systems write them (RESEARCH-NOTES §3.5):
 * dd/MM/yyyy, d/M/yyyy (also with '-' or '.'), "ngày 26 tháng 4 năm 2003", three separate fields,
 * ISO yyyy-MM-dd and ISO timestamps with +07:00 / +0700. Plain {y, m, d}: no time zone games.
 */

export interface VnDate {
  y: number;
  m: number;
  d: number;
}

/** Real Gregorian date check (leap years included); years 1000–9999 only. */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (![y, m, d].every(Number.isInteger)) return false;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function make(y: number, m: number, d: number): VnDate | null {
  return isValidDate(y, m, d) ? { y, m, d } : null;
}

const DMY = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const WORDS = /^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$/;

/**
 * Parse a date in any accepted written form; null when it is not a real date. Never throws.
 * For ISO timestamps the calendar date is the one written (the systems write Vietnamese local time).
 */
export function parseVnDate(input: string): VnDate | null {
  const s = String(input ?? '').trim();
  if (s === '') return null;
  let m = DMY.exec(s);
  if (m) return make(Number(m[3]), Number(m[2]), Number(m[1]));
  m = ISO.exec(s);
  if (m) return make(Number(m[1]), Number(m[2]), Number(m[3]));
  const folded = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[,:]/g, ' ');
  m = WORDS.exec(folded.replace(/\s+/g, ' ').trim());
  if (m) return make(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/** Date from three separate fields (the hộ tịch e-forms ask day, month, year separately). */
export function dateFromParts(day: string | number, month: string | number, year: string | number): VnDate | null {
  const parts = [day, month, year].map((v) => String(v ?? '').trim());
  if (!parts.every((p) => /^\d{1,4}$/.test(p))) return null;
  const [d, mo, y] = parts.map(Number) as [number, number, number];
  if (String(y).length !== 4) return null;
  return make(y, mo, d);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** yyyy-MM-dd */
export function toIsoDate(d: VnDate): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}

/** dd/MM/yyyy, the form convention. */
export function formatVnDate(d: VnDate): string {
  return `${pad(d.d)}/${pad(d.m)}/${pad(d.y, 4)}`;
}

/**
 * Parse an instant. Accepts ISO with an offset (+07:00, +0700, Z); a timestamp without offset,
 * or a dd/MM/yyyy [HH:mm[:ss]] string, is read as Vietnamese local time (UTC+7, no DST).
 * Returns epoch milliseconds or null.
 */
export function parseInstant(input: string): number | null {
  const s = String(input ?? '').trim();
  const iso = ISO.exec(s);
  if (iso) {
    if (!isValidDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return null;
    let off = iso[7] ?? '+07:00';
    if (/^[+-]\d{4}$/.test(off)) off = `${off.slice(0, 3)}:${off.slice(3)}`;
    const t = Date.parse(`${iso[1]}-${iso[2]}-${iso[3]}T${iso[4] ?? '00'}:${iso[5] ?? '00'}:${iso[6] ?? '00'}${off}`);
    return Number.isNaN(t) ? null : t;
  }
  const m = /^(.+?)(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  const date = m ? parseVnDate(m[1] ?? '') : null;
  if (!m || !date) return null;
  const [h, mi, se] = [m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [number, number, number];
  if (h > 23 || mi > 59 || se > 59) return null;
  return Date.UTC(date.y, date.m - 1, date.d, h - 7, mi, se);
}

/** Calendar date in Asia/Ho_Chi_Minh (UTC+7, no DST since 1975) of an instant. */
export function vnDateOf(instant: number): VnDate {
  const t = new Date(instant + 7 * 3600_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** ISO timestamp with +07:00 for an instant, as iGate writes them. */
export function toVnIsoDateTime(instant: number): string {
  const t = new Date(instant + 7 * 3600_000);
  const date = toIsoDate({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
  return `${date}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}+07:00`;
}

/** Negative, zero or positive like a comparator. */
export function compareDates(a: VnDate, b: VnDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}
