/**
 * Which fields (lĩnh vực) an account handles. An assignment's `account` is a username or a full
 * name; both compare folded (case, diacritics, spacing), so "NGUYỄN VĂN AN", "Nguyen Van An" and
 * "nguyễn văn an" are one officer. Fields compare by name or slug (utils/catalog/field.ts).
 */
import type { Config } from './schema';
import { foldKey } from '@/utils/vn/text';
import { matchesField } from '@/utils/catalog/field';

export interface Assignment {
  /** The config entries that name this account (by username or full name). */
  accounts: string[];
  /** Union of their fields, as written in the config. */
  fields: string[];
}

export function findAssignment(
  config: Pick<Config, 'fieldAssignments'>,
  who: { username?: string | null; fullName?: string | null },
): Assignment | undefined {
  const keys = [who.username, who.fullName].map((s) => foldKey(s ?? '')).filter(Boolean);
  if (keys.length === 0) return undefined;
  const entries = config.fieldAssignments.filter((a) => keys.includes(foldKey(a.account)));
  if (entries.length === 0) return undefined;
  return { accounts: entries.map((e) => e.account), fields: [...new Set(entries.flatMap((e) => e.fields))] };
}

/** True when the assignment covers the field of a procedure. */
export function isFieldAssigned(assignment: Assignment, field: { name: string; slug: string }): boolean {
  return assignment.fields.some((f) => matchesField(f, field));
}
