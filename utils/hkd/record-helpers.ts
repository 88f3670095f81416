/**
 * zod-free helpers for the household-business record, for code that runs in content scripts:
 * zod (schemas built at load, ~60 KiB) stays out of their bundles. record.ts re-exports these
 * and keeps the schemas; record.test.ts checks the defaults here equal the schema's defaults.
 */
import type { BusinessLine, HkdBusiness, HkdOwner, HouseholdBusinessRecord } from './record';

/** An empty record with every container present, to fill in field by field. */
export function emptyHouseholdRecord(): HouseholdBusinessRecord {
  return withRecordDefaults({});
}

/** A record read field by field: any container may be missing. */
export type DraftRecord = Partial<Omit<HouseholdBusinessRecord, 'owner' | 'business'>> & {
  owner?: Partial<HkdOwner>;
  business?: Partial<HkdBusiness>;
};

/**
 * The schema's defaults applied to a record built field by field (what
 * HouseholdBusinessRecordSchema.parse would add), without validating: the background does that.
 */
export function withRecordDefaults(draft: DraftRecord): HouseholdBusinessRecord {
  const owner = draft.owner ?? {};
  const business = draft.business ?? {};
  return {
    ...draft,
    procedure: draft.procedure ?? 'register',
    owner: { ...owner, permanentAddress: owner.permanentAddress ?? {}, contactAddress: owner.contactAddress ?? {} },
    business: {
      ...business,
      seat: business.seat ?? {},
      lines: business.lines ?? [],
      locations: (business.locations ?? []).map((l) => ({ ...l, address: l.address ?? {} })),
    },
    members: draft.members ?? [],
    submitter: draft.submitter ?? { kind: 'owner' },
  };
}

/** The main business lines (the form allows exactly one; rules check that). */
export function mainLines(record: HouseholdBusinessRecord): BusinessLine[] {
  return record.business.lines.filter((l) => l.main);
}
