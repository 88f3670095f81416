/**
 * The configuration (DESIGN.md "Configuration"): one zod schema, one sub-schema per top-level key
 * so each key is validated on its own. Key names are part of the contract with IT's policies.
 * public/managed_schema.json mirrors this file (managed-schema.test.ts keeps them in step).
 */
import { z } from 'zod';
import { RULE_IDS, SEVERITIES } from './rule-ids';

const nonEmpty = z.string().trim().min(1);
/** HTTPS only — except loopback, which tests and a local collector use over plain HTTP. */
// zod 4 runs the refinement even after z.url() failed: parse defensively, so a policy value that
// is not a URL gives a problem, not a TypeError that would throw away the whole merge.
const httpsUrl = z.url().refine((u) => {
  let url: URL;
  try {
    url = new URL(u);
  } catch {
    return false;
  }
  return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
}, 'phải là URL https:// / must be an https:// URL');

export const KEY_SCHEMAS = {
  unit: z.strictObject({ name: nonEmpty, province: nonEmpty, code: z.string().regex(/^\d{5}$/, '5 chữ số / 5 digits').optional() }),
  fieldAssignments: z.array(z.strictObject({ account: nonEmpty, fields: z.array(nonEmpty) })),
  systems: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case'),
      kind: z.enum(['processing', 'household-business']),
      matches: z.array(nonEmpty).min(1),
      profile: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
  nonGeographicProcedures: z.array(z.string().regex(/^\d\.\d{6}$/, 'mã TTHC X.NNNNNN / national code X.NNNNNN')),
  catalogUrl: httpsUrl,
  rules: z.partialRecord(
    z.enum(RULE_IDS),
    z.strictObject({ enabled: z.boolean().optional(), severity: z.enum(SEVERITIES).optional() }),
  ),
  autofillEnabled: z.boolean(),
  retentionDays: z.number().int().min(1).max(3650),
  report: z.strictObject({
    endpoint: httpsUrl,
    format: z.enum(['ndjson', 'bulk']),
    token: z.string().optional(),
    /** Citizens' names and identity numbers are left out of central reports unless this is true. */
    includePersonalData: z.boolean().optional(),
  }),
  lockSettings: z.boolean(),
} as const;

export type ConfigKey = keyof typeof KEY_SCHEMAS;
export const CONFIG_KEYS = Object.keys(KEY_SCHEMAS) as ConfigKey[];

/** Keys that have no default (absent unless someone sets them). */
export const OPTIONAL_KEYS: readonly ConfigKey[] = ['unit', 'catalogUrl', 'report'];

export const configSchema = z.strictObject({
  unit: KEY_SCHEMAS.unit.optional(),
  fieldAssignments: KEY_SCHEMAS.fieldAssignments,
  systems: KEY_SCHEMAS.systems,
  nonGeographicProcedures: KEY_SCHEMAS.nonGeographicProcedures,
  catalogUrl: KEY_SCHEMAS.catalogUrl.optional(),
  rules: KEY_SCHEMAS.rules,
  autofillEnabled: KEY_SCHEMAS.autofillEnabled,
  retentionDays: KEY_SCHEMAS.retentionDays,
  report: KEY_SCHEMAS.report.optional(),
  lockSettings: KEY_SCHEMAS.lockSettings,
});
export type Config = z.infer<typeof configSchema>;

/** Personal data captured for auto-fill is never kept longer than this, whatever retentionDays says. */
export const MAX_CAPTURE_RETENTION_DAYS = 7;

export const defaultConfig: Config = {
  fieldAssignments: [],
  systems: [
    { id: 'motcua-tphcm', kind: 'processing', matches: ['https://motcua.tphcm.gov.vn/*'] },
    { id: 'hkdonline', kind: 'household-business', matches: ['https://hokinhdoanh.dkkd.gov.vn/HkdOnline/*'] },
  ],
  nonGeographicProcedures: [],
  rules: {},
  autofillEnabled: true,
  retentionDays: 180,
  lockSettings: false,
};
