// Citizens' personal data in exports and central reports: masked unless the supervisor (or, for
// central collection, the policy) asks for it. Which facts are personal is data, per rule; any
// message argument and any run of 9+ digits in an id (identity numbers in a finding key) that
// carries such a value is masked the same way, so masking is deterministic and ids stay stable.
import type { WarningRecord } from '@/utils/db/types';

/** Fact keys holding a citizen's personal value, for every rule ('*') and per rule. */
export const PERSONAL_FACTS: Readonly<Record<string, readonly string[]>> = {
  '*': ['idNumber', 'birthDate', 'fullName', 'applicantName', 'applicantIdNumber', 'ownerName', 'phone', 'email', 'address'],
  'data/invalid-value': ['value'],
  'hkd/business-name': ['name', 'existing'],
};

const ID_RUN = /\d{9,}/g;

/** "079203001245" → "079*******45"; "Nguyễn Văn An" → "N*** V*** A***". */
export function maskText(text: string): string {
  if (/^\d{6,}$/.test(text)) return text.slice(0, 3) + '*'.repeat(text.length - 5) + text.slice(-2);
  return text
    .split(/(\s+)/)
    .map((part) => (/^\s*$/.test(part) ? part : `${[...part][0]}***`))
    .join('');
}

function maskValue(value: unknown): unknown {
  if (typeof value === 'string') return maskText(value);
  if (Array.isArray(value)) return value.map(maskValue);
  if (value === null || value === undefined) return value;
  return '***';
}

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string' && value.length >= 2) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
}

/** Replace every personal value (and identity-number run) inside a free text. */
function scrub(text: string, personal: readonly string[]): string {
  let out = text;
  for (const p of personal) if (out.includes(p)) out = out.split(p).join(maskText(p));
  return out.replace(ID_RUN, (run) => maskText(run));
}

/** The record as exported: unchanged with personal data, masked otherwise. */
export function exportRecord(record: WarningRecord, includePersonal: boolean): WarningRecord {
  if (includePersonal) return record;
  const keys = [...(PERSONAL_FACTS['*'] ?? []), ...(PERSONAL_FACTS[record.ruleId] ?? [])];
  const facts: Record<string, unknown> = { ...record.facts };
  const personal: string[] = [];
  for (const key of keys) {
    if (!(key in facts)) continue;
    collectStrings(facts[key], personal);
    facts[key] = maskValue(facts[key]);
  }
  personal.sort((a, b) => b.length - a.length); // longest first, so a name inside a longer one is not half-masked
  return {
    ...record,
    id: scrub(record.id, personal),
    messageArgs: record.messageArgs.map((a) => scrub(a, personal)),
    facts,
  };
}
