/**
 * Addresses after the July-2025 reform: <street part>, <Phường|Xã|Đặc khu X>, <Tỉnh|Thành phố Y>
 * (no district). Old documents still carry three-level addresses (…, Quận/Huyện/Thị xã …, Tỉnh …);
 * parseAddress recognises them and says why (legacyReasons) instead of guessing the new unit.
 */
import { foldKey, collapseSpaces, nfc } from './text';
import { ABOLISHED_PROVINCES, PROVINCES, provinceLabel, type Province } from './admin-units';

export type CommuneType = 'Phường' | 'Xã' | 'Đặc khu';
export type LegacyReason = 'district-level' | 'abolished-province' | 'numbered-ward-hcmc';

export interface ParsedAddress {
  street: string;
  commune?: { type: CommuneType; name: string };
  province?: Province;
  /** Province text as written when it is not a current province (e.g. "Bình Dương"). */
  provinceText?: string;
  legacy: boolean;
  legacyReasons: LegacyReason[];
  /** Parts that could not be placed (e.g. the old district). */
  extra: string[];
}

const PROVINCE_PREFIX = /^(?:tinh|thanh pho|tp\.?)\s*/;
const COMMUNE_PREFIX: ReadonlyArray<readonly [RegExp, CommuneType]> = [
  [/^(?:phuong|p\.)\s*/, 'Phường'],
  [/^(?:dac khu)\s+/, 'Đặc khu'],
  [/^(?:xa|x\.)\s+/, 'Xã'],
];
const DISTRICT = /^(?:quan|huyen|thi xa|q\.|h\.|tx\.?)\s*\S|^(?:thanh pho|tp\.?)\s*\S/;

const PROVINCE_BY_KEY = new Map<string, Province>();
for (const p of PROVINCES) PROVINCE_BY_KEY.set(foldKey(p.name), p);
PROVINCE_BY_KEY.set('hcm', PROVINCE_BY_KEY.get('ho chi minh')!);
PROVINCE_BY_KEY.set('tp hcm', PROVINCE_BY_KEY.get('ho chi minh')!);
const ABOLISHED_KEYS = new Set(ABOLISHED_PROVINCES.map((n) => foldKey(n).replace(/\s*-\s*/g, ' ')));

/** Remove a prefix matched on the folded text from the original (folding keeps lengths for NFC input). */
function dropPrefix(original: string, folded: string, re: RegExp): string {
  const m = re.exec(folded);
  return m ? original.slice(m[0].length).trim() : original;
}

function provinceOf(part: string): { province?: Province; abolished: boolean } {
  const key = foldKey(part).replace(PROVINCE_PREFIX, '').replace(/\s*-\s*/g, ' ');
  const province = PROVINCE_BY_KEY.get(key);
  if (province) return { province, abolished: false };
  return { abolished: ABOLISHED_KEYS.has(key) };
}

function communeOf(part: string): ParsedAddress['commune'] | undefined {
  const folded = foldKey(part);
  for (const [re, type] of COMMUNE_PREFIX) {
    if (re.test(folded)) return { type, name: dropPrefix(collapseSpaces(nfc(part)), folded, re) };
  }
  return undefined;
}

/** Parse a one-line address. Never throws; an empty input gives an empty street. */
export function parseAddress(input: string): ParsedAddress {
  const parts = nfc(String(input ?? '')).split(/[,;\n]/).map((p) => collapseSpaces(p)).filter(Boolean);
  const out: ParsedAddress = { street: '', legacy: false, legacyReasons: [], extra: [] };
  const last = parts[parts.length - 1];
  if (last !== undefined) {
    const { province, abolished } = provinceOf(last);
    if (province || abolished || PROVINCE_PREFIX.test(foldKey(last))) {
      parts.pop();
      if (province) out.province = province;
      else out.provinceText = dropPrefix(last, foldKey(last), PROVINCE_PREFIX);
      if (abolished) out.legacyReasons.push('abolished-province');
    }
  }
  const streetParts: string[] = [];
  parts.forEach((part, i) => {
    const commune = out.commune ? undefined : communeOf(part);
    if (commune) out.commune = commune;
    else if (i > 0 && DISTRICT.test(foldKey(part))) {
      // A district-level part (Quận/Huyện/Thị xã/Thành phố thuộc tỉnh) exists only in old addresses.
      out.extra.push(part);
      if (!out.legacyReasons.includes('district-level')) out.legacyReasons.push('district-level');
    } else if (!out.commune) streetParts.push(part);
    else out.extra.push(part);
  });
  out.street = streetParts.join(', ');
  if (out.commune?.type === 'Phường' && /^\d+$/.test(out.commune.name) && out.province?.code === '79') {
    out.legacyReasons.push('numbered-ward-hcmc');
  }
  out.legacy = out.legacyReasons.length > 0;
  return out;
}

/** Format the three parts the way the 2025 forms print them. */
export function formatAddress(a: { street?: string; commune?: { type: CommuneType; name: string }; province?: Province }): string {
  const parts = [collapseSpaces(nfc(a.street ?? ''))];
  if (a.commune) parts.push(`${a.commune.type} ${collapseSpaces(nfc(a.commune.name))}`);
  if (a.province) parts.push(provinceLabel(a.province));
  return parts.filter(Boolean).join(', ');
}

/** Current province by name ("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "ho chi minh"…). */
export function findProvince(name: string): Province | undefined {
  return provinceOf(name).province;
}

/** Same commune-level unit, ignoring case, diacritics and the unit prefix when one side omits it. */
export function sameCommune(a: string, b: string): boolean {
  const strip = (s: string) => {
    const c = communeOf(s);
    return foldKey(c ? c.name : s);
  };
  return strip(a) !== '' && strip(a) === strip(b);
}
