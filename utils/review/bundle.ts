// Export and validation of the JSON exchange bundle: everything stored, with the unit, the
// accounts, the time range and a SHA-256 over the canonical serialisation of all but the checksum.
// Parsing checks the whole file (JSON, schema, count, checksum, unique ids) before anything is
// merged, and says why a file is rejected.
import type { WarningRecord } from '@/utils/db/types';
import { canonicalJson, sha256Hex } from './canonical';
import { exportRecord } from './personal';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, bundleSchema, type Bundle } from './bundle-schema';

export interface BundleMeta {
  unit: string;
  exportedAt: number;
  includePersonal: boolean;
}

function mostFrequent(values: string[]): string {
  const counts = new Map<string, number>();
  let best = '';
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

export async function makeBundle(records: readonly WarningRecord[], meta: BundleMeta): Promise<Bundle> {
  const out = records.map((r) => exportRecord(r, meta.includePersonal));
  let from: number | null = null;
  let to: number | null = null;
  for (const r of out) {
    from = from === null ? r.firstSeenAt : Math.min(from, r.firstSeenAt);
    to = to === null ? r.lastSeenAt : Math.max(to, r.lastSeenAt);
  }
  const accountsList = out.map((r) => r.account).filter(Boolean);
  const body = {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    exportedAt: meta.exportedAt,
    unit: meta.unit || mostFrequent(out.map((r) => r.unit)),
    account: mostFrequent(accountsList),
    accounts: [...new Set(accountsList)].sort(),
    range: { from, to },
    personalData: meta.includePersonal,
    count: out.length,
    records: out,
  } as const;
  const value = await sha256Hex(canonicalJson(body));
  return { ...body, records: out as Bundle['records'], checksum: { algorithm: 'SHA-256', value } };
}

export type BundleRejection = 'json' | 'schema' | 'version' | 'count' | 'duplicate-id' | 'checksum';
export type ParsedBundle = { ok: true; bundle: Bundle } | { ok: false; reason: BundleRejection; detail: string };

export async function parseBundle(text: string): Promise<ParsedBundle> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: 'json', detail: String((err as Error).message).slice(0, 200) };
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== BUNDLE_SCHEMA_VERSION) return { ok: false, reason: 'version', detail: String(version) };
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: 'schema', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : '' };
  }
  const bundle = parsed.data;
  if (bundle.count !== bundle.records.length) return { ok: false, reason: 'count', detail: `${bundle.count} ≠ ${bundle.records.length}` };
  const ids = new Set(bundle.records.map((r) => r.id));
  if (ids.size !== bundle.records.length) return { ok: false, reason: 'duplicate-id', detail: '' };
  // The checksum is computed on the file's own data (not zod's output) so nothing is normalised away.
  const { checksum: _checksum, ...body } = raw as Record<string, unknown>;
  const actual = await sha256Hex(canonicalJson(body));
  if (actual !== bundle.checksum.value) return { ok: false, reason: 'checksum', detail: actual.slice(0, 12) };
  return { ok: true, bundle };
}
