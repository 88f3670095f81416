// The options page's save rules (entrypoints/options/draft.ts): only edited keys are written,
// locked keys never, and every value passes the same zod schema the background applies.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '@/utils/config';
import { applyDraft, draftFrom, refreshDraft, withoutKey } from '@/entrypoints/options/draft';

describe('options draft', () => {
  it('writes the edited keys only, validated; keeps other officer values', () => {
    const draft = { ...draftFrom(defaultConfig), retentionDays: 30, autofillEnabled: false };
    const r = applyDraft({ unit: { name: 'P', province: 'T' } }, draft, new Set(['retentionDays'] as const), { locked: [] });
    expect(r).toEqual({ options: { unit: { name: 'P', province: 'T' }, retentionDays: 30 }, errors: {} });
  });

  it('never writes a locked key', () => {
    const draft = { ...draftFrom(defaultConfig), fieldAssignments: [{ account: 'a', fields: ['Hộ tịch'] }] };
    expect(applyDraft({}, draft, new Set(['fieldAssignments'] as const), { locked: ['fieldAssignments'] }).options).toEqual({});
  });

  it('reports invalid values by path and drops empty assignment rows', () => {
    const draft = { ...draftFrom(defaultConfig), retentionDays: 0, fieldAssignments: [{ account: '', fields: [] }, { account: 'x', fields: [] }] };
    const r = applyDraft({}, draft, new Set(['retentionDays', 'fieldAssignments'] as const), { locked: [] });
    expect(r.errors.retentionDays?.[0]).toMatch(/^retentionDays: phải ≥ 1/);
    expect(r.options.fieldAssignments).toEqual([{ account: 'x', fields: [] }]);
  });

  it('keeps unsaved edits when the configuration changes underneath; reset removes the officer value', () => {
    const draft = { ...draftFrom(defaultConfig), retentionDays: 12 };
    const next = refreshDraft(draft, { ...defaultConfig, retentionDays: 99, autofillEnabled: false }, new Set(['retentionDays'] as const));
    expect(next).toMatchObject({ retentionDays: 12, autofillEnabled: false });
    expect(withoutKey({ retentionDays: 5, unit: 1 }, 'retentionDays')).toEqual({ unit: 1 });
  });
});
