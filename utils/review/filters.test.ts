import { describe, expect, it } from 'vitest';
import { filterOptions, filterRecords, sortRecords, DEFAULT_SORT } from './filters';
import { makeWarnings } from './synthetic';

const records = sortRecords(makeWarnings(2000), DEFAULT_SORT);

describe('filters and sorting', () => {
  it('combines filters with AND and searches dossier codes case-insensitively', () => {
    const rule = 'completeness/missing-document';
    const out = filterRecords(records, { rule, severity: 'error', account: 'hkd01' });
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((r) => r.ruleId === rule && r.account === 'hkd01')).toBe(true);
    const code = records[7]!.dossierCode.slice(-8).toLowerCase();
    expect(filterRecords(records, { code }).map((r) => r.id)).toContain(records[7]!.id);
    expect(filterRecords(records, {})).toBe(records);
  });

  it('filters by date range on lastSeenAt, inclusive', () => {
    const from = records[500]!.lastSeenAt;
    const to = records[100]!.lastSeenAt;
    const out = filterRecords(records, { from, to });
    expect(out.every((r) => r.lastSeenAt >= from && r.lastSeenAt <= to)).toBe(true);
    expect(out.length).toBeGreaterThanOrEqual(401);
  });

  it('sorts newest first by default and by any column with a total order', () => {
    for (let i = 1; i < records.length; i++) expect(records[i - 1]!.lastSeenAt).toBeGreaterThanOrEqual(records[i]!.lastSeenAt);
    const bySeverity = sortRecords(records, { key: 'severity', dir: 'asc' });
    expect(bySeverity[0]!.severity).toBe('error');
    expect(bySeverity.at(-1)!.severity).toBe('review');
    expect(sortRecords(records, { key: 'dossierCode', dir: 'desc' })[0]!.dossierCode).toBe([...records.map((r) => r.dossierCode)].sort().at(-1));
  });

  it('offers each account, field, rule and procedure once', () => {
    const o = filterOptions(records);
    expect(new Set(o.accounts).size).toBe(o.accounts.length);
    expect(o.rules.length).toBe(13);
    expect(o.procedures.every((p) => p.name.length > 0)).toBe(true);
  });
});
