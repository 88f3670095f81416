// @vitest-environment happy-dom
/**
 * Layouts that are not the replica's: the same dossier rendered as dt/dd, plain tables and
 * "Label: value" text (tests/fixtures/layouts, generated from the seed) must read to the same
 * snapshot as the replica page and as the dossier JSON.
 */
import { describe, expect, it } from 'vitest';
import { loadJson, loadPage } from '@/utils/sites/test-pages';
import { readDetailFromDom, readDetailFromJson } from './read-detail';
import { readAccount } from './read-account';

const { url, dossier } = loadJson<{ url: string; dossier: Record<string, unknown> }>('layouts/source.json');
const replica = loadPage('pages/motcua/hkd-family.html');
const expected = { ...readDetailFromJson(dossier, url, { doc: replica }), evidence: {} };

describe('same dossier, other layouts', () => {
  it.each(['dl-layout', 'table-layout', 'text-layout'])('%s reads like the JSON', (name) => {
    const doc = loadPage(`layouts/${name}.html`);
    const snap = readDetailFromDom(doc, url);
    expect(snap.unreadable).toEqual([]);
    expect({ ...snap, evidence: {} }).toEqual(expected);
    expect(snap.evidence['dossier.field']?.source).toBe('label');
  });

  it('the replica page reads like the JSON too', () => {
    expect({ ...readDetailFromDom(replica, url), evidence: {} }).toEqual(expected);
  });

  it('sanity: the expected snapshot carries the household form', () => {
    const hb = expected.dossier.householdBusiness!;
    expect(hb.foundingSubject).toBe('household');
    expect(hb.members).toHaveLength(2);
    expect(hb.business.lines.filter((l) => l.main)).toHaveLength(1);
    expect(hb.owner.contactAddress.ward).toBe('Phường Thủ Đức');
    expect(expected.dossier.channel).toBe('in-person');
  });

  it.each([
    ['dl-layout', 'menu'],
    ['table-layout', 'label'],
    ['text-layout', 'menu'],
  ])('officer name on %s comes from the %s', (name, source) => {
    const r = readAccount(loadPage(`layouts/${name}.html`), {});
    expect(r.account.fullName).toBe('Lê Hoàng Phúc');
    expect(r.evidence['account.fullName']?.source).toBe(source);
  });
});
