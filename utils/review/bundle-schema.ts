// The exchange bundle's zod schema (version 1). Strict objects: a file with fields this version
// does not know is rejected whole rather than half understood.
import { z } from 'zod';

const severity = z.enum(['error', 'warning', 'review']);
const status = z.enum(['open', 'overridden', 'acknowledged', 'resolved']);
const event = z.enum(['opened', 'seen', 'overridden', 'acknowledged', 'resolved', 'reopened', 'reviewed', 'imported']);
const time = z.number().int().nonnegative();

export const recordSchema = z.strictObject({
  id: z.string().min(1).max(500),
  dossierCode: z.string().max(200),
  ruleId: z.string().min(1).max(100),
  severity,
  status,
  account: z.string().max(200),
  unit: z.string().max(200),
  procedureCode: z.string().max(100).optional(),
  procedureName: z.string().max(1000).optional(),
  field: z.string().max(200).optional(),
  messageKey: z.string().max(200),
  messageArgs: z.array(z.string().max(2000)).max(20),
  facts: z.record(z.string(), z.unknown()),
  evidence: z.record(z.string(), z.strictObject({ source: z.string(), detail: z.string() })),
  firstSeenAt: time,
  lastSeenAt: time,
  resolvedAt: time.optional(),
  override: z.strictObject({ reason: z.string(), at: time, account: z.string() }).optional(),
  review: z.strictObject({ note: z.string(), at: time, by: z.string().optional() }).optional(),
  history: z.array(z.strictObject({ at: time, event, account: z.string().optional(), note: z.string().optional() })).max(1000),
});

export const BUNDLE_FORMAT = 'motcua-assist/warnings-bundle';
export const BUNDLE_SCHEMA_VERSION = 1;

export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
  exportedAt: time,
  unit: z.string(),
  account: z.string(),
  accounts: z.array(z.string()),
  range: z.strictObject({ from: time.nullable(), to: time.nullable() }),
  personalData: z.boolean(),
  count: z.number().int().nonnegative(),
  records: z.array(recordSchema),
  checksum: z.strictObject({ algorithm: z.literal('SHA-256'), value: z.string().regex(/^[0-9a-f]{64}$/) }),
});

export type Bundle = z.infer<typeof bundleSchema>;
