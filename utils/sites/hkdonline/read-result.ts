/**
 * The registration result HkdOnline shows after submission: household-business code (= tax
 * code), certificate number and date of issue, found by their labels.
 */
import { resolveValues } from '@/utils/sites/resolve';
import type { SiteProfile } from '@/utils/sites/profile-schema';
import * as V from '@/utils/sites/values';
import type { Evidence, HkdResult, Unreadable } from '@/utils/sites/snapshot';
import { HKDONLINE_PROFILE } from './profile';

const SPECS = {
  'result.code': { parse: (raw: unknown) => { const s = V.docNumber(raw); return s && /^\d{10,13}(-\d{3})?$/.test(s) ? s : undefined; } },
  'result.certificateNumber': { parse: (raw: unknown) => V.text(raw)?.replace(/\s/g, '') },
  'result.date': { parse: (raw: unknown) => { const s = V.dateAsShown(raw); return s && /^\d{2}\/\d{2}\/\d{4}$/.test(s) ? s : undefined; } },
};

export interface ResultRead {
  result?: HkdResult;
  evidence: Record<string, Evidence>;
  unreadable: Unreadable[];
}

export function readResult(doc: ParentNode, profile: SiteProfile = HKDONLINE_PROFILE): ResultRead {
  const r = resolveValues(profile, SPECS, { doc });
  const code = r.values['result.code'];
  const certificateNumber = r.values['result.certificateNumber'];
  const date = r.values['result.date'];
  const complete = typeof code === 'string' && typeof certificateNumber === 'string' && typeof date === 'string';
  return { result: complete ? { code, certificateNumber, date } : undefined, evidence: r.evidence, unreadable: r.unreadable };
}
