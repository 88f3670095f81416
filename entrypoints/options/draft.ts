// The officer's edits before they are saved: pure, so the save rules are unit-tested. Only keys
// the officer changed are written; locked keys never are; each key is validated with the same zod
// schema the background uses, so what is saved is what will take effect.
import { KEY_SCHEMAS, type Config, type MergedConfig } from '@/utils/config';
import { describeIssue, formatPath } from '@/utils/config/problems';

export const EDITABLE_KEYS = ['unit', 'fieldAssignments', 'rules', 'autofillEnabled', 'retentionDays', 'catalogUrl'] as const;
export type EditableKey = (typeof EDITABLE_KEYS)[number];
export type Draft = { [K in EditableKey]?: Config[K] };

export function draftFrom(config: Config): Draft {
  const draft: Draft = {};
  for (const key of EDITABLE_KEYS) (draft as Record<string, unknown>)[key] = structuredClone(config[key]);
  return draft;
}

/** Keep the officer's unsaved edits, take everything else from a fresh effective configuration. */
export function refreshDraft(draft: Draft, config: Config, dirty: ReadonlySet<EditableKey>): Draft {
  const next = draftFrom(config);
  for (const key of dirty) (next as Record<string, unknown>)[key] = draft[key];
  return next;
}

export interface SaveResult {
  options: Record<string, unknown>;
  errors: Partial<Record<EditableKey, string[]>>;
}

/** Officer options after applying the dirty keys of the draft (locked keys are skipped). */
export function applyDraft(officer: Record<string, unknown>, draft: Draft, dirty: ReadonlySet<EditableKey>, merged: Pick<MergedConfig, 'locked'>): SaveResult {
  const options = { ...officer };
  const errors: SaveResult['errors'] = {};
  for (const key of dirty) {
    if (merged.locked.includes(key)) continue;
    const value = draft[key];
    if (value === undefined) {
      delete options[key];
      continue;
    }
    const cleaned = key === 'fieldAssignments' ? (value as Config['fieldAssignments']).filter((r) => r.account.trim() || r.fields.length) : value;
    const parsed = KEY_SCHEMAS[key].safeParse(cleaned);
    if (parsed.success) options[key] = parsed.data;
    else errors[key] = parsed.error.issues.map((i) => `${formatPath(key, i.path)}: ${describeIssue(i)}`);
  }
  return { options, errors };
}

/** Remove an officer value: the key falls back to policy or the default. */
export function withoutKey(officer: Record<string, unknown>, key: EditableKey): Record<string, unknown> {
  const options = { ...officer };
  delete options[key];
  return options;
}
