// @vitest-environment happy-dom
/**
 * The readers build snapshots without zod (to keep it out of the content script); the
 * background validates them. This keeps the two from drifting: every reader's output on the
 * saved replica pages must pass the schema unchanged (no missing defaults, no stray keys).
 */
import { describe, expect, it } from 'vitest';
import { ProcessingDetailSnapshotSchema, ProcessingListSnapshotSchema } from '@/utils/sites/snapshot';
import { HouseholdBusinessRecordSchema } from '@/utils/hkd/record';
import { loadJson, loadPage } from '@/utils/sites/test-pages';
import { readHouseholdFormDetailed } from '@/utils/sites/labels/read-household-form';
import { readDetail, readDetailFromDom, readDetailFromJson } from './read-detail';
import { readAccount } from './read-account';
import { readList } from './read-list';
import { recordFromEform } from './eform-record';

const SCENARIOS = ['clean-ho-tich', 'hkd-family', 'authorized-with-letter', 'hkd-change', 'missing-document'];
const LAYOUTS = ['dl-layout', 'table-layout', 'text-layout'];

function scenario(name: string) {
  const { url, dossier } = loadJson<{ url: string; dossier: Record<string, unknown> }>(`pages/motcua/${name}.json`);
  return { url, dossier, doc: loadPage(`pages/motcua/${name}.html`) };
}

describe('reader output passes the snapshot schemas', () => {
  it.each(SCENARIOS)('detail %s: JSON, DOM and both', (name) => {
    const { url, dossier, doc } = scenario(name);
    const { account } = readAccount(doc, {});
    for (const snap of [
      readDetailFromJson(dossier, url, { doc, account }),
      readDetailFromDom(doc, url, { account }),
      readDetail(doc, url, { json: dossier, account }),
    ]) {
      expect(ProcessingDetailSnapshotSchema.parse(snap)).toEqual(snap);
    }
  });

  it.each(LAYOUTS)('detail on the %s', (name) => {
    const { url } = loadJson<{ url: string }>('layouts/source.json');
    const snap = readDetailFromDom(loadPage(`layouts/${name}.html`), url);
    expect(snap.dossier.householdBusiness).toBeDefined();
    expect(ProcessingDetailSnapshotSchema.parse(snap)).toEqual(snap);
  });

  it('household records from the e-form JSON and from the rendered form', () => {
    const { dossier, doc } = scenario('hkd-family');
    const fromJson = recordFromEform((dossier.eForm as { data: unknown }).data);
    expect(fromJson).not.toBeNull();
    expect(HouseholdBusinessRecordSchema.parse(fromJson!.record)).toEqual(fromJson!.record);
    const fromForm = readHouseholdFormDetailed(doc).record;
    expect(fromForm.business.lines.length).toBeGreaterThan(0);
    expect(HouseholdBusinessRecordSchema.parse(fromForm)).toEqual(fromForm);
  });

  it('list', () => {
    const snap = readList(loadPage('pages/motcua/list.html'), 'https://motcua.tphcm.gov.vn/vi/dossier/processing', { username: 'u' });
    expect(snap.rows.length).toBeGreaterThan(0);
    expect(ProcessingListSnapshotSchema.parse(snap)).toEqual(snap);
  });
});
