/**
 * Normalisers from text as shown to snapshot values. Each returns undefined when the text is
 * not a valid value of its kind, so a profile can fall through to its next source. They check
 * shape only: whether an identity number or phone is *right* is for the rules to decide.
 */
import { collapseSpaces, foldKey, nfc } from '@/utils/vn/text';
import { formatVnDate, parseInstant, parseVnDate, toVnIsoDateTime } from '@/utils/vn/date';
import { parseGender } from '@/utils/vn/identity';
import type { Channel } from './snapshot';

export type Normaliser = (raw: unknown) => string | undefined;

/** Any non-empty text, NFC and single-spaced. */
export const text: Normaliser = (raw) => {
  if (raw === null || raw === undefined || typeof raw === 'object') return undefined;
  const s = collapseSpaces(nfc(String(raw)));
  return s === '' ? undefined : s;
};

/** National procedure code prefix `X.NNNNNN`; the local `.000.00.00.Hnn` tail is kept. */
export const procedureCode: Normaliser = (raw) => {
  const m = /\b\d\.\d{6}(?:\.\d{3}\.\d{2}\.\d{2}\.H\d{2})?/.exec(text(raw) ?? '');
  return m ? m[0] : undefined;
};

const CHANNELS: [RegExp, Channel][] = [
  [/buu chinh|buu dien|\bpost\b/, 'post'],
  [/truc tuyen|online|qua mang|dich vu cong/, 'online'],
  [/truc tiep|tai quay|in-person|bo phan mot cua/, 'in-person'],
];

export function channelOf(raw: unknown): Channel | undefined {
  const k = foldKey(text(raw) ?? '');
  return k ? CHANNELS.find(([re]) => re.test(k))?.[1] : undefined;
}

/** ISO instant in Vietnamese time at minute precision, from ISO or "dd/MM/yyyy HH:mm[:ss]". */
export const instant: Normaliser = (raw) => {
  const s = text(raw);
  if (!s) return undefined;
  // "01/08/2025 - 09:15" and "01/08/2025, 09:15" as grids write them.
  const t = parseInstant(s.replace(/\s*[-–,]\s*(?=\d{1,2}:\d{2})/, ' '));
  if (t === null) return swapTimeFirst(s);
  return toVnIsoDateTime(Math.floor(t / 60_000) * 60_000);
};

/** "09:15 01/08/2025" (time before date) as some grids show it. */
function swapTimeFirst(s: string): string | undefined {
  const m = /^(\d{1,2}:\d{2}(?::\d{2})?)\s+(.+)$/.exec(s);
  if (!m) return undefined;
  const t = parseInstant(`${m[2]} ${m[1]}`);
  return t === null ? undefined : toVnIsoDateTime(Math.floor(t / 60_000) * 60_000);
}

/** dd/MM/yyyy when it parses (ISO from JSON included), otherwise the text as shown. */
export const dateAsShown: Normaliser = (raw) => {
  const s = text(raw);
  if (!s) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}T/.test(s) ? parseInstant(s) : null;
  if (iso !== null) {
    const d = new Date(iso + 7 * 3600_000);
    return formatVnDate({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
  }
  const d = parseVnDate(s);
  return d ? formatVnDate(d) : s;
};

export const gender: Normaliser = (raw) => {
  if (raw === 1 || raw === '1') return 'male';
  if (raw === 0 || raw === '0' || raw === 2 || raw === '2') return 'female';
  return parseGender(text(raw) ?? '') ?? undefined;
};

/** Identity / document number: spaces and dots removed; must contain digits. */
export const docNumber: Normaliser = (raw) => {
  const s = (text(raw) ?? '').replace(/[\s.]/g, '');
  return /\d/.test(s) && s.length <= 20 ? s : undefined;
};

/** Whole VND from "100.000.000", "100,000,000 đồng", "100000000 VNĐ (Một trăm triệu đồng)". */
export function money(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? Math.round(raw) : undefined;
  const m = /\d[\d.,\s]*/.exec(text(raw) ?? '');
  if (!m) return undefined;
  const digits = m[0].replace(/[.,\s]/g, '');
  return digits ? Number(digits) : undefined;
}

export function integer(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0 ? raw : undefined;
  const m = /^\s*(\d+)/.exec(text(raw) ?? '');
  return m ? Number(m[1]) : undefined;
}
