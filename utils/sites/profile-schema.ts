/**
 * Site profiles are data: which URLs are which page kind, and for every value an ordered list
 * of ways to find it. IT may override or extend a built-in profile through policy
 * (`systems[].profile`); mergeProfile validates the result and keeps the built-in on error.
 */
import { z } from 'zod';

export const SourceSchema = z.union([
  z.object({ css: z.string().min(1), attr: z.string().optional() }).strict(),
  z.object({ label: z.array(z.string().min(1)).min(1), section: z.array(z.string().min(1)).optional() }).strict(),
  /** Dotted path into the page's own dossier JSON, e.g. "procedure.sector.name". */
  z.object({ json: z.string().min(1) }).strict(),
  z.object({ token: z.enum(['preferred_username', 'name']) }).strict(),
  /** The header user menu (the signed-in user's name shown in the top bar). */
  z.object({ menu: z.literal(true) }).strict(),
]);
export type Source = z.infer<typeof SourceSchema>;

export const PageKindRuleSchema = z.object({
  kind: z.string().min(1),
  /** Regular expression tested against pathname + search. */
  urlPattern: z.string().refine(isValidRegex, 'urlPattern không phải biểu thức chính quy hợp lệ'),
  /** A selector that must match for this kind (e.g. the password field of a sign-in page). */
  requires: z.string().optional(),
});
export type PageKindRule = z.infer<typeof PageKindRuleSchema>;

export const SiteProfileSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  pageKinds: z.array(PageKindRuleSchema),
  values: z.record(z.string(), z.array(SourceSchema)),
  /** Values a check needs: when none of their sources yields a valid value → `unreadable`. */
  needed: z.array(z.string()).default([]),
});
export type SiteProfile = z.infer<typeof SiteProfileSchema>;

/** What IT may send through policy: any part of a profile; value lists replace, page kinds prepend. */
export const ProfileOverrideSchema = z
  .object({
    version: z.number().int().positive().optional(),
    pageKinds: z.array(PageKindRuleSchema).optional(),
    values: z.record(z.string(), z.array(SourceSchema)).optional(),
    needed: z.array(z.string()).optional(),
  })
  .strict();
export type ProfileOverride = z.infer<typeof ProfileOverrideSchema>;

function isValidRegex(s: string): boolean {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}

export interface MergeResult {
  profile: SiteProfile;
  /** Readable reasons the override was rejected (empty when it was applied). */
  errors: string[];
}

/**
 * Apply a policy override to a built-in profile. Per value path the override's source list
 * replaces the built-in one (IT states the full order it wants); page-kind rules from the
 * override are tried before the built-in ones. An invalid override is rejected as a whole.
 */
export function mergeProfile(base: SiteProfile, override: unknown): MergeResult {
  if (override === undefined || override === null) return { profile: base, errors: [] };
  const parsed = ProfileOverrideSchema.safeParse(override);
  if (!parsed.success) return { profile: base, errors: formatIssues(parsed.error.issues) };
  const o = parsed.data;
  const merged = SiteProfileSchema.safeParse({
    ...base,
    version: o.version ?? base.version,
    pageKinds: [...(o.pageKinds ?? []), ...base.pageKinds],
    values: { ...base.values, ...o.values },
    needed: o.needed ?? base.needed,
  });
  if (!merged.success) return { profile: base, errors: formatIssues(merged.error.issues) };
  return { profile: merged.data, errors: [] };
}

function formatIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => `${i.path.map(String).join('.') || '(gốc)'}: ${i.message}`);
}

export { describeSource } from './describe-source';
